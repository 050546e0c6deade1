import { stageRates } from './forward';

export interface StageGain {
  /** Index of the stage whose conversion (to the next stage) is considered. */
  stage: number;
  actualRate: number;
  idealRate: number;
  /** Won deals gained if only this stage converted at its ideal rate. */
  gain: number;
}

/**
 * Stages ranked by the deals gained if only that stage reached its ideal rate (domain formula 3):
 * gain_i = Won(actual) * (ideal_i / actual_i - 1). Largest gain first; the first is the bottleneck.
 * Stages with no actual conversion to compare (a zero rate) are left out rather than ranked infinite.
 */
export function rankBottlenecks(actualEntries: readonly number[], idealRates: readonly number[]): StageGain[] {
  const actual = stageRates(actualEntries);
  const won = actualEntries[actualEntries.length - 1] ?? 0;
  return actual
    .map((actualRate, stage) => ({ stage, actualRate, idealRate: idealRates[stage], gain: won * (idealRates[stage] / actualRate - 1) }))
    .filter((s) => Number.isFinite(s.gain))
    .sort((a, b) => b.gain - a.gain);
}
