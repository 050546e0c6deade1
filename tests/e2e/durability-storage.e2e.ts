// Storage that fails the app: a full disk (a QuotaExceededError from IndexedDB, simulated), a
// browser that refuses lasting storage, and a damaged record. Each time the user is told in words,
// nothing saved is lost, and the app goes on.
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { download } from './support/charts-page';
import { putRecord, readRecord, recordOf, workbookIdOf } from './support/idb';
import { freshStoragePerTest } from './support/session';
import { baseURL, cell, expectText, openDemo, openHome, saveStatus, summaryCell, textOf, typeIntoCell, waitForSaved, waitForWorkbook, workbookNames } from './support/workbook-page';
import { createWorkbook, demoSeed, stageKey } from '../../src/lib/document';

const tab = freshStoragePerTest();

type StoredDoc = { stages: { id: string }[]; cells: Record<string, string> };
const firstRate = async (page: Page, id: string) => {
  const doc = (await readRecord(page, id))?.doc as StoredDoc;
  return doc.cells[`s.${doc.stages[0].id}.rate`];
};

// Chromium's own quota cannot be lowered from a test (Storage.overrideQuotaForOrigin changed neither
// the estimate nor what IndexedDB accepts in this headless Chromium), so a full disk is simulated where the browser reports it:
// while `window.__diskFull` is set, every IndexedDB write fails with a QuotaExceededError.
beforeAll(async () => {
  await tab.browser.context.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  });
});

async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
}

async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
}

const storageFull = (page: Page) => page.locator('[data-testid=storage-full]');

