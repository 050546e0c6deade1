// English messages for the concepts section; zh-cn/concepts.ts has the same keys.
export const enConcepts = {
  'input.notADate': '“{text}” is not a date. Type it year first, e.g. 2026-12-31 or 2026年12月31日.',
} as const;
