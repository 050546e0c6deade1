import {
  ASSUMPTIONS,
  a1,
  columnLetter,
  LAST_STAGE_UNUSED,
  MIX_COLUMNS,
  MIX_SLOTS,
  MONTH_COLUMNS,
  MONTH_SLOTS,
  NODE_LAST_STAGE_UNUSED,
  NODE_STAGE_COLUMNS,
  OPPORTUNITY_COLUMNS,
  SEGMENT_COLUMNS,
  STAGE_COLUMNS,
  assumptionKey,
  mixKey,
  monthKey,
  opportunityKey,
  parseCellKey,
  stageKey,
  isSplit,
  nodeStageRow,
  periodCount,
  segmentTree,
  type CellKey,
  type Grain,
  type SegmentNode,
  type ColumnSpec,
  type WorkbookDoc,
} from '../document';
import { defaultFormula } from './default-formulas';

export const FUNNEL_SHEET = 'Funnel';
export const ASSUMPTIONS_SHEET = 'Assumptions';
export const MIX_SHEET = 'Mix';
export const MONTHS_SHEET = 'Months';
export const OPPORTUNITIES_SHEET = 'Opportunities';
export const SEGMENTS_SHEET = 'Segments';
export const NODE_STAGES_SHEET = 'SegmentStages';
export const SHEETS = [FUNNEL_SHEET, ASSUMPTIONS_SHEET, MIX_SHEET, MONTHS_SHEET, OPPORTUNITIES_SHEET, SEGMENTS_SHEET, NODE_STAGES_SHEET] as const;
export type SheetName = (typeof SHEETS)[number];

export { a1, columnLetter };

/** Zero-based position of a cell, by sheet name. */
export interface Position {
  sheet: SheetName;
  row: number;
  col: number;
}

/** Row 0 of every table sheet is its header row, as on screen and in the exported file. */
export const FIRST_ROW = 1;

const indexOf = (columns: readonly ColumnSpec<string>[]) => new Map(columns.map((c, i) => [c.id, i]));
const stageCol = indexOf(STAGE_COLUMNS);
const mixCol = indexOf(MIX_COLUMNS);
const monthCol = indexOf(MONTH_COLUMNS);
const opportunityCol = indexOf(OPPORTUNITY_COLUMNS);
const segmentCol = indexOf(SEGMENT_COLUMNS);
const nodeStageCol = indexOf(NODE_STAGE_COLUMNS);
const assumptionRow = new Map<string, number>(ASSUMPTIONS.map((a, i) => [a.id, i]));

/** A table's rows are either ids (stages, opportunities) or a fixed number of slots. */
interface Table {
  sheet: SheetName;
  prefix: string;
  columns: readonly ColumnSpec<string>[];
  colIndex: Map<string, number>;
  rows: readonly string[];
}

const slots = (n: number) => Array.from({ length: n }, (_, i) => String(i));
const MIX_ROWS = slots(MIX_SLOTS);
const MONTH_ROWS = slots(MONTH_SLOTS);

/**
 * Where every cell of a workbook sits and what its default formula is. The layout depends only on
 * the lists of stages and opportunities, so documents with the same ids in the same order share one.
 */
export class Layout {
  readonly signature: string;
  readonly stageIds: readonly string[];
  readonly opportunityIds: readonly string[];
  /** The company and its segments in tree order; empty when the workbook is not split. */
  readonly nodes: readonly SegmentNode[];
  readonly grain: Grain | null;
  private readonly nodeIndex: Map<string, number>;
  /** Stage template keys (e.g. `clicks`) by stage id, for diagnoses. */
  private readonly tables: Table[];
  private readonly rowIndex = new Map<string, Map<string, number>>();

