// A newer version of the app opens the database (a higher IndexedDB version) while an older tab is
// open: the old tab yields at once, so the upgrade neither hangs nor is blocked, and it asks the
// user to reload; what was typed there before is not lost. The newer version is simulated by a
// page of the same origin opening the database with raw indexedDB.open(name, version + 1).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DB_NAME, readRecord, workbookIdOf } from './support/idb';
import { freshStoragePerTest, openTab } from './support/session';
import { baseURL, cell, expectText, openDemo, typeIntoCell, waitForSaved, waitForWorkbook } from './support/workbook-page';

const tab = freshStoragePerTest();

interface UpgradeOutcome {
  upgraded: boolean;
  blocked: boolean;
  ms: number;
  version: number;
}

/** Another page of the origin: a plain file, so no app code of its own holds the database open. */
async function newerTab(): Promise<Page> {
  const newer = await openTab(tab.browser);
  await newer.page.goto(`${baseURL}/favicon.svg`);
  return newer.page;
}

/** Opens the database one version up from another page of the origin, as a newer app would. */
async function upgradeFromAnotherTab(newer?: Page): Promise<UpgradeOutcome> {
  return (newer ?? (await newerTab())).evaluate(
    (name) =>
      new Promise<UpgradeOutcome>((resolve, reject) => {
        const probe = indexedDB.open(name);
        probe.onerror = () => reject(probe.error);
        probe.onsuccess = () => {
          const version = probe.result.version + 1;
          probe.result.close();
          const started = performance.now();
          let blocked = false;
          const timer = setTimeout(() => resolve({ upgraded: false, blocked, ms: performance.now() - started, version }), 5_000);
          const request = indexedDB.open(name, version);
          request.onupgradeneeded = () => request.result.createObjectStore('addedByNewerApp');
          request.onblocked = () => (blocked = true);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            clearTimeout(timer);
            request.result.close();
            resolve({ upgraded: true, blocked, ms: performance.now() - started, version });
          };
        };
      }),
    DB_NAME,
  );
}

const upgradeNotice = (page: Page) => page.locator('[data-testid=upgrade-notice]');

test('the upgrade by a newer version completes at once, not blocked by the open tab', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await waitForSaved(tab.page);

  const outcome = await upgradeFromAnotherTab();

  expect(outcome.upgraded).toBe(true);
  expect(outcome.blocked).toBe(false);
  expect(outcome.ms).toBeLessThan(2_000);
  expect(tab.errors).toEqual([]);
});

test('the old tab asks to reload once a newer version took over the database', async () => {
  await openDemo(tab.page);

  await upgradeFromAnotherTab();

  await upgradeNotice(tab.page).waitFor({ state: 'visible', timeout: 1_000 });
  expect(await upgradeNotice(tab.page).getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
  expect(tab.errors).toEqual([]);
});

test('an edit not yet saved when the newer version took over is there after the reload', async () => {
  await openDemo(tab.page);
  const id = workbookIdOf(tab.page);
  const newer = await newerTab();
  const before = await readRecord(tab.page, id);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await upgradeFromAnotherTab(newer); // within the 350 ms before the autosave
  expect((await readRecord(newer, id))?.rev, 'the edit was not saved before the upgrade').toBe(before?.rev);
  await upgradeNotice(tab.page).waitFor({ state: 'visible', timeout: 1_000 });

  await upgradeNotice(tab.page).getByRole('button', { name: 'Reload' }).click();
  await waitForWorkbook(tab.page);

  await expectText(cell(tab.page, 1, 'rate'), '20%');
  await waitForSaved(tab.page);
  const stored = (await readRecord(tab.page, id))?.doc as { stages: { id: string }[]; cells: Record<string, string> };
  expect(stored.cells[`s.${stored.stages[0].id}.rate`]).toBe('0.2');
  expect(tab.errors).toEqual([]);
});

test('the old tab does not write into the upgraded database', async () => {
  await openDemo(tab.page);
  const id = workbookIdOf(tab.page);
  const before = await readRecord(tab.page, id);
  await upgradeFromAnotherTab();
  await upgradeNotice(tab.page).waitFor({ state: 'visible', timeout: 1_000 });

  await typeIntoCell(cell(tab.page, 2, 'rate'), '40%');
  await expect.poll(() => tab.page.locator('[data-testid=save-status]').getAttribute('data-status'), { timeout: 3_000 }).toBe('error');

  expect((await readRecord(tab.page, id))?.rev).toBe(before?.rev);
  expect(await tab.page.locator('[data-testid=save-status]').textContent()).toContain('reload');
});
