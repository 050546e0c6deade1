import type { CellKind } from '../document';
import type { CellValue } from '../engine';
import { formatNumberForEdit } from '../i18n';

/** One copied cell: the plain text both apps parse, and for numbers the exact value and its look. */
export interface CopyCell {
  text: string;
  /** The exact number, for Excel's `x:num`; absent for text, empty, errors and flags shown as text. */
  number?: number;
  /** Excel's number format (`mso-number-format`), so a pasted rate still reads as a percentage. */
  format?: string;
  /** Text cells are marked as text in the HTML so Excel never evaluates a name that starts with `=`. */
  isText?: boolean;
}

/**
 * What a cell puts on the clipboard. Numbers are written plainly (no thousands separators, no 万)
 * so Excel and Sheets read them as numbers in any locale that uses a decimal point. Rates are
 * written as percentages (`25%`): both apps read `25%` as the number 0.25 formatted as a
 * percentage, which is what the cell meant, where a bare `0.25` would lose the percent look
 * and `25` would be a wrong value. Gaps in points are percentages too (-7.5 points -> `-7.5%`,
 * the value -0.075). Dates are ISO (`2026-12-31`), which both apps read as a date.
 */
export function copyCell(value: CellValue, kind: CellKind): CopyCell {
  switch (value.type) {
    case 'empty':
      return { text: '' };
    case 'text':
      return { text: value.value, isText: true };
    case 'boolean':
      return { text: value.value ? 'TRUE' : 'FALSE' };
    case 'error':
      return { text: value.display };
    case 'number': {
      const number = value.value;
      if (!Number.isFinite(number)) return { text: '' };
      if (kind === 'percent' || kind === 'rate-delta') return { text: formatNumberForEdit(number, 'percent'), number, format: '0.00%' };
      if (kind === 'date') {
        const text = formatNumberForEdit(number, 'date');
        return text ? { text, number, format: 'yyyy\\-mm\\-dd' } : { text: String(number), number };
      }
      return { text: formatNumberForEdit(number, 'decimal'), number };
    }
  }
}
