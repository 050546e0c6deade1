/** A file as rows of text: what CSV and XLSX both become before anything is interpreted. */
export interface RawTable {
  headers: string[];
  /** Data rows, each as long as `headers` (shorter rows are padded with ''). */
  rows: string[][];
  /** Rows left out because the file had more than the import reads. */
  truncated: number;
}

/** Beyond this a file is not an opportunity export a person maps by hand; the rest is reported. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
/** A cell longer than this is cut: no CRM field needs more, and the preview must stay readable. */
export const MAX_CELL = 1_000;

const clean = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim().slice(0, MAX_CELL);

/**
 * The first row with any text is the header row; blank rows are dropped; every row is cut or padded
 * to the header's width. Header names are trimmed and empty ones stay empty (the mapping skips them).
 */
export function toTable(grid: readonly (readonly unknown[])[]): RawTable {
  const rows = grid.map((row) => row.slice(0, MAX_COLUMNS).map((cell) => clean(cell == null ? '' : String(cell))));
  const nonEmpty = rows.filter((row) => row.some((cell) => cell !== ''));
  const [header = [], ...data] = nonEmpty;
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const body = data.slice(0, MAX_ROWS).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  return { headers: header.slice(0, width), rows: body, truncated: Math.max(0, data.length - MAX_ROWS) };
}
