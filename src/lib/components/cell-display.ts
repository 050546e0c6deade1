import type { CellKind } from '../document';
import type { CellValue } from '../engine';

type NumberFormatter = (value: number, kind: Exclude<CellKind, 'text' | 'flag'>) => string;

/** What a cell shows: numbers in the locale's format for the cell's kind, errors as their code. */
export function displayValue(value: CellValue, kind: CellKind, format: NumberFormatter): string {
  switch (value.type) {
    case 'empty':
      return '';
    case 'number':
      return kind === 'text' || kind === 'flag' ? format(value.value, 'decimal') : format(value.value, kind);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'text':
      return value.value;
    case 'error':
      return value.display;
  }
}

/** A rate outside 0..1 is legal in a formula but almost surely a mistake in a funnel. */
export function isOutOfRangeRate(value: CellValue, kind: CellKind): boolean {
  return kind === 'percent' && value.type === 'number' && (value.value < 0 || value.value > 1);
}
