import { ASSUMPTIONS, STAGE_COLUMNS, assumptionKey, parseCellKey, stageKey, type CellKey, type WorkbookDoc } from '../document';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The cell next to `key` in a direction, or `key` itself at an edge. The funnel grid is a
 * stages x columns table; the assumptions and summary form one column.
 */
export function neighbour(doc: WorkbookDoc, key: CellKey, direction: Direction): CellKey {
  const parsed = parseCellKey(key);
  if (!parsed) return key;
  if (parsed.scope === 'assumption') {
    const visible = ASSUMPTIONS.filter((a) => a.id !== 'perStage');
    const at = visible.findIndex((a) => a.id === parsed.id);
    const step = direction === 'down' ? 1 : direction === 'up' ? -1 : 0;
    const next = visible[Math.max(0, Math.min(visible.length - 1, at + step))];
    return assumptionKey(next.id);
  }
  if (parsed.scope !== 'stage') return key;
  const row = doc.stages.findIndex((s) => s.id === parsed.stageId);
  const col = STAGE_COLUMNS.findIndex((c) => c.id === parsed.column);
  const dRow = direction === 'down' ? 1 : direction === 'up' ? -1 : 0;
  const dCol = direction === 'right' ? 1 : direction === 'left' ? -1 : 0;
  const nextRow = Math.max(0, Math.min(doc.stages.length - 1, row + dRow));
  const nextCol = Math.max(0, Math.min(STAGE_COLUMNS.length - 1, col + dCol));
  return stageKey(doc.stages[nextRow].id, STAGE_COLUMNS[nextCol].id);
}
