import {
  ASSUMPTIONS,
  MIX_COLUMNS,
  MIX_SLOTS,
  MONTH_COLUMNS,
  MONTH_SLOTS,
  OPPORTUNITY_COLUMNS,
  STAGE_COLUMNS,
  assumptionKey,
  parseCellKey,
  type CellKey,
  type StageColumnId,
  type WorkbookDoc,
} from '../document';

export type Direction = 'up' | 'down' | 'left' | 'right';

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** Steps within a rows x columns table; returns null when the cell is not in it. */
function step(rows: readonly string[], columns: readonly string[], row: string, column: string, direction: Direction): [string, string] | null {
  const r = rows.indexOf(row);
  const c = columns.indexOf(column);
  if (r === -1 || c === -1) return null;
  const dRow = direction === 'down' ? 1 : direction === 'up' ? -1 : 0;
  const dCol = direction === 'right' ? 1 : direction === 'left' ? -1 : 0;
  return [rows[clamp(r + dRow, rows.length - 1)], columns[clamp(c + dCol, columns.length - 1)]];
}

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
const slots = (n: number) => Array.from({ length: n }, (_, i) => String(i));

/**
 * The cell next to `key` in a direction, or `key` itself at an edge. Each table (funnel, mix,
 * months, opportunities) is rows x columns; the funnel moves only through the columns on show.
 * The assumptions form one column.
 */
export function neighbour(
  doc: WorkbookDoc,
  key: CellKey,
  direction: Direction,
  stageColumns: readonly StageColumnId[] = ids(STAGE_COLUMNS) as StageColumnId[],
): CellKey {
  const parsed = parseCellKey(key);
  if (!parsed) return key;
  if (parsed.scope === 'assumption') {
    const visible = ASSUMPTIONS.filter((a) => a.id !== 'perStage');
    const at = visible.findIndex((a) => a.id === parsed.id);
    const delta = direction === 'down' ? 1 : direction === 'up' ? -1 : 0;
    return assumptionKey(visible[clamp(at + delta, visible.length - 1)].id);
  }
  const [prefix, row, column] = key.split('.');
  const table: Record<string, [readonly string[], readonly string[]]> = {
    s: [ids(doc.stages), stageColumns],
    x: [slots(MIX_SLOTS), ids(MIX_COLUMNS)],
    m: [slots(MONTH_SLOTS), ids(MONTH_COLUMNS)],
    o: [ids(doc.opportunities), ids(OPPORTUNITY_COLUMNS)],
  };
  const [rows, columns] = table[prefix];
  const next = step(rows, columns, row, column, direction);
  return next ? `${prefix}.${next[0]}.${next[1]}` : key;
}
