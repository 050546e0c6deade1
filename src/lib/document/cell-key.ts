import { ASSUMPTIONS, STAGE_COLUMNS, type AssumptionId, type StageColumnId } from './columns';

/**
 * A cell's identity that survives reordering: `s.<stageId>.<column>` or `a.<assumption>`.
 * Scenario overrides and saved inputs are keyed by it, never by an A1 address.
 */
export type CellKey = string;

export type ParsedKey =
  | { scope: 'stage'; stageId: string; column: StageColumnId }
  | { scope: 'assumption'; id: AssumptionId };

export const stageKey = (stageId: string, column: StageColumnId): CellKey => `s.${stageId}.${column}`;
export const assumptionKey = (id: AssumptionId): CellKey => `a.${id}`;

const stageColumnIds = new Set<string>(STAGE_COLUMNS.map((c) => c.id));
const assumptionIds = new Set<string>(ASSUMPTIONS.map((a) => a.id));

export function parseCellKey(key: CellKey): ParsedKey | null {
  const parts = key.split('.');
  if (parts[0] === 's' && parts.length === 3 && parts[1] && stageColumnIds.has(parts[2])) {
    return { scope: 'stage', stageId: parts[1], column: parts[2] as StageColumnId };
  }
  if (parts[0] === 'a' && parts.length === 2 && assumptionIds.has(parts[1])) {
    return { scope: 'assumption', id: parts[1] as AssumptionId };
  }
  return null;
}

export function kindOfKey(key: CellKey): (typeof STAGE_COLUMNS)[number]['kind'] {
  const parsed = parseCellKey(key);
  if (!parsed) return 'text';
  if (parsed.scope === 'stage') return STAGE_COLUMNS.find((c) => c.id === parsed.column)!.kind;
  return ASSUMPTIONS.find((a) => a.id === parsed.id)!.kind;
}

export function isInputKey(key: CellKey): boolean {
  const parsed = parseCellKey(key);
  if (!parsed) return false;
  if (parsed.scope === 'stage') return STAGE_COLUMNS.find((c) => c.id === parsed.column)!.input;
  return ASSUMPTIONS.find((a) => a.id === parsed.id)!.input;
}
