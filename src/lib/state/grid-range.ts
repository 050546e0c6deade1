import type { CellKey, StageColumnId, DocShape } from '../document';
import { tableOf, type CellTable } from './navigation';

/** A rectangle of cells in one table, by row and column index, bounds included. */
export interface CellRect {
  table: CellTable;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangle spanned by two cells, or null when they are not in the same table on screen. */
export function rectBetween(
  doc: DocShape,
  anchor: CellKey,
  focus: CellKey,
  stageColumns?: readonly StageColumnId[],
): CellRect | null {
  const table = tableOf(doc, anchor, stageColumns);
  const a = table?.positionOf(anchor);
  const b = table?.positionOf(focus);
  if (!table || !a || !b) return null;
  return {
    table,
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
}

/** The keys of a rectangle, row by row. */
export function keysOf(rect: CellRect): CellKey[][] {
  const rows: CellKey[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: CellKey[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(rect.table.keyAt(r, c));
    rows.push(row);
  }
  return rows;
}