  constructor(doc: Pick<WorkbookDoc, 'stages'> & Partial<Pick<WorkbookDoc, 'opportunities' | 'segments' | 'grain'>>) {
    this.stageIds = doc.stages.map((s) => s.id);
    this.opportunityIds = (doc.opportunities ?? []).map((o) => o.id);
    const split = { segments: doc.segments ?? [], grain: doc.grain ?? null };
    this.grain = split.grain;
    this.nodes = isSplit(split) ? segmentTree(split) : [];
    this.nodeIndex = new Map(this.nodes.map((node, i) => [node.id, i]));
    const tree = this.nodes.map((node) => `${node.id}<${node.parentId ?? ''}`).join(',');
    this.signature = `${this.stageIds.join(',')}|${this.opportunityIds.join(',')}|${tree}|${this.grain ?? ''}`;
    const nodeStageRows = this.nodes.flatMap((node) => this.stageIds.map((stageId) => nodeStageRow(node.id, stageId)));
    this.tables = [
      { sheet: FUNNEL_SHEET, prefix: 's', columns: STAGE_COLUMNS, colIndex: stageCol, rows: this.stageIds },
      { sheet: MIX_SHEET, prefix: 'x', columns: MIX_COLUMNS, colIndex: mixCol, rows: MIX_ROWS },
      { sheet: MONTHS_SHEET, prefix: 'm', columns: MONTH_COLUMNS, colIndex: monthCol, rows: MONTH_ROWS },
      { sheet: OPPORTUNITIES_SHEET, prefix: 'o', columns: OPPORTUNITY_COLUMNS, colIndex: opportunityCol, rows: this.opportunityIds },
      { sheet: SEGMENTS_SHEET, prefix: 'g', columns: SEGMENT_COLUMNS, colIndex: segmentCol, rows: this.nodes.map((n) => n.id) },
      { sheet: NODE_STAGES_SHEET, prefix: 'n', columns: NODE_STAGE_COLUMNS, colIndex: nodeStageCol, rows: nodeStageRows },
    ];
    for (const table of this.tables) this.rowIndex.set(table.prefix, new Map(table.rows.map((id, i) => [id, FIRST_ROW + i])));
  }

  get stageCount(): number {
    return this.stageIds.length;
  }

  get opportunityCount(): number {
    return this.opportunityIds.length;
  }

  /** A node's row on the Segments sheet (zero-based), or undefined. */
  segmentRow(nodeId: string): number | undefined {
    const index = this.nodeIndex.get(nodeId);
    return index === undefined ? undefined : FIRST_ROW + index;
  }

  /** A node's stage row on the SegmentStages sheet: nodes in tree order, each with every stage. */
  nodeStageRow(nodeId: string, stageIndex: number): number {
    return FIRST_ROW + this.nodeIndex.get(nodeId)! * this.stageCount + stageIndex;
  }

  node(nodeId: string): SegmentNode | undefined {
    const index = this.nodeIndex.get(nodeId);
    return index === undefined ? undefined : this.nodes[index];
  }

  /** Row of a stage on the Funnel sheet (zero-based), or undefined. */
  stageRow(stageId: string): number | undefined {
    return this.rowIndex.get('s')!.get(stageId);
  }

  position(key: CellKey): Position | null {
    const parsed = parseCellKey(key);
    if (!parsed) return null;
    if (parsed.scope === 'assumption') return { sheet: ASSUMPTIONS_SHEET, row: assumptionRow.get(parsed.id)!, col: 1 };
    const [prefix, rowId] = key.split('.');
    const table = this.tables.find((t) => t.prefix === prefix)!;
    const row = this.rowIndex.get(prefix)!.get(rowId);
    return row === undefined ? null : { sheet: table.sheet, row, col: table.colIndex.get(parsed.column)! };
  }

  keyAt(position: Position): CellKey | null {
    if (position.sheet === ASSUMPTIONS_SHEET) {
      const spec = ASSUMPTIONS[position.row];
      return spec && position.col === 1 ? assumptionKey(spec.id) : null;
    }
    const table = this.tables.find((t) => t.sheet === position.sheet)!;
    const rowId = table.rows[position.row - FIRST_ROW];
    const column = table.columns[position.col];
    return rowId !== undefined && column ? `${table.prefix}.${rowId}.${column.id}` : null;
  }

  /** How many cells `keys()` lists, without listing them. */
  get cellCount(): number {
    return this.tables.reduce<number>((n, table) => n + table.rows.length * table.columns.length, ASSUMPTIONS.length);
  }

