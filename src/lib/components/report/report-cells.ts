// Read-only cell text for the printed report: the same words and numbers the grid shows.
import type { CellKey, CellKind } from '$lib/document';
import { i18n } from '$lib/i18n';
import type { WorkbookSession } from '$lib/state';
import { displayValue } from '../cell-display';

/** What the grid would show in this cell, in the current language. */
export function cellText(session: WorkbookSession, key: CellKey, kind: CellKind): string {
  const value = session.cells.slot(key).value;
  if (value.type === 'boolean') return i18n.t(value.value ? 'flag.yes' : 'flag.no');
  return displayValue(value, kind, i18n.number);
}
