import type { enScenarios } from '../en/scenarios';

export const zhCNScenarios: Record<keyof typeof enScenarios, string> = {
};
