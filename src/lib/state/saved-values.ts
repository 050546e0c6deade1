// The cell values saved beside a workbook (persistence's StoredValues), packed for IndexedDB and
// checked when read back: anything malformed and the workbook opens by computing, as without them.
import type { CellKey } from '../document';
import type { CellValue, ErrorCode } from '../engine';

export type PackedValues = [CellKey, CellValue][];

export const packValues = (values: ReadonlyMap<CellKey, CellValue>): PackedValues => [...values];

// The engine's ERROR_CODES, repeated: importing them would load HyperFormula with the page (a test
// holds the two lists equal).
export const SAVED_ERROR_CODES = new Set<string>(['DIV_BY_ZERO', 'CYCLE', 'NAME', 'REF', 'VALUE', 'NUM', 'NA', 'SPILL', 'LIC', 'ERROR']);

function cellValueOf(raw: unknown): CellValue | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  switch (v.type) {
    case 'empty':
      return { type: 'empty' };
    case 'number':
      return typeof v.value === 'number' ? { type: 'number', value: v.value } : null;
    case 'text':
      return typeof v.value === 'string' ? { type: 'text', value: v.value } : null;
    case 'boolean':
      return typeof v.value === 'boolean' ? { type: 'boolean', value: v.value } : null;
    case 'error':
      return typeof v.code === 'string' && SAVED_ERROR_CODES.has(v.code) && typeof v.display === 'string' && typeof v.detail === 'string'
        ? { type: 'error', code: v.code as ErrorCode, display: v.display, detail: v.detail }
        : null;
    default:
      return null;
  }
}

/** The values as saved, or null when any entry is not a cell key with a cell value. */
export function unpackValues(entries: unknown): Map<CellKey, CellValue> | null {
  if (!Array.isArray(entries)) return null;
  const values = new Map<CellKey, CellValue>();
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return null;
    const value = cellValueOf(entry[1]);
    if (!value) return null;
    values.set(entry[0] as CellKey, value);
  }
  return values;
}
