import {
  ASSUMPTIONS,
  MIX_COLUMNS,
  MIX_SLOTS,
  MONTH_COLUMNS,
  MONTH_SLOTS,
  OPPORTUNITY_COLUMNS,
  STAGE_COLUMNS,
  type AssumptionId,
  type CellKind,
  type ColumnSpec,
  type MixColumnId,
  type MonthColumnId,
  type OpportunityColumnId,
  type StageColumnId,
} from './columns';
import { NODE_STAGE_COLUMNS, SEGMENT_COLUMNS, type NodeStageColumnId, type SegmentColumnId } from './segment-columns';

/**
 * A cell's identity that survives reordering: `s.<stageId>.<column>`, `a.<assumption>`,
 * `x.<slot>.<column>` (deal mix), `m.<slot>.<column>` (months), `o.<opportunityId>.<column>`,
 * `g.<nodeId>.<column>` (a segment, or `root` for the company) or `n.<nodeId>:<stageId>.<column>`
 * (a segment's stage).
 * Scenario overrides and saved inputs are keyed by it, never by an A1 address.
 */
export type CellKey = string;

export type ParsedKey =
  | { scope: 'stage'; stageId: string; column: StageColumnId }
  | { scope: 'assumption'; id: AssumptionId }
  | { scope: 'mix'; slot: number; column: MixColumnId }
  | { scope: 'month'; slot: number; column: MonthColumnId }
  | { scope: 'opportunity'; opportunityId: string; column: OpportunityColumnId }
  | { scope: 'segment'; nodeId: string; column: SegmentColumnId }
  | { scope: 'nodeStage'; nodeId: string; stageId: string; column: NodeStageColumnId };

export const stageKey = (stageId: string, column: StageColumnId): CellKey => `s.${stageId}.${column}`;
export const assumptionKey = (id: AssumptionId): CellKey => `a.${id}`;
export const mixKey = (slot: number, column: MixColumnId): CellKey => `x.${slot}.${column}`;
export const monthKey = (slot: number, column: MonthColumnId): CellKey => `m.${slot}.${column}`;
export const opportunityKey = (id: string, column: OpportunityColumnId): CellKey => `o.${id}.${column}`;
export const segmentKey = (nodeId: string, column: SegmentColumnId): CellKey => `g.${nodeId}.${column}`;
export const nodeStageKey = (nodeId: string, stageId: string, column: NodeStageColumnId): CellKey => `n.${nodeId}:${stageId}.${column}`;

const specs = <T extends ColumnSpec<string>>(list: readonly T[]) => new Map<string, T>(list.map((c) => [c.id, c]));
const stageColumns = specs(STAGE_COLUMNS);
const assumptions = specs(ASSUMPTIONS);
const mixColumns = specs(MIX_COLUMNS);
const monthColumns = specs(MONTH_COLUMNS);
const opportunityColumns = specs(OPPORTUNITY_COLUMNS);
const segmentColumns = specs(SEGMENT_COLUMNS);
const nodeStageColumns = specs(NODE_STAGE_COLUMNS);

const slotOf = (text: string, slots: number): number | null => {
  if (!/^\d{1,3}$/.test(text)) return null;
  const slot = Number(text);
  return slot < slots ? slot : null;
};

export function parseCellKey(key: CellKey): ParsedKey | null {
  const parts = key.split('.');
  if (parts[0] === 'a') {
    return parts.length === 2 && assumptions.has(parts[1]) ? { scope: 'assumption', id: parts[1] as AssumptionId } : null;
  }
  if (parts.length !== 3 || !parts[1]) return null;
  const [scope, row, column] = parts;
  switch (scope) {
    case 's':
      return stageColumns.has(column) ? { scope: 'stage', stageId: row, column: column as StageColumnId } : null;
    case 'o':
      return opportunityColumns.has(column) ? { scope: 'opportunity', opportunityId: row, column: column as OpportunityColumnId } : null;
    case 'g':
      return segmentColumns.has(column) ? { scope: 'segment', nodeId: row, column: column as SegmentColumnId } : null;
    case 'n': {
      const [nodeId, stageId, extra] = row.split(':');
      return nodeId && stageId && extra === undefined && nodeStageColumns.has(column)
        ? { scope: 'nodeStage', nodeId, stageId, column: column as NodeStageColumnId }
        : null;
    }
    case 'x': {
      const slot = slotOf(row, MIX_SLOTS);
      return slot !== null && mixColumns.has(column) ? { scope: 'mix', slot, column: column as MixColumnId } : null;
    }
    case 'm': {
      const slot = slotOf(row, MONTH_SLOTS);
      return slot !== null && monthColumns.has(column) ? { scope: 'month', slot, column: column as MonthColumnId } : null;
    }
    default:
      return null;
  }
}

/**
 * The id of the row a cell sits in, in one of the tables with a row per thing: a stage of the funnel
 * grid, an open opportunity, or a segment (its own cells and its stage cells); null elsewhere.
 */
export function rowIdOf(key: CellKey | null, table: 'stage' | 'opportunity' | 'segment'): string | null {
  const parsed = key ? parseCellKey(key) : null;
  if (table === 'stage') return parsed?.scope === 'stage' ? parsed.stageId : null;
  if (table === 'opportunity') return parsed?.scope === 'opportunity' ? parsed.opportunityId : null;
  return parsed?.scope === 'segment' || parsed?.scope === 'nodeStage' ? parsed.nodeId : null;
}

function specOf(key: CellKey): ColumnSpec<string> | undefined {
  const parsed = parseCellKey(key);
  switch (parsed?.scope) {
    case 'stage':
      return stageColumns.get(parsed.column);
    case 'assumption':
      return assumptions.get(parsed.id);
    case 'mix':
      return mixColumns.get(parsed.column);
    case 'month':
      return monthColumns.get(parsed.column);
    case 'opportunity':
      return opportunityColumns.get(parsed.column);
    case 'segment':
      return segmentColumns.get(parsed.column);
    case 'nodeStage':
      return nodeStageColumns.get(parsed.column);
    default:
      return undefined;
  }
}

export function kindOfKey(key: CellKey): CellKind {
  return specOf(key)?.kind ?? 'text';
}

export function isInputKey(key: CellKey): boolean {
  return specOf(key)?.input ?? false;
}

/** Text cells hold what was typed as text; the engine never evaluates them. */
export function isTextKey(key: CellKey): boolean {
  return specOf(key)?.kind === 'text';
}
