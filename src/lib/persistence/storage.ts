export type PersistentStorageResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict our IndexedDB data under storage pressure.
 * Without it, a local-first app's only copy of the user's work is "best effort".
 * Never throws: some browsers reject or lack the API, and Node has no navigator.storage.
 */
export async function requestPersistentStorage(): Promise<PersistentStorageResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
