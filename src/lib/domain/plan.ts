// Last year's actual funnel -> this year's plan (去年实际漏斗 -> 今年理想漏斗).

/**
 * This year's planned rates: last year's observed rate plus the improvement aimed for, capped at 100%
 * (no stage can pass on more than it received). Null where last year's entries are missing or zero.
 */
export function planRates(
  prevEntries: readonly (number | null)[],
  improvements: readonly (number | null)[],
): (number | null)[] {
  return prevEntries.slice(1).map((next, i) => {
    const entered = prevEntries[i];
    if (entered === null || entered === 0 || next === null) return null;
    return Math.min(1, next / entered + (improvements[i] ?? 0));
  });
}

/** Won deals the top of the funnel supports at these rates: exact, rounding is for display. */
export function supportedWon(top: number | null, rates: readonly (number | null)[]): number | null {
  if (top === null || rates.some((r) => r === null)) return null;
  return rates.reduce<number>((won, rate) => won * rate!, top);
}

export function supportedRevenue(won: number | null, avgDeal: number | null): number | null {
  return won === null || avgDeal === null ? null : won * avgDeal;
}
