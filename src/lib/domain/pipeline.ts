// Weighted pipeline forecast (domain formula 4).

/**
 * The source's typical stage probabilities: upper funnel 25%, middle 50%, lower 75%, won 100%.
 * The open stages (all but the last) are split into thirds by position; the epsilon keeps a stage
 * sitting exactly on a third (1/3 computed as 0.333...) in the lower band.
 */
export function defaultStageProbability(index: number, count: number): number {
  if (index === count - 1) return 1;
  const fraction = (index + 1) / (count - 1);
  if (fraction <= 1 / 3 + 1e-9) return 0.25;
  if (fraction <= 2 / 3 + 1e-9) return 0.5;
  return 0.75;
}

export interface PipelineItem {
  amount: number | null;
  probability: number | null;
}

/**
 * Sum of amount * probability. An opportunity whose amount or probability is not typed yet adds
 * nothing, as a blank row does in the sheet's SUMPRODUCT; it does not blank the whole forecast.
 */
export function weightedForecast(items: readonly PipelineItem[]): number {
  return items.reduce(
    (sum, { amount, probability }) => (amount === null || probability === null ? sum : sum + amount * probability),
    0,
  );
}

/** What the weighted pipeline still lacks to reach the target (negative when it is ahead). */
export function pipelineGap(target: number | null, weighted: number | null): number | null {
  return target === null || weighted === null ? null : target - weighted;
}
