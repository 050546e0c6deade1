// English messages for the what-if section; zh-cn/what-if.ts has the same keys.
export const enWhatIf = {
} as const;
