/**
 * `before` itself when `after` holds the same keys with values equal in content, else `after`.
 * A derived map that is rebuilt on every edit but rarely changes (the cells' notes) then keeps its
 * identity, so the thousand cells that read it are not all woken to look up their entry again.
 */
export function stableMap<K, V>(before: ReadonlyMap<K, V> | undefined, after: Map<K, V>): Map<K, V> {
  if (before === undefined || before.size !== after.size) return after;
  for (const [key, value] of after) {
    if (!before.has(key)) return after;
    const old = before.get(key);
    if (old !== value && JSON.stringify(old) !== JSON.stringify(value)) return after;
  }
  return before as Map<K, V>;
}
