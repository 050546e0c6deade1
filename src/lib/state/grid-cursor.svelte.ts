import type { CellKey } from '../document';
import type { MessageKey, Params } from '../i18n';
import { GRID_VIEWS, type GridViewId } from './grid-views';
import { neighbour, type Direction } from './navigation';
import type { WorkbookSession } from './workbook-session.svelte';

export type EditSurface = 'cell' | 'bar';

/** Which cell is selected, whether it is being edited, the text being typed and what is wrong with it. */
export class GridCursor {
  #selected = $state<CellKey | null>(null);
  editing = $state(false);
  surface = $state<EditSurface>('cell');
  draft = $state('');
  problem = $state<{ message: MessageKey; params?: Params } | null>(null);
  /** The funnel view on show; arrow keys move through its columns only. */
  view = $state<GridViewId>('plan');
  #session: WorkbookSession;

  constructor(session: WorkbookSession) {
    this.#session = session;
  }

  get selected(): CellKey | null {
    return this.#selected;
  }

  set selected(key: CellKey | null) {
    if (key === this.#selected) return;
    if (this.#selected) this.#session.cells.slot(this.#selected).selected = false;
    if (key) this.#session.cells.slot(key).selected = true;
    this.#selected = key;
  }

  select(key: CellKey): void {
    if (this.editing && key !== this.selected) this.cancel();
    this.selected = key;
    this.problem = null;
  }

  /** Starts editing the selected cell; `initial` replaces the content (a typed first character). */
  startEdit(initial?: string, surface: EditSurface = 'cell'): void {
    if (!this.selected) return;
    this.draft = initial ?? this.#session.contentOf(this.selected);
    this.surface = surface;
    this.problem = null;
    this.editing = true;
  }

  cancel(): void {
    this.editing = false;
    this.problem = null;
  }

  /** Commits the draft; on bad input the editor stays open with the reason and nothing changes. */
  commit(then?: Direction): boolean {
    if (!this.selected || !this.editing) return false;
    const verdict = this.#session.enter(this.selected, this.draft);
    if (!verdict.ok) {
      this.problem = { message: verdict.message, params: verdict.params };
      return false;
    }
    this.editing = false;
    this.problem = null;
    if (then) this.move(then);
    return true;
  }

  move(direction: Direction): void {
    if (!this.selected) return;
    this.selected = neighbour(this.#session.doc, this.selected, direction, GRID_VIEWS[this.view]);
  }
}
