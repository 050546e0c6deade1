// The funnel knowledge, as plain TypeScript: no DOM, no engine, no storage.
export { ceilWhole, roundWhole, type RoundingMode } from './rounding';
export { dealsNeeded, requiredEntries } from './reverse';
export { forwardEntries, stageRates, totalSuccessRate } from './forward';
export { rateGaps, weightedValue } from './compare';
export { rankBottlenecks, type StageGain } from './bottleneck';
