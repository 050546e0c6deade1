/** The largest file read, in bytes of UTF-8 (20 MB): far above any real workbook, below what freezes a tab. */
export const FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The deepest nesting read. A workbook is four levels deep (`$.scenarios[0].overrides["a.target"]`);
 * anything far deeper is not a workbook, and walking it could exhaust the stack.
 */
export const JSON_MAX_DEPTH = 64;

/** Keys that could reach an object's prototype if ever assigned by a careless consumer; never read. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
