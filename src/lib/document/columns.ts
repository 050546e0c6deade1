/** The vocabulary every layer shares: which cells a workbook has and what kind of number each holds. */
export type NumberKind = 'count' | 'decimal' | 'percent' | 'money' | 'rate-delta';
export type CellKind = NumberKind | 'text' | 'flag';

export type StageColumnId = 'name' | 'rate' | 'required' | 'actual' | 'actualRate' | 'gap' | 'forecast';

export interface ColumnSpec<Id extends string> {
  id: Id;
  kind: CellKind;
  /** Inputs hold what the user types; the others hold a formula by default that the user may replace. */
  input: boolean;
}

export const STAGE_COLUMNS: readonly ColumnSpec<StageColumnId>[] = [
  { id: 'name', kind: 'text', input: true },
  { id: 'rate', kind: 'percent', input: true },
  { id: 'required', kind: 'count', input: false },
  { id: 'actual', kind: 'count', input: true },
  { id: 'actualRate', kind: 'percent', input: false },
  { id: 'gap', kind: 'rate-delta', input: false },
  { id: 'forecast', kind: 'count', input: false },
];

export type AssumptionId =
  | 'target'
  | 'avgDeal'
  | 'perStage'
  | 'dealsNeeded'
  | 'requiredTop'
  | 'idealTotalRate'
  | 'actualTotalRate'
  | 'forecastWon'
  | 'forecastRevenue';

/** `name` is the defined name a formula can use, as in `=Target/AvgDeal`. */
export interface AssumptionSpec extends ColumnSpec<AssumptionId> {
  name: string;
}

export const ASSUMPTIONS: readonly AssumptionSpec[] = [
  { id: 'target', name: 'Target', kind: 'money', input: true },
  { id: 'avgDeal', name: 'AvgDeal', kind: 'money', input: true },
  { id: 'perStage', name: 'PerStage', kind: 'flag', input: true },
  { id: 'dealsNeeded', name: 'DealsNeeded', kind: 'count', input: false },
  { id: 'requiredTop', name: 'RequiredTop', kind: 'count', input: false },
  { id: 'idealTotalRate', name: 'IdealTotalRate', kind: 'percent', input: false },
  { id: 'actualTotalRate', name: 'ActualTotalRate', kind: 'percent', input: false },
  { id: 'forecastWon', name: 'ForecastWon', kind: 'count', input: false },
  { id: 'forecastRevenue', name: 'ForecastRevenue', kind: 'money', input: false },
];
