/**
 * A synchronous safety net for the last few hundred milliseconds before a page goes away: an
 * IndexedDB write started while the page unloads may never run, but localStorage writes at once.
 * The journal holds the unsaved document and the rev it was based on; the next open applies it.
 */
export interface UnsavedEntry {
  baseRev: number;
  doc: unknown;
}

const prefix = 'funnelbook.unsaved.';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function writeUnsaved(id: string, entry: UnsavedEntry): void {
  try {
    storage()?.setItem(prefix + id, JSON.stringify(entry));
  } catch {
    // A full localStorage only loses the safety net; the normal save still runs.
  }
}

export function readUnsaved(id: string): UnsavedEntry | undefined {
  try {
    const text = storage()?.getItem(prefix + id);
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as UnsavedEntry).baseRev !== 'number') return undefined;
    return parsed as UnsavedEntry;
  } catch {
    return undefined;
  }
}

export function clearUnsaved(id: string): void {
  storage()?.removeItem(prefix + id);
}
