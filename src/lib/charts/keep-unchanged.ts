/**
 * Returns a function that hands back, for each item of a new list, the item of the previous call
 * with the same id when the two are equal in content. A chart's layout is recomputed whole on every
 * edit; keeping the unchanged parts' objects lets Svelte redraw only the parts an edit changed.
 */
export function keepUnchanged<T extends { id: string }>(): (items: readonly T[]) => T[] {
  let before = new Map<string, { json: string; item: T }>();
  return (items) => {
    const after = new Map<string, { json: string; item: T }>();
    const kept = items.map((item) => {
      const json = JSON.stringify(item);
      const old = before.get(item.id);
      const chosen = old !== undefined && old.json === json ? old.item : item;
      after.set(item.id, { json, item: chosen });
      return chosen;
    });
    before = after;
    return kept;
  };
}
