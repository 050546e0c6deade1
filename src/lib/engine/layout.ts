import {
  ASSUMPTIONS,
  STAGE_COLUMNS,
  assumptionKey,
  parseCellKey,
  stageKey,
  type AssumptionId,
  type CellKey,
  type StageColumnId,
  type WorkbookDoc,
} from '../document';

export const FUNNEL_SHEET = 'Funnel';
export const ASSUMPTIONS_SHEET = 'Assumptions';

/** Zero-based position of a cell, by sheet name. */
export interface Position {
  sheet: typeof FUNNEL_SHEET | typeof ASSUMPTIONS_SHEET;
  row: number;
  col: number;
}

const columnIndex = new Map<StageColumnId, number>(STAGE_COLUMNS.map((c, i) => [c.id, i]));
const assumptionRow = new Map<AssumptionId, number>(ASSUMPTIONS.map((a, i) => [a.id, i]));
const FIRST_STAGE_ROW = 1; // row 0 is the header row, as on screen

export const columnLetter = (col: number): string => String.fromCharCode(65 + col);
export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/**
 * Where every cell of a workbook sits and what its default formula is. The layout depends only on
 * the list of stages, so two documents with the same stage ids in the same order share one layout.
 */
export class Layout {
  readonly signature: string;
  private readonly rowOfStage = new Map<string, number>();
  private readonly stageIds: string[];

  constructor(doc: Pick<WorkbookDoc, 'stages'>) {
    this.stageIds = doc.stages.map((s) => s.id);
    this.stageIds.forEach((id, i) => this.rowOfStage.set(id, FIRST_STAGE_ROW + i));
    this.signature = this.stageIds.join(',');
  }

  get stageCount(): number {
    return this.stageIds.length;
  }

  position(key: CellKey): Position | null {
    const parsed = parseCellKey(key);
    if (!parsed) return null;
    if (parsed.scope === 'assumption') return { sheet: ASSUMPTIONS_SHEET, row: assumptionRow.get(parsed.id)!, col: 1 };
    const row = this.rowOfStage.get(parsed.stageId);
    return row === undefined ? null : { sheet: FUNNEL_SHEET, row, col: columnIndex.get(parsed.column)! };
  }

  keyAt(position: Position): CellKey | null {
    if (position.sheet === ASSUMPTIONS_SHEET) {
      const spec = ASSUMPTIONS[position.row];
      return spec && position.col === 1 ? assumptionKey(spec.id) : null;
    }
    const stageId = this.stageIds[position.row - FIRST_STAGE_ROW];
    const column = STAGE_COLUMNS[position.col];
    return stageId && column ? stageKey(stageId, column.id) : null;
  }

  /** Every cell key of the workbook, stage cells first, in sheet order. */
  keys(): CellKey[] {
    const keys: CellKey[] = [];
    for (const id of this.stageIds) for (const column of STAGE_COLUMNS) keys.push(stageKey(id, column.id));
    for (const spec of ASSUMPTIONS) keys.push(assumptionKey(spec.id));
    return keys;
  }

  /** The formula a cell holds until the user types something else; '' for a plain input. */
  defaultContent(key: CellKey): string {
    const parsed = parseCellKey(key);
    if (!parsed) return '';
    if (parsed.scope === 'assumption') return this.assumptionFormula(parsed.id);
    const row = this.rowOfStage.get(parsed.stageId);
    return row === undefined ? '' : this.stageFormula(parsed.column, row);
  }

  /** Whether the cell takes part in the funnel at all (the last stage converts to nothing). */
  isUsed(key: CellKey): boolean {
    const parsed = parseCellKey(key);
    if (parsed?.scope !== 'stage') return parsed !== null;
    const last = this.rowOfStage.get(parsed.stageId) === FIRST_STAGE_ROW + this.stageCount - 1;
    return !(last && (parsed.column === 'rate' || parsed.column === 'actualRate' || parsed.column === 'gap'));
  }

  private stageFormula(column: StageColumnId, row: number): string {
    const last = row === FIRST_STAGE_ROW + this.stageCount - 1;
    const first = row === FIRST_STAGE_ROW;
    const at = (col: StageColumnId, r: number) => a1(r, columnIndex.get(col)!);
    switch (column) {
      case 'required':
        // Reverse from the bottom: this stage must feed the next one at this stage's rate.
        if (last) return '=DealsNeeded';
        return `=IF(PerStage,ROUNDUP(${at('required', row + 1)}/${at('rate', row)},0),${at('required', row + 1)}/${at('rate', row)})`;
      case 'actualRate':
        if (last) return '';
        return `=IF(OR(ISBLANK(${at('actual', row)}),ISBLANK(${at('actual', row + 1)})),"",${at('actual', row + 1)}/${at('actual', row)})`;
      case 'gap':
        if (last) return '';
        return `=IF(${at('actualRate', row)}="","",${at('actualRate', row)}-${at('rate', row)})`;
      case 'forecast':
        // Forward from the actual top of the funnel at the ideal rates.
        if (first) return `=IF(ISBLANK(${at('actual', row)}),"",${at('actual', row)})`;
        return `=IF(${at('forecast', row - 1)}="","",IF(PerStage,ROUND(${at('forecast', row - 1)}*${at('rate', row - 1)},0),${at('forecast', row - 1)}*${at('rate', row - 1)}))`;
      default:
        return '';
    }
  }

  private assumptionFormula(id: AssumptionId): string {
    const n = this.stageCount;
    const top = FIRST_STAGE_ROW;
    const bottom = FIRST_STAGE_ROW + n - 1;
    const cell = (col: StageColumnId, r: number) => `${FUNNEL_SHEET}!${a1(r, columnIndex.get(col)!)}`;
    switch (id) {
      case 'perStage':
        return '1';
      case 'dealsNeeded':
        return '=ROUNDUP(Target/AvgDeal,0)';
      case 'requiredTop':
        return n === 0 ? '' : `=${cell('required', top)}`;
      case 'idealTotalRate':
        if (n === 0) return '';
        if (n === 1) return '=1';
        return `=PRODUCT(${cell('rate', top)}:${a1(bottom - 1, columnIndex.get('rate')!)})`;
      case 'actualTotalRate':
        if (n === 0) return '';
        return `=IF(OR(ISBLANK(${cell('actual', top)}),ISBLANK(${cell('actual', bottom)})),"",${cell('actual', bottom)}/${cell('actual', top)})`;
      case 'forecastWon':
        return n === 0 ? '' : `=${cell('forecast', bottom)}`;
      case 'forecastRevenue':
        return '=IF(ForecastWon="","",ForecastWon*AvgDeal)';
      default:
        return '';
    }
  }
}
