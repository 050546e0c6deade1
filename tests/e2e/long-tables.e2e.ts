// A pipeline pasted from a CRM can hold thousands of open opportunities, a company hundreds of reps:
// those tables render only the rows in view of their scroller (virtual-rows.svelte.ts), as the
// funnel grid does for long funnels. In Chromium: what is rendered, that the totals still count
// every row, that an edit far down the table shows, and that the keyboard can walk past the rows.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { generateSegmentWorkbook } from '../../bench/lib/segment-plan.mjs';
import { addOpportunity, createWorkbook as makeDoc, opportunityKey } from '../../src/lib/document';
import { serialFromIso } from '../../src/lib/domain';
import { putRecord, recordOf } from './support/idb';
import { freshStoragePerTest } from './support/session';
import { SETTLE_MS, baseURL, openHome, textOf } from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US', viewport: { width: 1300, height: 900 } });

const ROWS = 300;
/** Close dates in three months, in turn: 2026-01-15, 2026-02-15, 2026-03-15 as serial days. */
const CLOSES = ['2026-01-15', '2026-02-15', '2026-03-15'].map((iso) => String(serialFromIso(iso)));
const amountOf = (i: number) => 100 * (i + 1);

/** Stores a workbook of ROWS open opportunities and opens it, its table scrolled into view. */
async function openPipeline(page: Page): Promise<void> {
  let doc = makeDoc({ name: 'Long pipeline', target: 1_000_000, avgDeal: 10_000, stages: [{ name: 'Lead', rate: 0.5 }, { name: 'Won' }] });
  for (let i = 0; i < ROWS; i++) doc = addOpportunity(doc, `o${i}`, { name: `Deal ${i + 1}`, amount: String(amountOf(i)), stage: 'Lead', close: CLOSES[i % 3] });
  await openHome(page);
  await putRecord(page, recordOf(doc));
  await page.goto(`${baseURL}/w/${doc.id}`);
  await page.locator('[data-testid=opportunities] tr[data-opportunity]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=opportunities]').scrollIntoViewIfNeeded();
}

const rowCount = (page: Page) => page.locator('[data-testid=opportunities] tr[data-opportunity]').count();
const cellOf = (page: Page, i: number, column: 'amount' | 'sameMonth') => page.locator(`td[data-key="${opportunityKey(`o${i}`, column)}"]`);
const digits = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

test('a table of 300 opportunities renders the rows in view, and its totals count every row', async () => {
  await openPipeline(tab.page);
  expect(await rowCount(tab.page)).toBeLessThan(80);
  const total = Array.from({ length: ROWS }, (_, i) => amountOf(i)).reduce((a, b) => a + b, 0);
  expect(digits(await textOf(tab.page.locator('td[data-key="a.openPipeline"]')))).toBe(total);
  expect(tab.errors).toEqual([]);
});

test('an amount typed in a row far down the table changes the sum of its month', async () => {
  await openPipeline(tab.page);
  await tab.page.locator('[data-testid=opportunities] .scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const row = ROWS - 3; // closes in the first month, as rows 0, 3, 6…
  await cellOf(tab.page, row, 'amount').click();
  await tab.page.keyboard.type('1000000');
  await tab.page.keyboard.press('Enter');
  const sameMonth = Array.from({ length: ROWS }, (_, i) => i)
    .filter((i) => i % 3 === row % 3)
    .reduce((sum, i) => sum + (i === row ? 1_000_000 : amountOf(i)), 0);
  await expect.poll(async () => digits(await textOf(cellOf(tab.page, row, 'sameMonth'))), { timeout: SETTLE_MS }).toBe(sameMonth);
  expect(tab.errors).toEqual([]);
});

test('the arrow keys walk past the rendered rows and the table scrolls along', async () => {
  await openPipeline(tab.page);
  await cellOf(tab.page, 0, 'amount').click();
  for (let i = 0; i < 120; i++) await tab.page.keyboard.press('ArrowDown');
  await expect
    .poll(() => tab.page.evaluate(() => document.activeElement?.getAttribute('data-key')), { timeout: SETTLE_MS })
    .toBe(opportunityKey('o120', 'amount'));
  await expect.poll(() => cellOf(tab.page, 120, 'amount').isVisible(), { timeout: SETTLE_MS }).toBe(true);
  expect(tab.errors).toEqual([]);
});

test('a plan of 100 reps renders the segment rows in view, and the last rep can be scrolled to', async () => {
  const doc = generateSegmentWorkbook('plan-100-reps', { teams: 5, repsPerTeam: 20 });
  await openHome(tab.page);
  await putRecord(tab.page, recordOf(doc));
  await tab.page.goto(`${baseURL}/w/${doc.id}`);
  const table = tab.page.locator('[data-testid=segment-table]');
  await table.locator('tr[data-node=root]').waitFor({ timeout: 30_000 });
  expect(await table.locator('tbody tr[data-node]').count()).toBeLessThan(80);
  await table.locator('xpath=..').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(() => table.locator('tr[data-node=rep4x19] [data-testid=segment-label]').textContent(), { timeout: SETTLE_MS }).toBe('Rep 5.20');
  // The company's entries into the first stage are every rep's months summed.
  const entries = Object.entries(doc.cells as Record<string, string>)
    .filter(([key]) => /^n\.rep\d+x\d+:st0\.p\d+$/.test(key))
    .reduce((sum, [, value]) => sum + Number(value), 0);
  await table.locator('xpath=..').evaluate((el) => (el.scrollTop = 0));
  expect(digits(await textOf(tab.page.locator('td[data-key="n.root:st0.actual"]')))).toBe(entries);
  expect(tab.errors).toEqual([]);
});

test('a funnel of 100 stages lists its first 40 rate sources until all 99 are asked for', async () => {
  const stages = Array.from({ length: 100 }, (_, i) => ({ name: `Step ${i + 1}`, rate: i < 99 ? 0.9 : undefined }));
  const doc = makeDoc({ name: 'Long funnel', target: 1_000_000, avgDeal: 10_000, stages });
  await openHome(tab.page);
  await putRecord(tab.page, recordOf(doc));
  await tab.page.goto(`${baseURL}/w/${doc.id}`);
  const sources = tab.page.locator('[data-testid=probability] [data-testid=rate-sources] li');
  await sources.first().waitFor({ timeout: 30_000 });
  expect(await sources.count()).toBe(40);
  const more = tab.page.locator('[data-testid=rate-sources-all]');
  expect(await textOf(more)).toBe('Show all 99 conversions');
  await more.click();
  await expect.poll(() => sources.count(), { timeout: SETTLE_MS }).toBe(99);
  expect(await textOf(sources.last().locator('.conversion'))).toBe('Step 99 → Step 100');
  expect(await more.count()).toBe(0);
  expect(tab.errors).toEqual([]);
});
