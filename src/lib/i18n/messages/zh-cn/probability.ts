import type { enProbability } from '../en/probability';

export const zhCNProbability: Record<keyof typeof enProbability, string> = {
};