  /** Every cell key of the workbook, table by table, in sheet order. */
  keys(): CellKey[] {
    const keys: CellKey[] = [];
    for (const table of this.tables) for (const row of table.rows) for (const c of table.columns) keys.push(`${table.prefix}.${row}.${c.id}`);
    for (const spec of ASSUMPTIONS) keys.push(assumptionKey(spec.id));
    return keys;
  }

  /** How many rows (header row included) and columns a sheet has. */
  extent(sheet: SheetName): { rows: number; cols: number } {
    if (sheet === ASSUMPTIONS_SHEET) return { rows: ASSUMPTIONS.length, cols: 2 };
    const table = this.tables.find((t) => t.sheet === sheet)!;
    return { rows: FIRST_ROW + table.rows.length, cols: table.columns.length };
  }

  /** Header texts of a table sheet's row 0: the column ids, which the exported file keeps readable. */
  headers(sheet: SheetName): readonly string[] {
    return this.tables.find((t) => t.sheet === sheet)?.columns.map((c) => c.id) ?? [];
  }

  /** The formula (or constant) a cell holds until the user types something else; '' for a plain input. */
  defaultContent(key: CellKey): string {
    const parsed = parseCellKey(key);
    return parsed ? defaultFormula(this, parsed) : '';
  }

  /** Whether the cell takes part in the funnel at all (the last stage converts to nothing). */
  isUsed(key: CellKey): boolean {
    const parsed = parseCellKey(key);
    if (parsed?.scope === 'nodeStage') {
      const period = /^[pr](\d+)$/.exec(parsed.column);
      if (period && Number(period[1]) >= periodCount(this.grain)) return false;
      return parsed.stageId !== this.stageIds[this.stageCount - 1] || !NODE_LAST_STAGE_UNUSED.has(parsed.column);
    }
    if (parsed?.scope !== 'stage') return parsed !== null;
    if (this.stageRow(parsed.stageId) !== FIRST_ROW + this.stageCount - 1) return true;
    return !LAST_STAGE_UNUSED.has(parsed.column);
  }
}

/** A1 reference helpers for the default formulas, by column id. */
export const ref = {
  stage: (column: string, row: number) => a1(row, stageCol.get(column)!),
  stageIn: (column: string, row: number) => `${FUNNEL_SHEET}!${a1(row, stageCol.get(column)!)}`,
  stageRange: (column: string, first: number, last: number, sheet = false) => {
    const c = columnLetter(stageCol.get(column)!);
    return `${sheet ? `${FUNNEL_SHEET}!` : ''}$${c}$${first + 1}:$${c}$${last + 1}`;
  },
  mix: (column: string, row: number) => a1(row, mixCol.get(column)!),
  mixRange: (column: string, sheet = false) => {
    const c = columnLetter(mixCol.get(column)!);
    return `${sheet ? `${MIX_SHEET}!` : ''}$${c}$${FIRST_ROW + 1}:$${c}$${FIRST_ROW + MIX_SLOTS}`;
  },
  month: (column: string, row: number) => a1(row, monthCol.get(column)!),
  monthRange: (column: string) => {
    const c = columnLetter(monthCol.get(column)!);
    return `$${c}$${FIRST_ROW + 1}:$${c}$${FIRST_ROW + MONTH_SLOTS}`;
  },
  opportunity: (column: string, row: number) => a1(row, opportunityCol.get(column)!),
  segment: (column: string, row: number) => `${SEGMENTS_SHEET}!${a1(row, segmentCol.get(column)!)}`,
  nodeStage: (column: string, row: number) => a1(row, nodeStageCol.get(column)!),
  nodeStageIn: (column: string, row: number) => `${NODE_STAGES_SHEET}!${a1(row, nodeStageCol.get(column)!)}`,
  opportunityRange: (column: string, count: number, sheet = false) => {
    const c = columnLetter(opportunityCol.get(column)!);
    return `${sheet ? `${OPPORTUNITIES_SHEET}!` : ''}$${c}$${FIRST_ROW + 1}:$${c}$${FIRST_ROW + count}`;
  },
};

export { stageKey, mixKey, monthKey, opportunityKey };
