import { DetailedCellError, type CellValue as HfCellValue } from 'hyperformula';

/** The spreadsheet errors a user can meet, each with a plain explanation in the i18n layer. */
export const ERROR_CODES = ['DIV_BY_ZERO', 'CYCLE', 'NAME', 'REF', 'VALUE', 'NUM', 'NA', 'SPILL', 'LIC', 'ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const knownCodes = new Set<string>(ERROR_CODES);

/** HyperFormula's error type as one of ours; 'ERROR' for any type it adds later. */
export const errorCodeOf = (type: string): ErrorCode => (knownCodes.has(type) ? (type as ErrorCode) : 'ERROR');

export type CellValue =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; code: ErrorCode; display: string; detail: string };

export const EMPTY: CellValue = { type: 'empty' };

export function fromEngine(value: HfCellValue): CellValue {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return { type: 'text', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof DetailedCellError) {
    return { type: 'error', code: errorCodeOf(value.type), display: value.value, detail: value.message ?? '' };
  }
  return EMPTY;
}
