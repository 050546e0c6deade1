// Compares what LibreOffice computed with what the app computed, cell by cell.
import type { Cell, Workbook } from 'exceljs';
import type { PlannedCell, WorkbookPlan } from '../../../src/lib/xlsx';

export const TOLERANCE = 1e-9;

export interface Mismatch {
  at: string;
  formula?: string;
  app: unknown;
  file: unknown;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** What LibreOffice left in a cell: the formula's result or the plain value, dates back to serials. */
function fileResult(cell: Cell): unknown {
  // `cell.value` of exceljs 4.4 drops a formula's result when it is 0 or FALSE; `cell.result` keeps it.
  let value: unknown = cell.formula ? cell.result : cell.value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (value === undefined || value === null) return '';
  return value;
}

const isError = (v: unknown): v is { error: string } => v !== null && typeof v === 'object' && 'error' in v;

/** Relative difference at most TOLERANCE (or both within 1e-12 of zero). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= 1e-12 || diff / Math.max(Math.abs(a), Math.abs(b)) <= TOLERANCE;
}

function same(app: PlannedCell['value'], file: unknown): boolean {
  if (isError(app)) return isError(file);
  if (app === null || app === '') return file === '';
  if (typeof app === 'number') return typeof file === 'number' && sameNumber(app, file);
  return app === file;
}

export function compareWithFile(plan: WorkbookPlan, workbook: Workbook): { checked: number; formulas: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  let formulas = 0;
  for (const sheet of plan.sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const at = `${sheet.name}!R${cell.row + 1}C${cell.col + 1}`;
      if (!worksheet) {
        mismatches.push({ at, app: cell.value, file: 'no such sheet' });
        continue;
      }
      const file = fileResult(worksheet.getCell(cell.row + 1, cell.col + 1));
      checked++;
      if (cell.formula !== undefined) formulas++;
      if (!same(cell.value, file)) mismatches.push({ at, formula: cell.formula, app: cell.value, file });
    }
  }
  return { checked, formulas, mismatches };
}
