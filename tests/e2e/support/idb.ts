// Reaching the app's IndexedDB from a test, the way another program on the same origin would:
// raw IndexedDB calls inside the page (no Dexie), so a test can plant a record, read what the app
// stored, or damage a record. The database must already exist (the app creates it on first start).
import type { Page } from 'playwright-core';

export const DB_NAME = 'funnelbook';

/** One stored workbook as the app writes it (src/lib/persistence/database.ts). */
export interface RawRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  doc: unknown;
}

/** Writes `record` into the `workbooks` store, replacing any record with its id. */
export async function putRecord(page: Page, record: RawRecord): Promise<void> {
  await page.evaluate(
    ({ name, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workbooks', 'readwrite');
          tx.objectStore('workbooks').put(record);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    { name: DB_NAME, record },
  );
}

/** The stored record of workbook `id`, or null. */
export async function readRecord(page: Page, id: string): Promise<RawRecord | null> {
  return page.evaluate(
    ({ name, id }) =>
      new Promise<RawRecord | null>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('workbooks', 'readonly').objectStore('workbooks').get(id);
          get.onsuccess = () => (db.close(), resolve((get.result as RawRecord | undefined) ?? null));
          get.onerror = () => (db.close(), reject(get.error));
        };
      }),
    { name: DB_NAME, id },
  );
}

/** A record of `doc` as the app would store it at `rev`. */
export function recordOf(doc: { id: string; name: string; createdAt: string; updatedAt: string }, rev = 1): RawRecord {
  return { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt, rev, doc };
}

/** The id of the workbook open in `page` (from its /w/<id> address). */
export function workbookIdOf(page: Page): string {
  const match = /\/w\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on a workbook page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
