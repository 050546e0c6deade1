/** How the reverse calculation treats fractions of a deal or a lead. */
export type RoundingMode = 'per-stage' | 'exact';

// Floating-point division leaves results such as 7 / 0.07 = 100.00000000000001; a whole-number
// rounding must not turn that into 101. Ten significant decimals match HyperFormula's own precision.
function settle(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

/** Rounds up to a whole number, ignoring floating-point dust. */
export function ceilWhole(x: number): number {
  return Math.ceil(settle(x));
}

/** Rounds to the nearest whole number (halves away from zero, as spreadsheets do). */
export function roundWhole(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(settle(x)));
}
