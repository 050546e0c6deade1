import { DetailedCellError, type HyperFormula } from 'hyperformula';
import type { CellKey } from '../document';
import { errorCodeOf, type ErrorCode } from './cell-value';
import type { Layout } from './layout';

/** A computed value as a file needs it: errors keep the spreadsheet's text (`#DIV/0!`). */
export type SnapshotValue = number | string | boolean | null | { error: string; code: ErrorCode };

export interface SnapshotCell {
  row: number;
  col: number;
  /** The formula as the engine serialises it (`=ROUNDUP(C3/B2,0)`); absent for a plain value. */
  formula?: string;
  value: SnapshotValue;
  /** The Funnelbook cell behind this address, when there is one (headers and labels have none). */
  key?: CellKey;
}

export interface SheetSnapshot {
  name: string;
  /** Rows × columns the sheet uses. */
  height: number;
  width: number;
  /** Every non-empty cell, row by row. */
  cells: SnapshotCell[];
}

export interface NameSnapshot {
  name: string;
  /** What the name stands for, without the leading `=` (e.g. `Assumptions!$B$1`). */
  expression: string;
  value: SnapshotValue;
  /** The sheet the name belongs to; absent for a name of the whole workbook. */
  scope?: string;
}

/** Everything a file export needs from the engine: every sheet, formula, value and defined name. */
export interface EngineSnapshot {
  sheets: SheetSnapshot[];
  names: NameSnapshot[];
}

function snapshotValue(value: unknown): SnapshotValue {
  if (value instanceof DetailedCellError) {
    return { error: value.value, code: errorCodeOf(value.type) };
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/**
 * Reads every sheet and named expression of `hf` generically, so sheets added to the engine later
 * export without changes. Text cells come back as their value (the engine's leading apostrophe is
 * not part of it), so a stage named `=1+1` stays text.
 */
export function takeSnapshot(hf: HyperFormula, layout: Layout): EngineSnapshot {
  const keyAt = new Map<string, CellKey>();
  for (const key of layout.keys()) {
    const position = layout.position(key);
    if (position) keyAt.set(`${position.sheet}!${position.row}!${position.col}`, key);
  }
  const sheets = hf.getSheetNames().map((name): SheetSnapshot => {
    const id = hf.getSheetId(name)!;
    const formulas = hf.getSheetFormulas(id);
    const values = hf.getSheetValues(id);
    const { width, height } = hf.getSheetDimensions(id);
    const cells: SnapshotCell[] = [];
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const formula = formulas[row]?.[col];
        const value = snapshotValue(values[row]?.[col]);
        if (formula === undefined && (value === null || value === '')) continue;
        const cell: SnapshotCell = { row, col, value };
        if (formula !== undefined) cell.formula = formula;
        const key = keyAt.get(`${name}!${row}!${col}`);
        if (key) cell.key = key;
        cells.push(cell);
      }
    }
    return { name, height, width, cells };
  });
  const names = hf.getAllNamedExpressionsSerialized().map((named): NameSnapshot => {
    const text = String(named.expression ?? '');
    const snapshot: NameSnapshot = {
      name: named.name,
      expression: text.startsWith('=') ? text.slice(1) : text,
      value: snapshotValue(hf.getNamedExpressionValue(named.name, named.scope)),
    };
    if (named.scope !== undefined) snapshot.scope = hf.getSheetName(named.scope);
    return snapshot;
  });
  return { sheets, names };
}
