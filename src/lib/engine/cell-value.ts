import { DetailedCellError, type CellValue as HfCellValue } from 'hyperformula';

/** The spreadsheet errors a user can meet, each with a plain explanation in the i18n layer. */
export type ErrorCode = 'DIV_BY_ZERO' | 'CYCLE' | 'NAME' | 'REF' | 'VALUE' | 'NUM' | 'NA' | 'SPILL' | 'LIC' | 'ERROR';

export type CellValue =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; code: ErrorCode; display: string; detail: string };

export const EMPTY: CellValue = { type: 'empty' };

const knownCodes = new Set<string>(['DIV_BY_ZERO', 'CYCLE', 'NAME', 'REF', 'VALUE', 'NUM', 'NA', 'SPILL', 'LIC', 'ERROR']);

export function fromEngine(value: HfCellValue): CellValue {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return { type: 'text', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof DetailedCellError) {
    const code = (knownCodes.has(value.type) ? value.type : 'ERROR') as ErrorCode;
    return { type: 'error', code, display: value.value, detail: value.message ?? '' };
  }
  return EMPTY;
}
