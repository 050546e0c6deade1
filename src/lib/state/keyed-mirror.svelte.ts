/** One key's entry as its readers see it. */
export class MirrorSlot<V> {
  value = $state.raw<V | undefined>(undefined);
}

/**
 * A map that changes as a whole (say, every cell's note, recomputed on each edit) seen key by key:
 * a reader of one key depends on that key's slot only. Svelte marks every reaction downstream of a
 * changed derived, even when the derived's value turns out the same, so a thousand cells reading one
 * derived map were walked on every edit (5,400 reactions per edit in the segment plan). Here only the
 * slots whose entry changed are written, and only their readers wake.
 */
export class KeyedMirror<K, V> {
  #slots = new Map<K, MirrorSlot<V>>();
  #current: ReadonlyMap<K, V> = new Map();
  readonly #same: (a: V | undefined, b: V | undefined) => boolean;

  /** `same` tells entries equal in content apart from changed ones (identity by default). */
  constructor(same: (a: V | undefined, b: V | undefined) => boolean = Object.is) {
    this.#same = same;
  }

  /**
   * The slot of `key`, whose `value` is a reactive read of that key alone. Read `value` in another
   * derived or effect than the one that first asked for the slot: Svelte does not track state read in
   * the reaction that created it (as Cell does with the cell store's slots).
   */
  slot(key: K): { readonly value: V | undefined } {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new MirrorSlot<V>();
      slot.value = this.#current.get(key);
      this.#slots.set(key, slot);
    }
    return slot;
  }

  /** Takes a new map: writes the slots of the keys whose entry changed. */
  sync(next: ReadonlyMap<K, V>): void {
    const before = this.#current;
    if (next === before) return;
    this.#current = next;
    for (const [key, slot] of this.#slots) {
      const value = next.get(key);
      if (!this.#same(value, before.get(key))) slot.value = value;
    }
  }
}
