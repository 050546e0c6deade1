// Values saved beside a workbook (the `values` store) let a workbook that was opened before paint
// its grid before its engine is built. In Chromium with real IndexedDB: what the grid shows first,
// and that the engine's own values then take over.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createWorkbook as makeDoc } from '../../src/lib/document';
import { putRecord, recordOf } from './support/idb';
import { freshStoragePerTest } from './support/session';
import {
  SETTLE_MS,
  baseURL,
  cell,
  expectText,
  formulaBarText,
  openDemo,
  openHome,
  summaryCell,
  textOf,
  typeIntoCell,
  waitForWorkbook,
} from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US' });

/** Before the page loads: the text of the required-top cell in the first frame that has it, and when. */
function watchFirstTop(): void {
  const w = window as unknown as { __firstTop?: { text: string | null; at: number } };
  const poll = () => {
    const td = document.querySelector('tr[data-summary=requiredTop] td');
    if (td && w.__firstTop === undefined) w.__firstTop = { text: td.textContent, at: performance.now() };
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** The open workbook's record and saved values, read with raw IndexedDB in the page. */
function readStored(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('funnelbook');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['workbooks', 'values'], 'readonly');
    const get = (store: string) =>
      new Promise<{ rev: number; entries?: [string, unknown][] } | undefined>((resolve) => {
        const request = tx.objectStore(store).get(id);
        request.onsuccess = () => resolve(request.result);
      });
    const [record, values] = await Promise.all([get('workbooks'), get('values')]);
    db.close();
    return { rev: record?.rev, valuesRev: values?.rev, entries: values?.entries };
  }, id);
}

/** Replaces the saved values of workbook `id` (raw IndexedDB, as a damaged or hand-made record would). */
function plantValues(page: Page, id: string, rev: number, entries: unknown) {
  return page.evaluate(
    async ({ id, rev, entries }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('funnelbook');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('values', 'readwrite');
        tx.objectStore('values').put({ id, rev, entries });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id, rev, entries },
  );
}

