// Funnelbook files and share links in real Chromium: export, import by picker and by drop, bad files,
// share links and their size limit. Every test starts on a first visit (fresh storage).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DOC_VERSION, createWorkbook as makeDoc, type WorkbookDoc } from '../../src/lib/document';
import { makeShareLink, writeWorkbookFile } from '../../src/lib/exchange';
import {
  clearSiteStorage,
  exportWorkbookFile,
  importByDrop,
  importByPicker,
  importDone,
  importError,
  openSharePanel,
  shareUrl,
  storedWorkbooks,
} from './support/file-exchange-page';
import { freshStoragePerTest } from './support/session';
import {
  DEMO_NAME,
  SETTLE_MS,
  baseURL,
  cell,
  openDemo,
  openHome,
  stageNames,
  summaryCell,
  textOf,
  typeIntoCell,
  waitForSaved,
  waitForWorkbook,
  workbookNames,
} from './support/workbook-page';

const tab = freshStoragePerTest();

/** What the grid and summary show: the required entries and forecast of every stage, and the top. */
async function numbersOnScreen(page: Page): Promise<string[]> {
  const stages = (await stageNames(page)).length;
  const out = [await textOf(summaryCell(page, 'requiredTop')), await textOf(summaryCell(page, 'dealsNeeded'))];
  for (let position = 1; position <= stages; position++) {
    out.push(await textOf(cell(page, position, 'required')), await textOf(cell(page, position, 'forecast')));
  }
  return out;
}

async function openImported(page: Page): Promise<void> {
  await importDone(page).getByRole('link').click();
  await page.waitForURL(/\/w\/[^/]+$/, { timeout: SETTLE_MS });
  await waitForWorkbook(page);
}

test('a file exported, the site storage cleared and the file imported shows the same numbers', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 2, 'rate'), '40');
  await waitForSaved(tab.page);
  const before = await numbersOnScreen(tab.page);
  const file = await exportWorkbookFile(tab.page);
  expect(file.name).toBe(`${DEMO_NAME.en}.funnelbook.json`.replace(':', '_'));

  await clearSiteStorage(tab.page);
  await openHome(tab.page);
  await importByPicker(tab.page, file.name, file.text);
  await importDone(tab.page).waitFor({ timeout: SETTLE_MS });
  await openImported(tab.page);

  expect(await numbersOnScreen(tab.page)).toEqual(before);
  expect(tab.errors).toEqual([]);
});

test('a file dropped on the home page is imported as a new workbook, its names shown as text', async () => {
  const text = readFileSync(new URL('../fixtures/files/v1-zh-segments.funnelbook.json', import.meta.url), 'utf8');
  const name = (JSON.parse(text) as WorkbookDoc).name;
  await openHome(tab.page);

  await importByDrop(tab.page, 'plan.funnelbook.json', text);

  await importDone(tab.page).waitFor({ timeout: SETTLE_MS });
  expect(await workbookNames(tab.page)).toEqual(expect.arrayContaining([name, DEMO_NAME.en]));
  await openImported(tab.page);
  expect((await stageNames(tab.page))[0]).toBe('候选目标客户 <b>&amp;</b>');
  expect(await tab.page.locator('[data-testid=funnel-grid] b').count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

test('a bad file is answered with the JSON path and leaves every workbook as it was', async () => {
  await openHome(tab.page);
  const stored = await storedWorkbooks(tab.page);
  const doc = makeDoc({ name: 'Broken', target: 1, avgDeal: 1, stages: [{ name: 'A', rate: 0.5 }, { name: 'B' }] });
  const tooLong = writeWorkbookFile({ ...doc, stages: [doc.stages[0], { ...doc.stages[1], name: 'x'.repeat(500) }] });

  await importByPicker(tab.page, 'broken.funnelbook.json', tooLong);
  await importError(tab.page).waitFor({ timeout: SETTLE_MS });
  expect(await textOf(importError(tab.page))).toContain('$.stages[1].name');

  const cut = writeWorkbookFile(doc).slice(0, 200);
  await importByPicker(tab.page, 'cut.funnelbook.json', cut);
  await expect.poll(() => textOf(importError(tab.page)), { timeout: SETTLE_MS }).toMatch(/cut\.funnelbook\.json.*\$\.\w+/);

  expect(await storedWorkbooks(tab.page)).toEqual(stored);
  expect(await workbookNames(tab.page)).toEqual([DEMO_NAME.en]);
  expect(tab.errors).toEqual([]);
});

test('a share link opens on the home page and imports a copy only when asked', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30');
  await waitForSaved(tab.page);
  const before = await numbersOnScreen(tab.page);
  const url = await shareUrl(tab.page);
  expect(url.startsWith(`${new URL(tab.page.url()).origin}/#share=`)).toBe(true);
  console.info(`share link of the demo workbook (en, one rate changed): ${url.length} characters`);

  await tab.page.goto(url);
  const offer = tab.page.locator('[data-testid=share-offer]');
  await offer.waitFor({ timeout: SETTLE_MS });
  expect(await textOf(offer)).toContain(DEMO_NAME.en);
  expect(await storedWorkbooks(tab.page)).toHaveLength(1);

  await tab.page.locator('[data-testid=share-import]').click();
  await tab.page.waitForURL(/\/w\/[^/]+$/, { timeout: SETTLE_MS });
  await waitForWorkbook(tab.page);
  expect(await numbersOnScreen(tab.page)).toEqual(before);
  expect(await storedWorkbooks(tab.page)).toHaveLength(2);
  expect(tab.errors).toEqual([]);
});

test('a workbook too big for a link gets the message that suggests the file', async () => {
  // Many stages with names that do not compress: well past the link limit, well within a file.
  const noise = () => Math.random().toString(36).slice(2);
  const longNoise = () => Array.from({ length: 12 }, noise).join('').slice(0, 110);
  const stages = Array.from({ length: 100 }, (_, i) => ({ name: `${i} ${longNoise()}`, rate: 0.9, actual: 1000 - i }));
  const doc = makeDoc({ name: 'Big funnel', target: 1_000_000, avgDeal: 1_000, stages });
  expect((await makeShareLink(doc, `${baseURL}/`)).ok).toBe(false);
  await openHome(tab.page);
  await importByPicker(tab.page, 'big.funnelbook.json', writeWorkbookFile(doc));
  await importDone(tab.page).waitFor({ timeout: SETTLE_MS });
  await openImported(tab.page);

  await openSharePanel(tab.page);

  const message = tab.page.locator('[data-testid=share-too-long]');
  expect(await textOf(message)).toMatch(/too big for a link.*Export the file/);
  expect(await tab.page.locator('[data-testid=share-url]').count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

test('a file from a newer version is refused as such, in the language of the app', async () => {
  await openHome(tab.page);
  await tab.page.evaluate(() => localStorage.setItem('funnelbook.locale', 'zh-CN'));
  await openHome(tab.page);
  const doc = makeDoc({ name: 'Future', target: 1, avgDeal: 1, stages: [{ name: 'A' }] });

  await importByPicker(tab.page, 'future.funnelbook.json', JSON.stringify({ ...doc, version: DOC_VERSION + 1 }));

  await importError(tab.page).waitFor({ timeout: SETTLE_MS });
  expect(await textOf(importError(tab.page))).toContain(`更新版本的 Funnelbook 保存（格式 ${DOC_VERSION + 1}`);
  expect(await workbookNames(tab.page)).toEqual([DEMO_NAME.en]);
  expect(tab.errors).toEqual([]);
});
