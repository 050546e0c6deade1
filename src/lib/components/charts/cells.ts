import type { CellKey } from '$lib/document';
import type { WorkbookSession } from '$lib/state';

/** A cell's value when it is a finite number, else null (empty, text, an error, NaN). */
export function numberIn(session: Pick<WorkbookSession, 'cells'>, key: CellKey): number | null {
  const value = session.cells.slot(key).value;
  return value.type === 'number' && Number.isFinite(value.value) ? value.value : null;
}