/** Opens the demo, edits a rate, and waits until the values of that saved edit are saved beside it. */
async function demoWithSavedValues(page: Page): Promise<{ id: string; top: string }> {
  await openDemo(page);
  await typeIntoCell(cell(page, 1, 'rate'), '40%');
  const id = page.url().replace(/^.*\/w\//, '');
  await expect.poll(async () => {
    const stored = await readStored(page, id);
    return stored.rev !== undefined && stored.rev > 1 && stored.valuesRev === stored.rev;
  }, { timeout: SETTLE_MS }).toBe(true);
  return { id, top: await textOf(summaryCell(page, 'requiredTop')) };
}

/** The saved entries with one cell's value replaced. */
function withValue(entries: [string, unknown][], key: string, value: number): [string, unknown][] {
  return entries.map(([k, v]) => (k === key ? [k, { type: 'number', value }] : [k, v]));
}

test('a workbook opened again shows its saved numbers before its engine is built', async () => {
  const { page } = tab;
  const { top } = await demoWithSavedValues(page);
  await page.addInitScript(watchFirstTop);
  await page.reload();
  await waitForWorkbook(page);
  // The engine is built a step per task after the first frame; wait for it to be done.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('funnelbook:engine-built').length), { timeout: SETTLE_MS }).toBe(1);
  const seen = await page.evaluate(() => ({
    first: (window as unknown as { __firstTop: { text: string; at: number } }).__firstTop,
    built: performance.getEntriesByName('funnelbook:engine-built')[0]?.startTime ?? null,
  }));
  expect(seen.first.text).toBe(top);
  expect(seen.built).not.toBeNull();
  expect(seen.first.at).toBeLessThan(seen.built!);
  expect(tab.errors).toEqual([]);
});

test('the engine’s own numbers replace saved ones that differ', async () => {
  const { page } = tab;
  const { id, top } = await demoWithSavedValues(page);
  const stored = await readStored(page, id);
  await plantValues(page, id, stored.rev!, withValue(stored.entries!, 'a.requiredTop', 123456));
  await page.addInitScript(watchFirstTop);
  await page.reload();
  await waitForWorkbook(page);
  const first = await page.evaluate(() => (window as unknown as { __firstTop: { text: string } }).__firstTop.text);
  expect(first).toBe('123,456');
  await expect.poll(() => textOf(summaryCell(page, 'requiredTop')), { timeout: SETTLE_MS }).toBe(top);
  expect(tab.errors).toEqual([]);
});

test('values saved for another revision of the workbook are not shown', async () => {
  const { page } = tab;
  const { id, top } = await demoWithSavedValues(page);
  const stored = await readStored(page, id);
  await plantValues(page, id, stored.rev! - 1, withValue(stored.entries!, 'a.requiredTop', 123456));
  await page.addInitScript(watchFirstTop);
  await page.reload();
  await waitForWorkbook(page);
  const first = await page.evaluate(() => (window as unknown as { __firstTop: { text: string } }).__firstTop.text);
  expect(first).toBe(top);
  expect(tab.errors).toEqual([]);
});

test('damaged saved values are left aside: the workbook opens with its computed numbers and can be edited', async () => {
  const { page } = tab;
  const { id, top } = await demoWithSavedValues(page);
  const stored = await readStored(page, id);
  await plantValues(page, id, stored.rev!, [['a.requiredTop', { type: 'script', value: '<img src=x onerror=alert(1)>' }]]);
  await page.reload();
  await waitForWorkbook(page);
  expect(await textOf(summaryCell(page, 'requiredTop'))).toBe(top);
  await typeIntoCell(cell(page, 1, 'rate'), '50%');
  await expect.poll(() => textOf(summaryCell(page, 'requiredTop')), { timeout: SETTLE_MS }).not.toBe(top);
  expect(tab.errors).toEqual([]);
});

test('an edit typed the moment the saved numbers show is taken', async () => {
  const { page } = tab;
  const { top } = await demoWithSavedValues(page);
  await page.reload();
  await waitForWorkbook(page);
  // No wait for the engine: the edit builds it if it is not there yet.
  await typeIntoCell(cell(page, 1, 'rate'), '50%');
  await expect.poll(() => textOf(summaryCell(page, 'requiredTop')), { timeout: SETTLE_MS }).not.toBe(top);
  await page.reload();
  await waitForWorkbook(page);
  expect(await textOf(cell(page, 1, 'rate'))).toBe('50%');
  expect(tab.errors).toEqual([]);
});

test('a long workbook opened again shows formulas and takes an edit while its engine is still being built', async () => {
  const { page } = tab;
  // 400 stages: its engine is built a step per task over several hundred milliseconds.
  const stages = Array.from({ length: 400 }, (_, i) => ({ name: `Stage ${i + 1}`, rate: i < 399 ? 0.99 : undefined, actual: 1000 }));
  const doc = makeDoc({ name: 'Long funnel', target: 1_000_000, avgDeal: 10_000, stages });
  await openHome(page);
  await putRecord(page, recordOf(doc));
  await page.goto(`${baseURL}/w/${doc.id}`);
  await waitForWorkbook(page);
  await expect.poll(async () => (await readStored(page, doc.id)).valuesRev, { timeout: SETTLE_MS }).toBe(1);
  const top = await textOf(summaryCell(page, 'requiredTop'));

  await page.reload();
  await waitForWorkbook(page);
  await cell(page, 1, 'required').click();
  expect(await formulaBarText(page)).toMatch(/^=IF\(PerStage,ROUNDUP\(/);
  // Half the first stage's rate doubles what must enter the top.
  await typeIntoCell(cell(page, 1, 'rate'), '49.5%');
  await expect.poll(() => textOf(summaryCell(page, 'requiredTop')), { timeout: SETTLE_MS }).not.toBe(top);
  const edited = await textOf(summaryCell(page, 'requiredTop'));
  expect(Number(edited.replace(/,/g, ''))).toBeCloseTo(2 * Number(top.replace(/,/g, '')), -1);

  // The same number once the workbook is opened afresh, its engine built from nothing.
  await page.evaluate((id) => new Promise<void>((resolve) => {
    const open = indexedDB.open('funnelbook');
    open.onsuccess = () => {
      const tx = open.result.transaction('values', 'readwrite');
      tx.objectStore('values').delete(id);
      tx.oncomplete = () => (open.result.close(), resolve());
    };
  }), doc.id);
  await page.reload();
  await waitForWorkbook(page);
  await expectText(summaryCell(page, 'requiredTop'), edited);
  expect(tab.errors).toEqual([]);
});
