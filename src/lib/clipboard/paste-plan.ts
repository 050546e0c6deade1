import type { CellKey } from '../document';
import { formatNumberForEdit, parseNumberInput } from '../i18n';
import type { PastedCell } from './html-table';

/** How a cell takes a paste: an input takes anything; a formula cell only a formula; a locked one nothing. */
export type CellAccess = 'input' | 'formula' | 'locked';

/** The table being pasted into, by row and column index. */
export interface PasteTarget {
  rows: number;
  columns: number;
  keyAt(row: number, column: number): CellKey;
  accessOf(key: CellKey): CellAccess;
  /** Text cells (names) keep the text as shown, never a number read from it. */
  isText(key: CellKey): boolean;
}

/** Rows and columns by index, bounds included. */
export interface PasteArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PastePlan {
  /** What each receiving cell gets, as if typed. */
  entries: { key: CellKey; text: string }[];
  /** Non-empty pasted cells that would fall beyond the last row or column. */
  outside: number;
  /** Cells that hold a computed value (or mean nothing here) and were given something other than a formula. */
  readOnly: CellKey[];
  /** The cells the paste covers inside the table. */
  area: PasteArea;
}

const FORMULA_TRIGGER = /^'[=+\-@\t\r]/;

/**
 * The text a pasted cell stands for, as a user would type it. Where the other app gave the exact
 * number, it wins over the shown text (which may be rounded: 33.33% for 1/3), keeping a percentage
 * a percentage; a shown date stays the date text. A text cell keeps what was shown, minus the
 * single quote a copy puts before text that looks like a formula.
 */
export function typedText(cell: PastedCell, forText: boolean): string {
  if (forText) return FORMULA_TRIGGER.test(cell.text) ? cell.text.slice(1) : cell.text;
  if (cell.formula) return cell.formula;
  if (cell.number === undefined) return cell.text;
  if (cell.text.endsWith('%')) return formatNumberForEdit(cell.number, 'percent');
  if (cell.text === '' || parseNumberInput(cell.text).ok) return formatNumberForEdit(cell.number, 'decimal');
  return cell.text;
}

/**
 * Where a paste lands: from the top-left of the selection, one cell per pasted cell. A single
 * pasted value fills the whole selected range, as in Excel. An empty pasted cell clears an input
 * and leaves a computed cell alone; a formula (`=…`) replaces a computed cell's formula, as typing
 * it would; anything else aimed at a computed or unused cell is reported, not written.
 */
export function planPaste(source: readonly (readonly PastedCell[])[], target: PasteTarget, selection: PasteArea): PastePlan {
  const height = source.length;
  const width = Math.max(0, ...source.map((row) => row.length));
  const fill = height === 1 && width === 1;
  const rows = fill ? selection.bottom - selection.top + 1 : height;
  const columns = fill ? selection.right - selection.left + 1 : width;
  const plan: PastePlan = {
    entries: [],
    outside: 0,
    readOnly: [],
    area: { top: selection.top, left: selection.left, bottom: selection.top, right: selection.left },
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = fill ? source[0][0] : (source[r][c] ?? { text: '' });
      const [row, column] = [selection.top + r, selection.left + c];
      if (row >= target.rows || column >= target.columns) {
        if (cell.text !== '' || cell.formula) plan.outside++;
        continue;
      }
      plan.area.bottom = Math.max(plan.area.bottom, row);
      plan.area.right = Math.max(plan.area.right, column);
      const key = target.keyAt(row, column);
      const text = typedText(cell, target.isText(key));
      const access = target.accessOf(key);
      if (access === 'input' || (access === 'formula' && text.trim().startsWith('='))) plan.entries.push({ key, text });
      else if (text.trim() !== '') plan.readOnly.push(key);
    }
  }
  return plan;
}
