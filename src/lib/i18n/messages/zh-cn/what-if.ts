import type { enWhatIf } from '../en/what-if';

export const zhCNWhatIf: Record<keyof typeof enWhatIf, string> = {
};
