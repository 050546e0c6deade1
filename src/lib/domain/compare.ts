/** gap_i = actual rate - ideal rate, stage by stage (domain formula 3). */
export function rateGaps(actual: readonly number[], ideal: readonly number[]): number[] {
  return actual.map((rate, i) => rate - ideal[i]);
}

/** Weighted pipeline value of one opportunity (domain formula 4). */
export function weightedValue(amount: number, probability: number): number {
  return amount * probability;
}
