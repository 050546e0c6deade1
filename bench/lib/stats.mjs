// Statistics of benchmark samples.

/** Nearest-rank percentile. @param {number[]} values @param {number} p */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
/** @param {number} x */
export const round2 = (x) => Math.round(x * 100) / 100;
