import type { CellKey } from '../document';
import type { CellValue } from '../engine';

const EMPTY: CellValue = { type: 'empty' };

/** One cell's value as the screen sees it; only the cells the engine reports as changed are touched. */
export class CellSlot {
  value = $state.raw<CellValue>(EMPTY);
  /** Only the old and the new selected cell react to a selection change, not every cell. */
  selected = $state(false);
}

export class CellStore {
  #slots = new Map<CellKey, CellSlot>();

  slot(key: CellKey): CellSlot {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new CellSlot();
      this.#slots.set(key, slot);
    }
    return slot;
  }

  apply(changes: Map<CellKey, CellValue>): void {
    for (const [key, value] of changes) this.slot(key).value = value;
  }
}
