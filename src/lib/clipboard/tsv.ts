/**
 * Tab-separated text as Excel and Google Sheets put it on the clipboard and read it back: a cell
 * holding a tab, a line break or a double quote is wrapped in double quotes, with inner quotes
 * doubled; rows end with CRLF.
 */

const NEEDS_QUOTES = /[\t\r\n"]/;

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as TSV; every row ends with CRLF, as Excel writes it. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quote).join('\t')}\r\n`).join('');
}

/**
 * Reads TSV into rows of cells (ragged rows are padded with empty cells). A field that starts with
 * a quote is a quoted field only when its closing quote is followed by a tab, a line break or the
 * end; otherwise it is taken literally, as Excel does with `"5" inch`. The line break that ends the
 * last row is not an extra empty row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (at <= text.length) {
    let cell: string;
    const quoted = text[at] === '"' ? readQuoted(text, at) : null;
    if (quoted) {
      cell = quoted.cell;
      at = quoted.end;
    } else {
      let end = at;
      while (end < text.length && text[end] !== '\t' && text[end] !== '\r' && text[end] !== '\n') end++;
      cell = text.slice(at, end);
      at = end;
    }
    row.push(cell);
    if (at >= text.length) {
      endRow();
      break;
    }
    const separator = text[at];
    if (separator === '\t') at++;
    else {
      at += separator === '\r' && text[at + 1] === '\n' ? 2 : 1;
      endRow();
      if (at === text.length) break;
    }
  }
  // A lone empty row is what an empty clipboard reads as.
  if (rows.length === 1 && rows[0].length === 1 && rows[0][0] === '') return [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

/** A quoted field starting at `start`, or null when its closing quote is not where a field ends. */
function readQuoted(text: string, start: number): { cell: string; end: number } | null {
  let cell = '';
  let at = start + 1;
  while (at < text.length) {
    const ch = text[at];
    if (ch !== '"') {
      cell += ch;
      at++;
    } else if (text[at + 1] === '"') {
      cell += '"';
      at += 2;
    } else {
      const next = text[at + 1];
      return next === undefined || next === '\t' || next === '\r' || next === '\n' ? { cell, end: at + 1 } : null;
    }
  }
  return null;
}
