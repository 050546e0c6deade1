/** The vocabulary every layer shares: which cells a workbook has and what kind of value each holds. */
export type NumberKind = 'count' | 'decimal' | 'percent' | 'money' | 'rate-delta' | 'date';
export type CellKind = NumberKind | 'text' | 'flag';

export interface ColumnSpec<Id extends string> {
  id: Id;
  kind: CellKind;
  /** Inputs hold what the user types; the others hold a formula by default that the user may replace. */
  input: boolean;
}

export type StageColumnId = (typeof STAGE_COLUMNS)[number]['id'];

/** One row per stage on the Funnel sheet, in this column order (A, B, C, …). */
export const STAGE_COLUMNS = [
  { id: 'name', kind: 'text', input: true },
  { id: 'rate', kind: 'percent', input: true },
  { id: 'required', kind: 'count', input: false },
  { id: 'actual', kind: 'count', input: true },
  { id: 'exits', kind: 'count', input: false },
  { id: 'actualRate', kind: 'percent', input: false },
  { id: 'gap', kind: 'rate-delta', input: false },
  { id: 'forecast', kind: 'count', input: false },
  { id: 'gain', kind: 'count', input: false },
  { id: 'prevActual', kind: 'count', input: true },
  { id: 'prevRate', kind: 'percent', input: false },
  { id: 'forecastPrev', kind: 'count', input: false },
  { id: 'improvement', kind: 'rate-delta', input: true },
  { id: 'planRate', kind: 'percent', input: false },
  { id: 'cycleDays', kind: 'count', input: true },
  { id: 'enterBy', kind: 'date', input: false },
  { id: 'probability', kind: 'percent', input: true },
  { id: 'pipeline', kind: 'money', input: false },
  { id: 'weighted', kind: 'money', input: false },
  { id: 'proRated', kind: 'count', input: false },
  { id: 'remaining', kind: 'count', input: false },
  { id: 'perDay', kind: 'count', input: false },
  // Uncertainty of the ideal rate for the probability of hitting the target: a range one believes.
  { id: 'rateLow', kind: 'percent', input: true },
  { id: 'rateHigh', kind: 'percent', input: true },
] as const satisfies readonly ColumnSpec<string>[];

/** Columns about converting to the next stage mean nothing on the last one. */
export const LAST_STAGE_UNUSED: ReadonlySet<string> = new Set<StageColumnId>([
  'rate', 'exits', 'actualRate', 'gap', 'gain', 'prevRate', 'improvement', 'planRate', 'rateLow', 'rateHigh',
]);

export type AssumptionId = (typeof ASSUMPTIONS)[number]['id'];

/** `name` is the defined name a formula can use, as in `=Target/AvgDeal`. */
export interface AssumptionSpec extends ColumnSpec<string> {
  name: string;
}