test('a full disk: the user is told in words, and the stored workbook stays the last good one', async () => {
  await openDemo(tab.page);
  const id = workbookIdOf(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await waitForSaved(tab.page);
  await fillTheDisk(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');

  await storageFull(tab.page).waitFor({ state: 'visible', timeout: 3_000 });
  expect(await textOf(storageFull(tab.page))).toContain('storage for Funnelbook is full');
  expect(await saveStatus(tab.page)).toBe('error');
  expect(await textOf(tab.page.locator('[data-testid=save-status]'))).toBe('Not saved: storage is full');
  expect(await firstRate(tab.page, id)).toBe('0.2');
  await expectText(cell(tab.page, 1, 'rate'), '30%'); // the unsaved edit stays on screen
  await freeTheDisk(tab.page);
  expect(tab.errors).toEqual([]);
});

test('a full disk: a copy of the workbook as it is on screen is offered for download', async () => {
  await openDemo(tab.page);
  await fillTheDisk(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await storageFull(tab.page).waitFor({ state: 'visible', timeout: 3_000 });

  const file = await download(tab.page, storageFull(tab.page).locator('[data-testid=download-copy]'));

  const copy = JSON.parse(file.bytes.toString('utf8')) as StoredDoc & { type: string; name: string };
  expect(file.fileName).toMatch(/\.funnelbook\.json$/);
  expect(copy.type).toBe('funnelbook');
  expect(copy.cells[stageKey(copy.stages[0].id, 'rate')]).toBe('0.3');
  await freeTheDisk(tab.page);
  expect(tab.errors).toEqual([]);
});

test('when space is back, saving resumes by itself and the message goes away', async () => {
  await openDemo(tab.page);
  const id = workbookIdOf(tab.page);
  await fillTheDisk(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await storageFull(tab.page).waitFor({ state: 'visible', timeout: 3_000 });

  await freeTheDisk(tab.page);

  await expect.poll(() => saveStatus(tab.page), { timeout: 12_000 }).toBe('saved');
  expect(await firstRate(tab.page, id)).toBe('0.3');
  expect(await storageFull(tab.page).count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

test('an edit made while the disk is full survives a reload', async () => {
  await openDemo(tab.page);
  await fillTheDisk(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await storageFull(tab.page).waitFor({ state: 'visible', timeout: 3_000 });
  await freeTheDisk(tab.page);

  await tab.page.reload();
  await waitForWorkbook(tab.page);

  await expectText(cell(tab.page, 1, 'rate'), '30%');
  expect(tab.errors).toEqual([]);
});

test('edits made while the disk is full survive a crash of the tab', async () => {
  await openDemo(tab.page);
  const url = tab.page.url();
  await fillTheDisk(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await storageFull(tab.page).waitFor({ state: 'visible', timeout: 3_000 });
  await typeIntoCell(cell(tab.page, 2, 'rate'), '45%');
  await expectText(cell(tab.page, 2, 'rate'), '45%');

  const cdp = await tab.page.context().newCDPSession(tab.page);
  const crashed = new Promise((resolve) => tab.page.once('crash', resolve));
  void cdp.send('Page.crash').catch(() => {}); // no pagehide, no unload: the renderer is gone
  await crashed;
  const reopened = await tab.page.context().newPage();
  await reopened.goto(url);
  await waitForWorkbook(reopened);

  await expectText(cell(reopened, 1, 'rate'), '30%');
  await expectText(cell(reopened, 2, 'rate'), '45%');
});

const notPersistent = (page: Page) => page.locator('[data-testid=storage-not-persistent]');

test('lasting storage is asked for; when the browser refuses it, the user is reminded to export', async () => {
  await openDemo(tab.page);

  const persisted = await tab.page.evaluate(() => navigator.storage.persisted());

  expect(persisted).toBe(false);
  await notPersistent(tab.page).waitFor({ state: 'visible', timeout: 3_000 });
  expect(await textOf(notPersistent(tab.page))).toContain('Download a copy');
  expect(tab.errors).toEqual([]);
});

test('the reminder, once dismissed, does not come back', async () => {
  await openDemo(tab.page);
  await notPersistent(tab.page).waitFor({ state: 'visible', timeout: 3_000 });

  await notPersistent(tab.page).locator('[data-testid=dismiss-persist]').click();
  await tab.page.reload();
  await waitForWorkbook(tab.page);
  await tab.page.waitForTimeout(500);

  expect(await notPersistent(tab.page).count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

test('when the browser grants lasting storage there is no reminder', async () => {
  const cdp = await tab.page.context().newCDPSession(tab.page);
  await cdp.send('Browser.grantPermissions', { origin: baseURL, permissions: ['durableStorage'] });
  await openDemo(tab.page);

  await expect.poll(() => tab.page.evaluate(() => navigator.storage.persisted()), { timeout: 3_000 }).toBe(true);

  expect(await notPersistent(tab.page).count()).toBe(0);
  await cdp.send('Browser.resetPermissions', {});
  expect(tab.errors).toEqual([]);
});

test('a damaged record still opens, and the damaged part is named', async () => {
  await openHome(tab.page);
  const doc = createWorkbook(demoSeed('en'));
  const damagedKey = stageKey(doc.stages[1].id, 'rate');
  const damaged = { ...doc, cells: { ...doc.cells, [damagedKey]: 42 as unknown as string } };
  await putRecord(tab.page, recordOf(damaged));

  await tab.page.goto(`${baseURL}/w/${doc.id}`);
  await waitForWorkbook(tab.page);

  const notice = tab.page.locator('[data-testid=storage-damaged]');
  expect(await textOf(notice)).toContain(`$.cells["${damagedKey}"]`);
  await expectText(cell(tab.page, 1, 'rate'), '25%'); // the rest is as saved
  expect(await textOf(summaryCell(tab.page, 'dealsNeeded'))).not.toBe('');
  expect(tab.errors).toEqual([]);
});

test('an unreadable record is reported in words; the other workbooks still list and open', async () => {
  await openHome(tab.page);
  const doc = createWorkbook({ ...demoSeed('en'), name: 'Broken beyond repair' });
  await putRecord(tab.page, { ...recordOf(doc), doc: 'not a workbook at all' });

  await tab.page.goto(`${baseURL}/w/${doc.id}`);
  const message = tab.page.locator('[role=alert]');
  await message.first().waitFor({ state: 'visible', timeout: 5_000 });
  const said = await textOf(message.first());
  await openDemo(tab.page);
  const names = await (async () => (await openHome(tab.page), workbookNames(tab.page)))();

  expect(said).toContain('could not be read');
  expect(names).toContain('Broken beyond repair');
  expect(tab.errors).toEqual([]);
});

test('a workbook without damage shows no damage notice', async () => {
  await openDemo(tab.page);
  await waitForSaved(tab.page);

  expect(await tab.page.locator('[data-testid=storage-damaged]').count()).toBe(0);
  expect(await storageFull(tab.page).count()).toBe(0);
});
