// English messages for the probability section; zh-cn/probability.ts has the same keys.
export const enProbability = {
} as const;
