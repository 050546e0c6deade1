import {
  ASSUMPTIONS,
  MIX_COLUMNS,
  MIX_SLOTS,
  MONTH_COLUMNS,
  MONTH_SLOTS,
  OPPORTUNITY_COLUMNS,
  STAGE_COLUMNS,
  assumptionKey,
  nodeStageRow,
  parseCellKey,
  periodCount,
  type CellKey,
  type StageColumnId,
  type DocShape,
} from '../document';

export type Direction = 'up' | 'down' | 'left' | 'right';

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
const slots = (n: number) => Array.from({ length: n }, (_, i) => String(i));
const ALL_STAGE_COLUMNS = ids(STAGE_COLUMNS) as StageColumnId[];

/**
 * The rows x columns table a cell sits in, as the screen shows it: the funnel (only the columns of
 * the view on show), the deal mix, the months, the opportunities, or the assumptions (one column).
 * Ranges, arrow keys and paste all walk the same table.
 */
export interface CellTable {
  /** Which table: the key's prefix (`s`, `x`, `m`, `o`, `a`). */
  id: string;
  rows: readonly string[];
  columns: readonly string[];
  keyAt(row: number, column: number): CellKey;
  /** Where a key sits, or null when it is not in this table (a column not in the view, say). */
  positionOf(key: CellKey): { row: number; column: number } | null;
}

const VISIBLE_ASSUMPTIONS = ids(ASSUMPTIONS.filter((a) => a.id !== 'perStage'));

export function tableOf(doc: DocShape, key: CellKey, stageColumns: readonly StageColumnId[] = ALL_STAGE_COLUMNS): CellTable | null {
  const parsed = parseCellKey(key);
  if (!parsed) return null;
  if (parsed.scope === 'assumption') {
    return {
      id: 'a',
      rows: VISIBLE_ASSUMPTIONS,
      columns: ['value'],
      keyAt: (row) => assumptionKey(VISIBLE_ASSUMPTIONS[row] as (typeof ASSUMPTIONS)[number]['id']),
      positionOf: (other) => {
        const row = other.startsWith('a.') ? VISIBLE_ASSUMPTIONS.indexOf(other.slice(2)) : -1;
        return row === -1 ? null : { row, column: 0 };
      },
    };
  }
  const prefix = key.split('.')[0];
  const shapes: Record<string, [readonly string[], readonly string[]]> = {
    s: [ids(doc.stages), stageColumns],
    x: [slots(MIX_SLOTS), ids(MIX_COLUMNS)],
    m: [slots(MONTH_SLOTS), ids(MONTH_COLUMNS)],
    o: [ids(doc.opportunities), ids(OPPORTUNITY_COLUMNS)],
  };
  // A segment's entries (or rates) by period: its stages down, the periods across, as on screen, so
  // a block of monthly actuals pastes from a spreadsheet in one go.
  const period = parsed.scope === 'nodeStage' ? /^([pr])\d+$/.exec(parsed.column) : null;
  if (parsed.scope === 'nodeStage' && period) {
    const periods = Array.from({ length: periodCount(doc.grain) }, (_, i) => `${period[1]}${i}`);
    shapes.n = [doc.stages.map((stage) => nodeStageRow(parsed.nodeId, stage.id)), periods];
  }
  // Tables this module does not know (a segment's rows, say) have no neighbours and no ranges.
  if (!(prefix in shapes)) return null;
  const [rows, columns] = shapes[prefix];
  return {
    id: prefix,
    rows,
    columns,
    keyAt: (row, column) => `${prefix}.${rows[row]}.${columns[column]}`,
    positionOf: (other) => {
      const [otherPrefix, row, column] = other.split('.');
      if (otherPrefix !== prefix) return null;
      const position = { row: rows.indexOf(row), column: columns.indexOf(column) };
      return position.row === -1 || position.column === -1 ? null : position;
    },
  };
}

/**
 * The cell next to `key` in a direction, or `key` itself at an edge. Each table (funnel, mix,
 * months, opportunities) is rows x columns; the funnel moves only through the columns on show.
 * The assumptions form one column.
 */
export function neighbour(
  doc: DocShape,
  key: CellKey,
  direction: Direction,
  stageColumns: readonly StageColumnId[] = ALL_STAGE_COLUMNS,
): CellKey {
  const table = tableOf(doc, key, stageColumns);
  const at = table?.positionOf(key);
  if (!table || !at) return key;
  const dRow = direction === 'down' ? 1 : direction === 'up' ? -1 : 0;
  const dCol = direction === 'right' ? 1 : direction === 'left' ? -1 : 0;
  return table.keyAt(clamp(at.row + dRow, table.rows.length - 1), clamp(at.column + dCol, table.columns.length - 1));
}
