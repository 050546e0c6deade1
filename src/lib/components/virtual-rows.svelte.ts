import { untrack } from 'svelte';

/**
 * Rows of a long table rendered only while in view of its scroller (plus some overscan), so an edit
 * that changes values in every row lays out and repaints only what can be seen. Short tables
 * (under `from` rows) render every row. Rows are taken to be `rowPx` high; the table's CSS holds
 * them to it and spacer rows stand in for the rest.
 */
export class VirtualRows<T> {
  scrollTop = $state(0);
  viewport = $state(600);
  readonly rowPx: number;
  readonly virtual: boolean;
  readonly start: number;
  readonly end: number;
  readonly visible: readonly T[];
  /** Heights of the spacer rows above and below the rendered ones (0: no spacer). */
  readonly above: number;
  readonly below: number;
  readonly #rows: () => readonly T[];

  constructor(rows: () => readonly T[], { from = 80, rowPx = 33, overscan = 12 } = {}) {
    this.#rows = rows;
    this.rowPx = rowPx;
    this.virtual = $derived(rows().length >= from);
    this.start = $derived(this.virtual ? Math.max(0, Math.floor(this.scrollTop / rowPx) - overscan) : 0);
    this.end = $derived(this.virtual ? Math.min(rows().length, Math.ceil((this.scrollTop + this.viewport) / rowPx) + overscan) : rows().length);
    this.visible = $derived(this.virtual ? rows().slice(this.start, this.end) : rows());
    this.above = $derived(this.start * rowPx);
    this.below = $derived((rows().length - this.end) * rowPx);
  }

  /** Index of the row with this id among all rows (-1: none), e.g. the row of the selected cell. */
  indexOf(this: VirtualRows<{ id: string }>, id: string | null): number {
    return id === null ? -1 : this.#rows().findIndex((row) => row.id === id);
  }

  /** Scrolls `scroller` so the row at `index` is in view (keyboard navigation to a row out of view). */
  reveal(scroller: HTMLElement, index: number): void {
    if (!this.virtual || index < 0) return;
    const top = index * this.rowPx;
    // Where the scroll events say the table is: reading scroller.scrollTop right after an edit has
    // changed the page would force a layout before the frame (2 ms at 700 rows). Untracked, so a
    // scroll by the user does not bring the selected row back.
    const scrolled = untrack(() => this.scrollTop);
    if (top < scrolled || top + this.rowPx * 2 > scrolled + this.viewport) {
      // No further than the browser can scroll (give or take the header), or no scroll event would
      // come to correct `scrollTop` and rows in view could be left unrendered.
      const next = Math.max(0, Math.min(top - this.viewport / 2, (this.#rows().length + 2) * this.rowPx - this.viewport));
      scroller.scrollTop = next;
      this.scrollTop = next;
    }
  }
}
