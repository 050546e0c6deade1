/**
 * `before` itself when `after` holds the same keys with values equal in content, else `after`.
 * A derived map that is rebuilt on every edit but rarely changes (the cells' notes) then keeps its
 * identity, so the thousand cells that read it are not all woken to look up their entry again.
 */
export function stableMap<K, V>(before: ReadonlyMap<K, V> | undefined, after: Map<K, V>): Map<K, V> {
  if (before === undefined || before.size !== after.size) return after;
  for (const [key, value] of after) {
    if (!before.has(key)) return after;
    if (!sameContent(before.get(key), value)) return after;
  }
  return before as Map<K, V>;
}

/** Equal in content: the same object, or plain data that serialises the same. */
export const sameContent = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
