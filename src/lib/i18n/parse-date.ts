/**
 * Date entry for cells. A date is stored and computed as a spreadsheet serial day number: whole
 * days since 1899-12-30, as HyperFormula counts by default (2026-12-31 is 46387). Excel agrees from
 * 1900-03-01 on; before that it counts a 1900-02-29 that never was.
 *
 * Only year-first forms are accepted (`2026-12-31`, `2026/12/31`, `2026.12.31`, `2026年12月31日`):
 * `03/04/2026` means a different day in Shanghai, London and New York, so it is refused rather
 * than guessed. A plain serial number (`46387`) is taken as it is.
 */

export type DateParseResult = { ok: true; value: number } | { ok: false };

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 9999;
/** Serials of 1900-01-01 and 9999-12-31. */
export const DATE_SERIAL_MIN = 2;
export const DATE_SERIAL_MAX = 2_958_465;

const NOT_A_DATE: DateParseResult = { ok: false };

// A Chinese IME emits full-width forms; map them to ASCII before matching.
const FULL_WIDTH: Record<string, string> = { '／': '/', '－': '-', '．': '.' };

function normaliseFullWidth(text: string): string {
  return text.replace(/[０-９／－．]/g, (ch) =>
    ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : FULL_WIDTH[ch],
  );
}

// The same separator twice, so `2026-12/31` is a typo rather than a date.
const SEPARATED = /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/;
const CHINESE = /^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]?$/;
const SERIAL = /^\d{1,7}$/;

/** The serial of a calendar day, or null when there is no such day (2026-02-30) or it is out of range. */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX || month < 1 || month > 12 || day < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 02-30 over into March; a day that does not come back out unchanged does not exist.
  if (new Date(time).getUTCDate() !== day) return null;
  return (time - EPOCH) / MS_PER_DAY;
}

/**
 * The calendar day of a serial. A fraction is a time of day and is dropped; the serial is first
 * rounded to the millisecond, as Excel does, so a computed 46386.99999999999 is still 2026-12-31.
 * Null outside 1900-01-01..9999-12-31.
 */
export function ymdFromSerial(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(Math.round(serial * MS_PER_DAY) / MS_PER_DAY);
  if (days < DATE_SERIAL_MIN || days > DATE_SERIAL_MAX) return null;
  const date = new Date(EPOCH + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses a typed date into its serial day number. */
export function parseDateInput(text: string): DateParseResult {
  const input = normaliseFullWidth(text).trim();
  if (SERIAL.test(input)) {
    const serial = Number(input);
    return serial >= DATE_SERIAL_MIN && serial <= DATE_SERIAL_MAX ? { ok: true, value: serial } : NOT_A_DATE;
  }
  const groups = (SEPARATED.exec(input) ?? CHINESE.exec(input))?.groups;
  if (!groups) return NOT_A_DATE;
  const serial = serialFromYmd(Number(groups.y), Number(groups.m), Number(groups.d));
  return serial === null ? NOT_A_DATE : { ok: true, value: serial };
}