/** One row each on the Assumptions sheet (label in column A, value in column B), in this order. */
export const ASSUMPTIONS = [
  // Target and the reverse calculation
  { id: 'target', name: 'Target', kind: 'money', input: true },
  { id: 'avgDeal', name: 'AvgDeal', kind: 'money', input: true },
  { id: 'perStage', name: 'PerStage', kind: 'flag', input: true },
  { id: 'useMix', name: 'UseMix', kind: 'flag', input: true },
  { id: 'mixShareTotal', name: 'MixShareTotal', kind: 'percent', input: false },
  { id: 'blendedAvgDeal', name: 'BlendedAvgDeal', kind: 'money', input: false },
  { id: 'dealsNeeded', name: 'DealsNeeded', kind: 'count', input: false },
  { id: 'requiredTop', name: 'RequiredTop', kind: 'count', input: false },
  { id: 'idealTotalRate', name: 'IdealTotalRate', kind: 'percent', input: false },
  // Actual and the two forecast bases
  { id: 'actualTotalRate', name: 'ActualTotalRate', kind: 'percent', input: false },
  { id: 'actualWon', name: 'ActualWon', kind: 'count', input: false },
  { id: 'forecastWon', name: 'ForecastWon', kind: 'count', input: false },
  { id: 'forecastRevenue', name: 'ForecastRevenue', kind: 'money', input: false },
  { id: 'forecastGap', name: 'ForecastGap', kind: 'money', input: false },
  { id: 'prevTotalRate', name: 'PrevTotalRate', kind: 'percent', input: false },
  { id: 'forecastWonPrev', name: 'ForecastWonPrev', kind: 'count', input: false },
  { id: 'forecastRevenuePrev', name: 'ForecastRevenuePrev', kind: 'money', input: false },
  // Last year's actual -> this year's plan
  { id: 'planTotalRate', name: 'PlanTotalRate', kind: 'percent', input: false },
  { id: 'planWon', name: 'PlanWon', kind: 'count', input: false },
  { id: 'planRevenue', name: 'PlanRevenue', kind: 'money', input: false },
  // Cycle, lead time and the period
  { id: 'totalCycle', name: 'TotalCycle', kind: 'count', input: false },
  { id: 'periodStart', name: 'PeriodStart', kind: 'date', input: true },
  { id: 'periodEnd', name: 'PeriodEnd', kind: 'date', input: true },
  { id: 'closeBy', name: 'CloseBy', kind: 'date', input: false },
  { id: 'monthsInPeriod', name: 'MonthsInPeriod', kind: 'count', input: false },
  { id: 'daysInPeriod', name: 'DaysInPeriod', kind: 'count', input: false },
  { id: 'daysGone', name: 'DaysGone', kind: 'count', input: false },
  { id: 'daysLeft', name: 'DaysLeft', kind: 'count', input: false },
  { id: 'elapsedShare', name: 'ElapsedShare', kind: 'percent', input: false },
  // Weighted pipeline
  { id: 'openPipeline', name: 'OpenPipeline', kind: 'money', input: false },
  { id: 'weightedForecast', name: 'WeightedForecast', kind: 'money', input: false },
  { id: 'pipelineGap', name: 'PipelineGap', kind: 'money', input: false },
  // Resources
  { id: 'reps', name: 'Reps', kind: 'count', input: true },
  { id: 'oppsPerRep', name: 'OppsPerRep', kind: 'count', input: true },
  { id: 'budget', name: 'Budget', kind: 'money', input: true },
  { id: 'costPerLead', name: 'CostPerLead', kind: 'money', input: true },
  { id: 'repCapacity', name: 'RepCapacity', kind: 'count', input: false },
  { id: 'repsNeeded', name: 'RepsNeeded', kind: 'count', input: false },
  { id: 'leadsAffordable', name: 'LeadsAffordable', kind: 'count', input: false },
  { id: 'budgetNeeded', name: 'BudgetNeeded', kind: 'money', input: false },
  { id: 'repsFeasible', name: 'RepsFeasible', kind: 'flag', input: false },
  { id: 'budgetFeasible', name: 'BudgetFeasible', kind: 'flag', input: false },
  // Health checks (病症诊断)
  { id: 'minOppsPerRep', name: 'MinOppsPerRep', kind: 'count', input: true },
  { id: 'openOpps', name: 'OpenOpps', kind: 'count', input: false },
  { id: 'oppsPerRepNow', name: 'OppsPerRepNow', kind: 'count', input: false },
  { id: 'thinPipeline', name: 'ThinPipeline', kind: 'flag', input: false },
  { id: 'lumpShare', name: 'LumpShare', kind: 'percent', input: false },
  { id: 'lumpMonth', name: 'LumpMonth', kind: 'date', input: false },
  { id: 'lumpyClosings', name: 'LumpyClosings', kind: 'flag', input: false },
  { id: 'largeDeal', name: 'LargeDeal', kind: 'money', input: false },
  { id: 'smallShare', name: 'SmallShare', kind: 'percent', input: false },
  { id: 'onlyLarge', name: 'OnlyLarge', kind: 'flag', input: false },
  { id: 'activities', name: 'Activities', kind: 'count', input: true },
  { id: 'minRealRatio', name: 'MinRealRatio', kind: 'percent', input: true },
  { id: 'realRatio', name: 'RealRatio', kind: 'percent', input: false },
  { id: 'busyFewReal', name: 'BusyFewReal', kind: 'flag', input: false },
  // Probability of hitting the target (Monte Carlo)
  { id: 'simTop', name: 'SimTop', kind: 'count', input: false },
  { id: 'confidence', name: 'Confidence', kind: 'percent', input: true },
] as const satisfies readonly AssumptionSpec[];

export type MixColumnId = (typeof MIX_COLUMNS)[number]['id'];
/** Deal-size buckets on the Mix sheet: a fixed number of rows, an empty share leaves a row out. */
export const MIX_COLUMNS = [
  { id: 'name', kind: 'text', input: true },
  { id: 'share', kind: 'percent', input: true },
  { id: 'value', kind: 'money', input: true },
  { id: 'deals', kind: 'count', input: false },
] as const satisfies readonly ColumnSpec<string>[];
export const MIX_SLOTS = 6;

export type MonthColumnId = (typeof MONTH_COLUMNS)[number]['id'];
/**
 * The monthly plan on the Months sheet: months from LEAD_MONTHS before the period start, so that
 * volume for early closings can be placed in the months before the period.
 */
export const MONTH_COLUMNS = [
  { id: 'month', kind: 'date', input: false },
  { id: 'closings', kind: 'count', input: false },
  { id: 'topForClosings', kind: 'count', input: false },
  { id: 'enterBy', kind: 'date', input: false },
  { id: 'enterMonth', kind: 'date', input: false },
  { id: 'entering', kind: 'count', input: false },
] as const satisfies readonly ColumnSpec<string>[];
export const MONTH_SLOTS = 18;
export const LEAD_MONTHS = 6;

export type OpportunityColumnId = (typeof OPPORTUNITY_COLUMNS)[number]['id'];
/** Open opportunities on the Opportunities sheet, one row per entry of `doc.opportunities`. */
export const OPPORTUNITY_COLUMNS = [
  { id: 'name', kind: 'text', input: true },
  { id: 'amount', kind: 'money', input: true },
  { id: 'stage', kind: 'text', input: true },
  { id: 'owner', kind: 'text', input: true },
  { id: 'close', kind: 'date', input: true },
  { id: 'probability', kind: 'percent', input: false },
  { id: 'weighted', kind: 'money', input: false },
  { id: 'closeMonth', kind: 'date', input: false },
  { id: 'sameMonth', kind: 'money', input: false },
] as const satisfies readonly ColumnSpec<string>[];

/** A spreadsheet's column letters for a zero-based column: 0 -> A, 25 -> Z, 26 -> AA. */
export const columnLetter = (col: number): string =>
  col < 26 ? String.fromCharCode(65 + col) : columnLetter(Math.floor(col / 26) - 1) + String.fromCharCode(65 + (col % 26));
/** A zero-based row and column as an A1 address. */
export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
