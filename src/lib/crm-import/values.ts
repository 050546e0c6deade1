// The parsers themselves, not the i18n index, which carries the runes-based locale state.
import { parseDateInput, ymdFromSerial } from '../i18n/parse-date';
import { parseNumberInput } from '../i18n/parse-number';

// Amounts and dates as CRMs write them, through the same parsers as typed cells, plus the few
// decorations exports add: a currency code (`USD 1,200`, `500000 CNY`) and a time of day.

/** An amount (`1,200,000`, `50万`, `¥50万元`, `USD 1,200.50`), or null when there is none to read. */
export function parseAmount(text: string): number | null {
  const bare = text.trim().replace(/^[A-Z]{3}\s+/, '').replace(/\s+[A-Z]{3}$/, '');
  const parsed = parseNumberInput(bare);
  return parsed.ok ? parsed.value : null;
}

const TIME_OF_DAY = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const SERIAL_WITH_TIME = /^\d{1,7}\.\d+$/;

/**
 * A date as its serial day number: year-first dates (`2026-01-15`, `2026/1/15`, `2026年1月15日`),
 * with or without a time of day, and Excel serials (`46037`, `46037.5`). Day-first and month-first
 * dates are refused, as in cells: `03/04/2026` is a different day in different countries.
 */
export function parseDate(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (SERIAL_WITH_TIME.test(trimmed)) return parseDate(trimmed.split('.')[0]);
  const direct = parseDateInput(trimmed);
  if (direct.ok) return direct.value;
  const withoutTime = trimmed.replace(TIME_OF_DAY, '');
  if (withoutTime === trimmed) return null;
  const dated = parseDateInput(withoutTime);
  return dated.ok ? dated.value : null;
}

/** `YYYY-MM` of a serial day, the key of the per-month breakdown. */
export function monthOf(serial: number): string | null {
  const ymd = ymdFromSerial(serial);
  return ymd ? `${ymd.year}-${String(ymd.month).padStart(2, '0')}` : null;
}
