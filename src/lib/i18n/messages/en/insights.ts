// English messages for the insights section; zh-cn/insights.ts has the same keys.
export const enInsights = {
} as const;
