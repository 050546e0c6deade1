import type { enInsights } from '../en/insights';

export const zhCNInsights: Record<keyof typeof enInsights, string> = {
};
