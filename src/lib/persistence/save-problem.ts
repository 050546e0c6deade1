/**
 * Why a write failed, in the terms the user acts on:
 * - 'quota': the browser's storage for this site is full (QuotaExceededError); nothing was written,
 *   the stored workbook is the last good one, and saving is retried.
 * - 'closed': the database was closed under us, e.g. a newer version of the app upgraded it in
 *   another tab; reloading the page is the way on.
 * - 'other': anything else (the message is shown as is).
 */
export type SaveProblem = 'quota' | 'closed' | 'other';

/** Names of the errors, looking into Dexie's wrappers (`inner`) and standard `cause`s. */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const { name, message, inner, cause } = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
  const own = [typeof name === 'string' ? name : '', typeof message === 'string' ? message : ''];
  return [...own, ...errorNames(inner, depth + 1), ...errorNames(cause, depth + 1)];
}

export function saveProblemOf(error: unknown): SaveProblem {
  const names = errorNames(error);
  if (names.some((text) => /QuotaExceeded|quota/i.test(text))) return 'quota';
  if (names.some((text) => /DatabaseClosed/.test(text))) return 'closed';
  return 'other';
}
