import type { CellKey } from '../document';
import type { CellValue } from '../engine';
import { afterNextFrame } from './after-next-frame';

const EMPTY: CellValue = { type: 'empty' };

/** What a view reads of one cell. */
export interface CellReader {
  readonly value: CellValue;
  readonly selected: boolean;
}

/** Where views read cells: the store itself, or a view that holds back while off screen. */
export interface CellSource {
  slot(key: CellKey): CellReader;
}

/** One cell's value as the screen sees it; only the cells the engine reports as changed are touched. */
export class CellSlot implements CellReader {
  value = $state.raw<CellValue>(EMPTY);
  /** Only the old and the new selected cell react to a selection change, not every cell. */
  selected = $state(false);
}

/** A cell's value as it was when the last painted frame was drawn (see `CellStore.later`). */
class LaterSlot {
  value = $state.raw<CellValue>(EMPTY);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a.type !== b.type) return false;
  if (a.type === 'empty') return true;
  if (a.type === 'error') return b.type === 'error' && a.code === b.code && a.display === b.display && a.detail === b.detail;
  return Object.is(a.value, (b as typeof a).value);
}

export class CellStore implements CellSource {
  #slots = new Map<CellKey, CellSlot>();
  /** Only the cells some held view has read are mirrored. */
  #later = new Map<CellKey, LaterSlot>();
  #pending = new Set<CellKey>();
  #scheduled = false;

  slot(key: CellKey): CellSlot {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new CellSlot();
      this.#slots.set(key, slot);
    }
    return slot;
  }

  /**
   * The cell as of the frame before the last edit, caught up in a task after the next painted
   * frame: sections off screen read this, so an edit paints what is seen first and updates them
   * a frame later instead of in the same frame.
   */
  later(key: CellKey): { readonly value: CellValue } {
    let slot = this.#later.get(key);
    if (!slot) {
      slot = new LaterSlot();
      slot.value = this.slot(key).value;
      this.#later.set(key, slot);
    }
    return slot;
  }

  apply(changes: ReadonlyMap<CellKey, CellValue>): void {
    for (const [key, value] of changes) {
      const slot = this.slot(key);
      // The engine's values replacing saved ones are mostly the same: those repaint nothing.
      if (sameValue(slot.value, value)) continue;
      slot.value = value;
      if (this.#later.has(key)) this.#pending.add(key);
    }
    if (this.#pending.size > 0 && !this.#scheduled) {
      this.#scheduled = true;
      afterNextFrame(() => this.catchUp());
      // A page that draws no frames for a while (a tab in the background) still catches up.
      setTimeout(() => this.#scheduled && this.catchUp(), 250);
    }
  }

  /** Brings every mirrored cell up to date now (also what the scheduled task does). */
  catchUp(): void {
    this.#scheduled = false;
    for (const key of this.#pending) {
      const later = this.#later.get(key);
      if (later) later.value = this.slot(key).value;
    }
    this.#pending.clear();
  }
}
