// Driving Funnelbook files and share links as a person does: the toolbar's Export file and Share
// link, the home page's Import button and drop zone. Files are handed over as in-memory buffers.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { SETTLE_MS, baseURL } from './workbook-page';

/** Clicks Export file on the open workbook and returns the downloaded file's name and text. */
export async function exportWorkbookFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: SETTLE_MS }), page.locator('[data-testid=export-file]').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Imports through the file picker of the home page (which must be open). */
export async function importByPicker(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-testid=import-input]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Drops a file on the home page's drop zone, as dragging it from the desktop does. */
export async function importByDrop(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  const zone = page.locator('[data-testid=import-drop-zone]');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** The message of a finished import: success (with an "Open it" link) or the error. */
export function importDone(page: Page) {
  return page.locator('[data-testid=import-done]');
}

export function importError(page: Page) {
  return page.locator('[data-testid=import-error]');
}

/** Clicks Share link on the open workbook; the panel shows either the link or the too-big message. */
export async function openSharePanel(page: Page): Promise<void> {
  await page.locator('[data-testid=make-share-link]').click();
  await page.locator('[data-testid=share-panel]').waitFor({ state: 'visible', timeout: SETTLE_MS });
}

export async function shareUrl(page: Page): Promise<string> {
  await openSharePanel(page);
  return page.locator('[data-testid=share-url]').inputValue();
}

/** Wipes the site's storage (IndexedDB, localStorage, caches), as "clear site data" does. */
export async function clearSiteStorage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: baseURL, storageTypes: 'all' });
  await cdp.detach();
}

/** Every stored workbook record, straight from IndexedDB, sorted by id: to prove nothing changed. */
export async function storedWorkbooks(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('funnelbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('workbooks', 'readonly').objectStore('workbooks').getAll();
          request.onsuccess = () => (db.close(), resolve(request.result));
          request.onerror = () => (db.close(), reject(request.error));
        };
      }),
  );
}
