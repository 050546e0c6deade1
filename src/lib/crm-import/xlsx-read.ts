import { MAX_COLUMNS, MAX_ROWS, toTable, type RawTable } from './table';
import { checkZipSize, XLSX_UNPACKED_LIMIT, type ZipSizeResult } from './zip-size';

export type XlsxFailure = Exclude<ZipSizeResult, { ok: true }>['reason'] | 'unreadable' | 'no-sheet';
export type XlsxOutcome = { ok: true; table: RawTable } | { ok: false; reason: XlsxFailure };

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * One cell as text. exceljs hands dates over as Date objects (in UTC), formulas as their cached
 * result, rich text as runs; all become the plain text a CSV of the same sheet would hold. A date is
 * written as its serial day number with the time dropped, which the date reader takes as it is.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) ? String(Math.floor((time - EXCEL_EPOCH) / MS_PER_DAY)) : '';
  }
  if (typeof value === 'object') {
    const v = value as { richText?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return '';
}

/**
 * Reads the first worksheet of an XLSX file as rows of text. The declared unpacked size is checked
 * first (zip-size.ts); exceljs is loaded only here, on first use, so it never weighs on a page.
 */
export async function readXlsx(bytes: Uint8Array, limit = XLSX_UNPACKED_LIMIT): Promise<XlsxOutcome> {
  const size = checkZipSize(bytes, limit);
  if (!size.ok) return { ok: false, reason: size.reason };
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy into a plain ArrayBuffer: exceljs's types want one, and the view may be a window on a bigger buffer.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: 'no-sheet' };
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  const height = Math.min(sheet.rowCount, MAX_ROWS + 1);
  const grid: string[][] = [];
  for (let r = 1; r <= height; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    grid.push(cells);
  }
  const table = toTable(grid);
  return { ok: true, table: { ...table, truncated: table.truncated + Math.max(0, sheet.rowCount - height) } };
}
