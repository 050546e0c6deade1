// Deal-size mix (domain formula 5): buckets of deal size, each with a share of deals and an average value.
import { ceilWhole } from './rounding';

export interface MixBucket {
  /** Share of deals in this bucket, 0..1. */
  share: number | null;
  /** Average deal value in this bucket. */
  value: number | null;
}

/** Sum of the typed shares; should be about 1 (see sharesAddUp). */
export function mixShareTotal(buckets: readonly MixBucket[]): number {
  return buckets.reduce((sum, b) => (b.share === null ? sum : sum + b.share), 0);
}

/**
 * Blended average deal value: sum(share * value) / sum(share), both over buckets with share and value
 * typed. Dividing by the shares actually used keeps it a true average while a row is half typed and
 * when shares add up to 99.9% (rounded historical figures).
 */
export function blendedAverage(buckets: readonly MixBucket[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const { share, value } of buckets) {
    if (share === null || value === null) continue;
    weighted += share * value;
    total += share;
  }
  return total === 0 ? null : weighted / total;
}

/** Whole deals needed to reach the target at the blended average. */
export function dealsNeededWithMix(target: number | null, buckets: readonly MixBucket[]): number | null {
  const blended = blendedAverage(buckets);
  return target === null || blended === null || blended === 0 ? null : ceilWhole(target / blended);
}

/** Deals expected in each bucket: deals * share, shares normalised by their total. */
export function dealsPerBucket(deals: number | null, buckets: readonly MixBucket[]): (number | null)[] {
  const total = mixShareTotal(buckets);
  return buckets.map((b) => (deals === null || b.share === null || total === 0 ? null : (deals * b.share) / total));
}

/** Shares add up when within 0.11 points of 100%: the source's 56.5 + 27.8 + 11 + 4.6 = 99.9% does. */
export function sharesAddUp(total: number): boolean {
  return Math.abs(total - 1) <= 0.0011;
}
