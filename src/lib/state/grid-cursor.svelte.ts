import type { CellKey } from '../document';
import type { MessageKey, Params } from '../i18n';
import { keysOf, rectBetween, type CellRect } from './grid-range';
import { GRID_VIEWS, type GridViewId } from './grid-views';
import { neighbour, type Direction } from './navigation';
import type { WorkbookSession } from './workbook-session.svelte';

export type EditSurface = 'cell' | 'bar';

/** One cell's "in the selected range" mark, so a range change repaints only the cells it touches. */
class RangeFlag {
  on = $state(false);
}

/** What a paste could not place, for the one message that says so. */
export interface PasteReport {
  pasted: number;
  outside: number;
  readOnly: CellKey[];
  rejected: { key: CellKey; message: MessageKey; params?: Params }[];
}

/**
 * Which cell is selected, whether it is being edited, the text being typed and what is wrong with
 * it; and the selected range: from the selected cell (the anchor, which stays put like Excel's
 * active cell) to a far corner moved by Shift+arrows or Shift+click.
 */
export class GridCursor {
  #selected = $state<CellKey | null>(null);
  #focus = $state<CellKey | null>(null);
  #view = $state<GridViewId>('plan');
  #flags = new Map<CellKey, RangeFlag>();
  #marked = new Set<CellKey>();
  editing = $state(false);
  surface = $state<EditSurface>('cell');
  draft = $state('');
  problem = $state<{ message: MessageKey; params?: Params } | null>(null);
  /** What the last paste left out, shown beside the grid until the selection moves. */
  pasteReport = $state<PasteReport | null>(null);
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

  /** The funnel view on show; arrow keys move through its columns only, and a range does not survive a switch. */
  get view(): GridViewId {
    return this.#view;
  }

  set view(id: GridViewId) {
    if (id === this.#view) return;
    this.collapse();
    this.#view = id;
  }

  /** The selected rectangle (one cell when there is no range), or null when nothing is selected. */
  get rect(): CellRect | null {
    void this.#session.shape;
    if (!this.#selected) return null;
    return rectBetween(this.#session.shape, this.#selected, this.#focus ?? this.#selected, GRID_VIEWS[this.#view]);
  }

  /** Whether a range of more than one cell is selected. */
  get hasRange(): boolean {
    return this.#focus !== null;
  }

  /** Whether a cell is inside the selected range. */
  inRange(key: CellKey): boolean {
    return this.#flag(key).on;
  }

  /**
   * A cell's own range mark, for a component to read `.on` from: each cell then reacts only to its
   * own mark. Read it in a different derived from the one that gets the mark: a state created
   * while a derived runs is not a dependency of that derived.
   */
  rangeFlag(key: CellKey): { readonly on: boolean } {
    return this.#flag(key);
  }

  select(key: CellKey): void {
    if (this.editing && key !== this.selected) this.cancel();
    this.collapse();
    this.selected = key;
    this.problem = null;
    this.pasteReport = null;
  }

  /** Shift+click: the range now reaches `key`; a cell in another table starts a new selection there. */
  extendTo(key: CellKey): void {
    if (!this.#selected || this.editing) return this.select(key);
    const rect = rectBetween(this.#session.shape, this.#selected, key, GRID_VIEWS[this.#view]);
    if (!rect) return this.select(key);
    this.#setFocus(key === this.#selected ? null : key);
  }

  /** Shift+arrow: moves the range's far corner one cell. */
  extend(direction: Direction): void {
    if (!this.#selected) return;
    const next = neighbour(this.#session.shape, this.#focus ?? this.#selected, direction, GRID_VIEWS[this.#view]);
    this.#setFocus(next === this.#selected ? null : next);
  }

  /** Selects a rectangle given by two corners (after a paste, the cells it wrote). */
  selectRect(anchor: CellKey, focus: CellKey): void {
    this.select(anchor);
    if (focus !== anchor) this.#setFocus(focus);
  }

  /** Back to the single selected cell. */
  collapse(): void {
    this.#setFocus(null);
  }

  /** Starts editing the selected cell; `initial` replaces the content (a typed first character). */
  startEdit(initial?: string, surface: EditSurface = 'cell'): void {
    if (!this.selected) return;
    this.collapse();
    this.draft = initial ?? this.#session.contentOf(this.selected);
    this.surface = surface;
    this.problem = null;
    this.pasteReport = null;
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
    this.collapse();
    this.selected = neighbour(this.#session.shape, this.selected, direction, GRID_VIEWS[this.view]);
  }

  #flag(key: CellKey): RangeFlag {
    let flag = this.#flags.get(key);
    if (!flag) {
      flag = new RangeFlag();
      this.#flags.set(key, flag);
    }
    return flag;
  }

  /** Marks the cells of the new range and unmarks those that left it, touching no other cell. */
  #setFocus(focus: CellKey | null): void {
    this.#focus = focus;
    const rect = focus && this.#selected ? rectBetween(this.#session.shape, this.#selected, focus, GRID_VIEWS[this.#view]) : null;
    const next = new Set<CellKey>(rect ? keysOf(rect).flat() : []);
    for (const key of this.#marked) if (!next.has(key)) this.#flag(key).on = false;
    for (const key of next) if (!this.#marked.has(key)) this.#flag(key).on = true;
    this.#marked = next;
    if (!rect) this.#focus = null;
  }
}
