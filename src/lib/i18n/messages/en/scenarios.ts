// English messages for the scenarios section; zh-cn/scenarios.ts has the same keys.
export const enScenarios = {
} as const;
