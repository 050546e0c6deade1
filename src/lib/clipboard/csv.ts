/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese names as mojibake),
 * CRLF rows, fields quoted when they hold a comma, a quote or a line break.
 */

/** What a spreadsheet would take as a formula (or DDE) at the start of a text cell. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * A text cell that Excel or Sheets would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`)
 * gets a leading single quote, so the other app shows it as the text it was. Numbers are never
 * passed through here: -5 stays a number.
 */
export function neutralise(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** One CSV field: text cells are neutralised, numbers (already plain text) are not. */
export interface CsvField {
  text: string;
  isText?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;

function field({ text, isText }: CsvField): string {
  const safe = isText ? neutralise(text) : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const UTF8_BOM = '\uFEFF';

/** The whole file's text, BOM first. */
export function toCsv(rows: readonly (readonly CsvField[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
