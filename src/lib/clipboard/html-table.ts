import type { CopyCell } from './copy-cell';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function td(cell: CopyCell): string {
  const attributes: string[] = [];
  // Excel reads the exact value from x:num and the look from mso-number-format; Sheets reads the text.
  if (cell.number !== undefined) attributes.push(`x:num="${cell.number}"`);
  // '\@' is Excel's Text format: a name such as "=HYPERLINK(…)" stays text, never a formula.
  const format = cell.isText ? '\\@' : cell.format;
  if (format) attributes.push(`style="mso-number-format:'${escapeHtml(format)}'"`);
  const text = escapeHtml(cell.text).replace(/\r?\n/g, "<br style='mso-data-placement:same-cell'>");
  return `<td${attributes.length ? ` ${attributes.join(' ')}` : ''}>${text}</td>`;
}

/** A range as an HTML table that Excel and Google Sheets paste cell by cell. */
export function serializeHtmlTable(rows: readonly (readonly CopyCell[])[]): string {
  const body = rows.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('');
  return (
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>' +
    `<table>${body}</table></body></html>`
  );
}

// What reading needs of a parsed table: an HTMLTableElement from DOMParser has all of it, and a
// unit test can hand in plain objects. The HTML is parsed into a detached document and only read.
export interface PastedCellLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  colSpan?: number;
  rowSpan?: number;
}
export interface PastedTableLike {
  rows: ArrayLike<{ cells: ArrayLike<PastedCellLike> }>;
}

/** Attributes reading never needs and the page's CSP would report even in a detached document. */
const UNREAD_ATTRIBUTE = /\s(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Pasted HTML without what reading never needs: <script> and <style> elements (their text would
 * otherwise count as cell text) and, inside tags, style and on… attributes. The rest is parsed into
 * a detached document and only read; this also keeps the page's CSP from reporting what the other
 * app put on the clipboard.
 */
export function withoutScriptsAndStyles(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(script|style)\b[^>]*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(UNREAD_ATTRIBUTE, ''));
}

/** A cell as another spreadsheet put it on the clipboard. */
export interface PastedCell {
  /** The text it showed. */
  text: string;
  /** Its exact number when the app said so (Excel's x:num, Sheets' data-sheets-value). */
  number?: number;
  /** Its formula when the app said so (Excel's x:fmla). */
  formula?: string;
}

const MAX_SPAN = 1000;
const span = (value: number | undefined) => (value && value > 1 ? Math.min(value, MAX_SPAN) : 1);

/** HTML collapses runs of white space, and Excel wraps long lines inside a cell's text. */
const cleanText = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

function numberOf(cell: PastedCellLike): number | undefined {
  const excel = cell.getAttribute('x:num');
  if (excel) {
    const value = Number(excel);
    if (Number.isFinite(value)) return value;
  }
  const sheets = cell.getAttribute('data-sheets-value');
  if (sheets) {
    try {
      // Google Sheets: {"1":3,"3":0.25} is the number 0.25 (type 3 = number).
      const parsed = JSON.parse(sheets) as Record<string, unknown>;
      if (parsed['1'] === 3 && typeof parsed['3'] === 'number' && Number.isFinite(parsed['3'])) return parsed['3'];
    } catch {
      // Not the shape we know: the shown text is used instead.
    }
  }
  return undefined;
}

function readCell(cell: PastedCellLike): PastedCell {
  const result: PastedCell = { text: cleanText(cell.textContent) };
  const number = numberOf(cell);
  if (number !== undefined) result.number = number;
  const formula = cell.getAttribute('x:fmla');
  if (formula?.startsWith('=')) result.formula = formula;
  return result;
}

/**
 * The cells of a pasted table, row by row; a cell spanning several columns or rows fills the
 * first and leaves the others empty, as it would land in a grid.
 */
export function readHtmlTable(table: PastedTableLike): PastedCell[][] {
  const grid: PastedCell[][] = [];
  const empty = (): PastedCell => ({ text: '' });
  for (let r = 0; r < table.rows.length; r++) {
    grid[r] ??= [];
    const row = grid[r];
    let c = 0;
    const cells = table.rows[r].cells;
    for (let i = 0; i < cells.length; i++) {
      while (row[c]) c++;
      const cell = cells[i];
      const [width, height] = [span(cell.colSpan), span(cell.rowSpan)];
      for (let dr = 0; dr < height; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < width; dc++) target[c + dc] = dr === 0 && dc === 0 ? readCell(cell) : empty();
      }
      c += width;
    }
  }
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? empty()));
}
