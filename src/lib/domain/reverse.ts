import { ceilWhole, type RoundingMode } from './rounding';

/** Deals needed to reach a revenue target: always whole deals (domain formula 2). */
export function dealsNeeded(target: number, averageDeal: number): number {
  if (!(averageDeal > 0)) return NaN;
  return ceilWhole(target / averageDeal);
}

/**
 * Reverse funnel (漏斗计算): how many must enter each stage so that `deals` reach the last one.
 * `rates[i]` is the conversion from stage i to stage i + 1, so there is one rate fewer than stages.
 * A rate of 0 makes every stage above it impossible: those entries are Infinity.
 */
export function requiredEntries(deals: number, rates: readonly number[], mode: RoundingMode): number[] {
  const required = new Array<number>(rates.length + 1);
  required[rates.length] = deals;
  for (let i = rates.length - 1; i >= 0; i--) {
    const raw = required[i + 1] / rates[i];
    required[i] = mode === 'per-stage' && Number.isFinite(raw) ? ceilWhole(raw) : raw;
  }
  return required;
}
