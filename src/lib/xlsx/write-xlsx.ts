import type { Borders, Cell, CellErrorValue, Fill, Font, Workbook } from 'exceljs';
import type { SnapshotValue } from '../engine';
import type { CellStyle, PlannedCell, PlannedName, WorkbookPlan } from './plan';

export interface WriteOptions {
  /**
   * Store each formula's result beside it (default), so viewers that do not calculate show the
   * numbers; without them Excel and LibreOffice must compute every formula on opening.
   */
  cachedResults?: boolean;
  title?: string;
  now?: Date;
}

/** The error values a spreadsheet file may hold; the engine's own (#CYCLE!, #ERROR!…) are not among them. */
const FILE_ERRORS = new Set<string>(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

type FileValue = number | string | boolean | CellErrorValue | null;

function fileValue(value: SnapshotValue): FileValue {
  if (value !== null && typeof value === 'object') {
    return { error: (FILE_ERRORS.has(value.error) ? value.error : '#VALUE!') as CellErrorValue['error'] };
  }
  return value;
}

// A font without a name falls back to a serif face in some programs: every style names Excel's default.
const BASE_FONT: Partial<Font> = { name: 'Calibri', size: 11, family: 2 };
const HEADER_FONT: Partial<Font> = { ...BASE_FONT, bold: true };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEFF2' } };
const HEADER_BORDER: Partial<Borders> = { bottom: { style: 'thin', color: { argb: 'FF8A8F98' } } };
// Blue for what a person typed, as financial models mark their inputs.
const INPUT_FONT: Partial<Font> = { ...BASE_FONT, color: { argb: 'FF0B5CAD' } };
const LABEL_FONT: Partial<Font> = { ...BASE_FONT, color: { argb: 'FF555555' } };

function styleCell(cell: Cell, style: CellStyle | undefined): void {
  if (style === 'header') {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { wrapText: true, vertical: 'top' };
  } else if (style === 'input') {
    cell.font = INPUT_FONT;
  } else if (style === 'label') {
    cell.font = LABEL_FONT;
  }
}

function writeCell(cell: Cell, planned: PlannedCell, cachedResults: boolean): void {
  if (planned.formula !== undefined) {
    const result = fileValue(planned.value);
    // A formula that yields "" keeps no result: an empty cached string would read as text in some viewers.
    cell.value = cachedResults && result !== null && result !== '' ? { formula: planned.formula, result } : { formula: planned.formula };
  } else {
    cell.value = fileValue(planned.value);
  }
  if (planned.numFmt) cell.numFmt = planned.numFmt;
  styleCell(cell, planned.style);
}

/**
 * exceljs 4.4 writes defined names only as ranges of cells and for the whole workbook; a scenario's
 * names must be scoped to its sheets. Its XML writer takes { name, ranges, localSheetId } as is, so
 * the list is handed to it directly.
 */
function setDefinedNames(workbook: Workbook, names: PlannedName[]): void {
  const model = names.map((n) => (n.sheet === undefined ? { name: n.name, ranges: [n.refersTo] } : { name: n.name, ranges: [n.refersTo], localSheetId: n.sheet }));
  Object.defineProperty(workbook.definedNames, 'model', { get: () => model, configurable: true });
}

type ExcelModule = typeof import('exceljs');

/** Writes the plan as an .xlsx file with exceljs (loaded only when a file is written). */
export async function writeXlsx(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  const ExcelJS = loaded.default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  workbook.creator = 'Funnelbook';
  workbook.created = now;
  workbook.modified = now;
  if (options.title) workbook.title = options.title;
  // Recalculate on opening: TODAY() moves, and a file without cached results needs it.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const cachedResults = options.cachedResults ?? true;
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [sheet.freeze ? { state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows } : { state: 'normal' }],
      // Printed landscape at full size (24 columns squeezed onto one page cannot be read), with the
      // header row and the names column repeated on every page.
      pageSetup: {
        orientation: 'landscape',
        ...(sheet.freeze ? { printTitlesRow: `1:${sheet.freeze.rows}`, printTitlesColumn: `A:${String.fromCharCode(64 + sheet.freeze.cols)}` } : {}),
      },
    });
    sheet.widths.forEach((width, col) => (worksheet.getColumn(col + 1).width = width));
    for (const planned of sheet.cells) {
      if (planned.formula === undefined && (planned.value === null || planned.value === '')) continue;
      writeCell(worksheet.getCell(planned.row + 1, planned.col + 1), planned, cachedResults);
    }
  }
  setDefinedNames(workbook, plan.names);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
