import type { ColumnSpec } from './columns';

/**
 * Splits of the company funnel (issue 4). The company is the root node; every segment is a node
 * under it or under another segment, so "team x rep" is a rep nested in a team. Each node has one
 * row on the Segments sheet and one row per stage on the SegmentStages sheet.
 */
export const ROOT_NODE = 'root';

/** Period columns of a node's stage row: 12 months or 4 quarters from the period start. */
export const PERIOD_SLOTS = 12;
export type Grain = 'month' | 'quarter';
export const periodCount = (grain: Grain | null | undefined): number => (grain === 'month' ? 12 : grain === 'quarter' ? 4 : 0);

/** Dimensions offered ready-made; the user may type any other. Ids are stored, labels are translated. */
export const DIMENSION_PRESETS = ['team', 'rep', 'branch', 'projectType', 'customerType', 'region'] as const;

export type SegmentColumnId = (typeof SEGMENT_COLUMNS)[number]['id'];
/** One row per node (company first, then segments in tree order) on the Segments sheet. */
export const SEGMENT_COLUMNS = [
  { id: 'name', kind: 'text', input: false },
  { id: 'share', kind: 'percent', input: true },
  { id: 'capacity', kind: 'decimal', input: true },
  { id: 'target', kind: 'money', input: false },
  { id: 'avgDeal', kind: 'money', input: false },
  { id: 'dealsNeeded', kind: 'count', input: false },
  { id: 'requiredTop', kind: 'count', input: false },
  { id: 'actualTop', kind: 'count', input: false },
  { id: 'actualWon', kind: 'count', input: false },
  { id: 'wonRate', kind: 'percent', input: false },
  { id: 'forecastWon', kind: 'count', input: false },
  { id: 'forecastRevenue', kind: 'money', input: false },
  { id: 'forecastGap', kind: 'money', input: false },
  { id: 'childTargets', kind: 'money', input: false },
  { id: 'planGap', kind: 'money', input: false },
  { id: 'childRequiredTop', kind: 'count', input: false },
  { id: 'totalCycle', kind: 'count', input: false },
] as const satisfies readonly ColumnSpec<string>[];

const periodColumns = <P extends string>(prefix: P, kind: 'count' | 'percent', input: boolean) =>
  Array.from({ length: PERIOD_SLOTS }, (_, i) => ({ id: `${prefix}${i}` as `${P}${number}`, kind, input }));

export type NodeStageColumnId = (typeof NODE_STAGE_COLUMNS)[number]['id'];
/**
 * One row per node and stage on the SegmentStages sheet: the node's own funnel. `p0…p11` are the
 * entries per period (typed on a leaf, summed on a parent), `r0…r11` the conversion rate per period.
 */
export const NODE_STAGE_COLUMNS = [
  { id: 'segment', kind: 'text', input: false },
  { id: 'stage', kind: 'text', input: false },
  { id: 'rate', kind: 'percent', input: true },
  { id: 'cycleDays', kind: 'count', input: true },
  { id: 'required', kind: 'count', input: false },
  { id: 'actual', kind: 'count', input: true },
  { id: 'actualRate', kind: 'percent', input: false },
  { id: 'gap', kind: 'rate-delta', input: false },
  { id: 'forecast', kind: 'count', input: false },
  ...periodColumns('p', 'count', true),
  ...periodColumns('r', 'percent', false),
] as const satisfies readonly ColumnSpec<string>[];

/** Columns of a node's last stage that mean nothing (it converts to no further stage). */
export const NODE_LAST_STAGE_UNUSED: ReadonlySet<string> = new Set([
  'rate',
  'actualRate',
  'gap',
  ...Array.from({ length: PERIOD_SLOTS }, (_, i) => `r${i}`),
]);

/** Row id of a node's stage on the SegmentStages sheet: `<nodeId>:<stageId>`. */
export const nodeStageRow = (nodeId: string, stageId: string) => `${nodeId}:${stageId}`;
