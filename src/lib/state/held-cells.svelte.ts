// A section of the page that is off screen does not need an edit's new values in the frame that
// paints the edit: it reads the cells as of the last painted frame, which catch up in the next
// task (see CellStore.later). The grid and what is on screen stay exact in the same frame.
import type { CellKey } from '../document';
import type { CellValue } from '../engine';
import type { CellReader, CellSource, CellStore } from './cell-store.svelte';

class HeldSlot implements CellReader {
  readonly #view: HeldCells;
  readonly #key: CellKey;

  constructor(view: HeldCells, key: CellKey) {
    this.#view = view;
    this.#key = key;
  }

  get value(): CellValue {
    return this.#view.onScreen ? this.#view.store.slot(this.#key).value : this.#view.store.later(this.#key).value;
  }

  get selected(): boolean {
    return this.#view.store.slot(this.#key).selected;
  }
}

/** The cells as one section reads them: exact while it is on screen, a frame behind while it is not. */
export class HeldCells implements CellSource {
  /** Set from the section's visibility; starts on screen, so nothing is held before it is known. */
  onScreen = $state(true);
  readonly store: CellStore;
  #slots = new Map<CellKey, HeldSlot>();

  constructor(store: CellStore) {
    this.store = store;
  }

  slot(key: CellKey): CellReader {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new HeldSlot(this, key);
      this.#slots.set(key, slot);
    }
    return slot;
  }
}

/** The store behind `cells`, whether it is the store or another section's held view. */
function storeOf(cells: CellSource): CellStore {
  return cells instanceof HeldCells ? cells.store : (cells as CellStore);
}

/**
 * The session as a section sees it: the same object, except that `cells` is `held`. Methods and
 * setters still reach the session itself (its private fields need the real `this`).
 */
export function withHeldCells<S extends { cells: CellSource }>(session: S, held: HeldCells): S {
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(session, {
    get(target, property) {
      if (property === 'cells') return held;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let fn = bound.get(property);
      if (!fn) {
        fn = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(property, fn);
      }
      return fn;
    },
    set(target, property, value) {
      return Reflect.set(target, property, value, target);
    },
  });
}

/** A held view over the same store as `session.cells`. */
export function heldCellsOf(session: { cells: CellSource }): HeldCells {
  return new HeldCells(storeOf(session.cells));
}
