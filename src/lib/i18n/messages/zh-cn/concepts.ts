import type { enConcepts } from '../en/concepts';

export const zhCNConcepts: Record<keyof typeof enConcepts, string> = {
  'input.notADate': '“{text}”不是日期。请按年月日的顺序输入，例如 2026-12-31 或 2026年12月31日。',
};
