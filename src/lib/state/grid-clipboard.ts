import {
  copyCell,
  neutralise,
  parseTsv,
  planPaste,
  readHtmlTable,
  serializeHtmlTable,
  serializeTsv,
  toCsv,
  type CopyCell,
  type PastedCell,
  type PastedTableLike,
  type PasteTarget,
} from '../clipboard';
import { LAST_STAGE_UNUSED, STAGE_COLUMNS, isInputKey, isTextKey, kindOfKey, parseCellKey, stageKey, type CellKey, type WorkbookDoc } from '../document';
import type { GridCursor } from './grid-cursor.svelte';
import { keysOf } from './grid-range';
import type { WorkbookSession } from './workbook-session.svelte';

// The grid's copy, paste, clear and CSV export: the pure parts live in src/lib/clipboard; this
// glues them to the values on screen, the selected range and one step of undo.

/** Columns about the next stage mean nothing on the last one: it shows a dash and takes nothing. */
function isUnused(doc: WorkbookDoc, key: CellKey): boolean {
  const parsed = parseCellKey(key);
  return parsed?.scope === 'stage' && LAST_STAGE_UNUSED.has(parsed.column) && doc.stages.at(-1)?.id === parsed.stageId;
}

function cellToCopy(session: WorkbookSession, key: CellKey): CopyCell {
  return isUnused(session.doc, key) ? { text: '' } : copyCell(session.cells.slot(key).value, kindOfKey(key));
}

/** The selected range as TSV (text/plain) and an HTML table (text/html), or null with nothing selected. */
export function copySelection(session: WorkbookSession, cursor: GridCursor): { text: string; html: string } | null {
  const rect = cursor.rect;
  if (!rect) return null;
  const cells = keysOf(rect).map((row) => row.map((key) => cellToCopy(session, key)));
  // Plain text has no "this is text" mark, so a name that looks like a formula gets Excel's quote.
  const text = serializeTsv(cells.map((row) => row.map((cell) => (cell.isText ? neutralise(cell.text) : cell.text))));
  return { text, html: serializeHtmlTable(cells) };
}

/**
 * What the clipboard holds, as cells: an HTML table when there is one (it carries exact numbers),
 * otherwise the tab-separated text. `parseHtml` turns HTML into a detached table (DOMParser in the
 * page); nothing of it is ever put into the page.
 */
export function pastedCells(data: { html?: string; text?: string }, parseHtml: (html: string) => PastedTableLike | null): PastedCell[][] {
  if (data.html) {
    const table = parseHtml(data.html);
    const cells = table ? readHtmlTable(table) : [];
    if (cells.length > 0) return cells;
  }
  return parseTsv(data.text ?? '').map((row) => row.map((text) => ({ text })));
}

function targetOf(session: WorkbookSession, cursor: GridCursor): { target: PasteTarget; rect: NonNullable<GridCursor['rect']> } | null {
  const rect = cursor.rect;
  if (!rect) return null;
  const doc = session.doc;
  const target: PasteTarget = {
    rows: rect.table.rows.length,
    columns: rect.table.columns.length,
    keyAt: rect.table.keyAt,
    accessOf: (key) => (isUnused(doc, key) ? 'locked' : isInputKey(key) ? 'input' : 'formula'),
    isText: isTextKey,
  };
  return { target, rect };
}

/**
 * Writes pasted cells from the selection's top-left corner, as ONE step of undo, then selects what
 * was written. What could not be written is put on `cursor.pasteReport` for one message.
 */
export function pasteIntoSelection(session: WorkbookSession, cursor: GridCursor, source: PastedCell[][]): void {
  const found = targetOf(session, cursor);
  if (!found || source.length === 0) return;
  const { target, rect } = found;
  const plan = planPaste(source, target, rect);
  const { applied, rejected } = session.enterMany(plan.entries);
  const { area } = plan;
  cursor.selectRect(target.keyAt(area.top, area.left), target.keyAt(area.bottom, area.right));
  if (plan.outside > 0 || plan.readOnly.length > 0 || rejected.length > 0) {
    cursor.pasteReport = {
      pasted: applied.length,
      outside: plan.outside,
      readOnly: plan.readOnly,
      rejected: rejected.map(({ key, verdict }) => ({ key, message: verdict.message, params: verdict.params })),
    };
  }
}

/** Delete on a range: every input is emptied and every overwritten formula goes back to its default, in one step of undo. */
export function clearSelection(session: WorkbookSession, cursor: GridCursor): void {
  const rect = cursor.rect;
  if (!rect) return;
  // A stage keeps its name: a stage without one cannot be.
  const keys = keysOf(rect).flat().filter((key) => !isUnused(session.doc, key) && !(isTextKey(key) && key.startsWith('s.') && key.endsWith('.name')));
  session.enterMany(keys.map((key) => ({ key, text: '' })));
}

/**
 * The whole Funnel sheet as CSV: a header of column names, then every stage with every column (not
 * only the view on show: a file is for reading elsewhere, and its columns follow the sheet's A, B,
 * C… that formulas refer to). Cells are written as they are copied: plain numbers, rates as `25%`,
 * dates ISO; text that a spreadsheet would run as a formula is neutralised.
 */
export function funnelCsv(session: WorkbookSession, columnLabel: (id: string) => string): string {
  const header = STAGE_COLUMNS.map((column) => ({ text: columnLabel(column.id), isText: true }));
  const rows = session.shape.stages.map((stage) => STAGE_COLUMNS.map((column) => cellToCopy(session, stageKey(stage.id, column.id))));
  return toCsv([header, ...rows]);
}
