import { clearSelection, copySelection, pastedCells, pasteIntoSelection, type GridCursor, type WorkbookSession } from '$lib/state';
import { withoutScriptsAndStyles, type PastedTableLike } from '$lib/clipboard';

/**
 * The page's copy, cut and paste events for the grid. They act only while a grid cell has focus
 * and no editor is open, so the formula bar, the cell editor and every other field keep the
 * browser's own clipboard.
 */
export function gridClipboard(session: WorkbookSession, cursor: GridCursor) {
  const ours = () => {
    if (cursor.editing || !cursor.selected) return false;
    const focused = document.activeElement as HTMLElement | null;
    return focused?.matches?.('td[data-key]') === true;
  };

  const copy = (event: ClipboardEvent): boolean => {
    if (!ours() || !event.clipboardData) return false;
    const copied = copySelection(session, cursor);
    if (!copied) return false;
    event.clipboardData.setData('text/plain', copied.text);
    event.clipboardData.setData('text/html', copied.html);
    event.preventDefault();
    return true;
  };

  // Pasted HTML is parsed into a detached document (scripts never run there) and only read.
  const parseHtml = (html: string): PastedTableLike | null =>
    new DOMParser().parseFromString(withoutScriptsAndStyles(html), 'text/html').querySelector('table');

  return {
    copy,
    cut(event: ClipboardEvent) {
      if (copy(event)) clearSelection(session, cursor);
    },
    paste(event: ClipboardEvent) {
      if (!ours() || !event.clipboardData) return;
      const source = pastedCells({ html: event.clipboardData.getData('text/html'), text: event.clipboardData.getData('text/plain') }, parseHtml);
      event.preventDefault();
      pasteIntoSelection(session, cursor, source);
    },
    clear() {
      clearSelection(session, cursor);
    },
  };
}
