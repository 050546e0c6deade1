// The funnel knowledge, as plain TypeScript: no DOM, no engine, no storage.
export { ceilWhole, roundWhole, type RoundingMode } from './rounding';
export { dealsNeeded, requiredEntries } from './reverse';
export { forwardEntries, stageRates, totalSuccessRate } from './forward';
export { rateGaps, weightedValue } from './compare';
export { rankBottlenecks, type StageGain } from './bottleneck';
export { serialFromIso, isoFromSerial, yearOf, monthOf, monthStart, monthEnd, addMonths } from './dates';
export {
  totalCycle,
  latestEntryDates,
  isPastDate,
  monthsInPeriod,
  monthlyPlan,
  type MonthlyPlanInput,
  type MonthlyPlanRow,
} from './cycle';
export { defaultStageProbability, weightedForecast, pipelineGap, type PipelineItem } from './pipeline';
export { mixShareTotal, blendedAverage, dealsNeededWithMix, dealsPerBucket, sharesAddUp, type MixBucket } from './mix';
export {
  healthChecks,
  type HealthCheckId,
  type HealthWarning,
  type HealthOpportunity,
  type HealthInput,
} from './health';
export { periodProgress, type PeriodProgressInput, type PeriodProgress, type StageProgress } from './progress';
export { resourcePlan, type ResourceInput, type ResourcePlan } from './resources';
export { planRates, supportedWon, supportedRevenue } from './plan';
export { forecastBoth, type ForecastBasesInput, type ForecastBases } from './forecast-bases';
export { causesOfWeakLayer, weakLayerOfBottleneck, bottleneckFinding, type CauseId } from './diagnosis';
export { zeroRateInChain, exitsExceedEntries, isEmptyFunnel } from './checks';
export { rollUpEntries, splitTarget, weakestSegment, type SplitBy } from './segments';
