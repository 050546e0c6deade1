// Spreadsheet serial day numbers (days since 1899-12-30, as Excel and HyperFormula count them), so the
// domain's dates equal the engine's. All arithmetic is in UTC: a local time zone must never shift a day.
const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01, the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

function toDate(serial: number): Date {
  // Spreadsheets drop the time of day when taking a date's month; so do we.
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

function fromUtc(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** '2026-12-31' -> 46387. Throws on anything that is not a real calendar date in that form. */
export function serialFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = match.slice(1).map(Number);
  const serial = fromUtc(year, month - 1, day);
  if (isoFromSerial(serial) !== iso) throw new RangeError(`No such date: ${iso}`);
  return serial;
}

/** 46387 -> '2026-12-31'. */
export function isoFromSerial(serial: number): string {
  return toDate(serial).toISOString().slice(0, 10);
}

/** Calendar year of a serial date. */
export function yearOf(serial: number): number {
  return toDate(serial).getUTCFullYear();
}

/** Calendar month of a serial date, 1 (January) to 12. */
export function monthOf(serial: number): number {
  return toDate(serial).getUTCMonth() + 1;
}

/** First day of the serial's month. */
export function monthStart(serial: number): number {
  const d = toDate(serial);
  return fromUtc(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Last day of the serial's month: EOMONTH(serial, 0). */
export function monthEnd(serial: number): number {
  const d = toDate(serial);
  return fromUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}

/** First day of the month `k` months after the serial's month (k may be negative). */
export function addMonths(serial: number, k: number): number {
  const d = toDate(serial);
  return fromUtc(d.getUTCFullYear(), d.getUTCMonth() + k, 1);
}
