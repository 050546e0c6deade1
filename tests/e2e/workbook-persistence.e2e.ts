// Edits are kept in IndexedDB: across reloads, across closing the browser, and they
// reach another tab of the same browser live. Every test starts as a first visit.
import { expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { freshStoragePerTest, openTab } from './support/session';
import {
  cell,
  expectText,
  openDemo,
  reloadWorkbook,
  saveStatus,
  summaryCell,
  textOf,
  typeIntoCell,
  waitForSaved,
  waitForWorkbook,
} from './support/workbook-page';

const tab = freshStoragePerTest();

test('an edit is saved within a second and the status says so', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await expect.poll(() => saveStatus(tab.page), { timeout: 1_000 }).toBe('saved');
  expect(await textOf(tab.page.locator('[data-testid=save-status]'))).toBe('All changes saved');
  expect(tab.errors).toEqual([]);
});

test('an edit is still there after reloading the page', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  await waitForSaved(tab.page);

  await reloadWorkbook(tab.page);

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('20%');
  expect(tab.errors).toEqual([]);
});

test('an edit made just before reloading is not lost', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await reloadWorkbook(tab.page);

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(tab.errors).toEqual([]);
});

test('an edit is still there after closing and reopening the browser with the same profile', async () => {
  const first = await launchBrowser();
  let firstErrors: string[] = [];
  try {
    const opened = await openTab(first);
    firstErrors = opened.errors;
    await openDemo(opened.page);
    await typeIntoCell(cell(opened.page, 1, 'rate'), '20%');
    await expectText(summaryCell(opened.page, 'requiredTop'), '510');
    await waitForSaved(opened.page);
  } finally {
    await first.close({ keepUserDataDir: true });
  }

  const second = await launchBrowser({ userDataDir: first.userDataDir });
  let secondErrors: string[] = [];
  let top = '';
  try {
    const reopened = await openTab(second);
    secondErrors = reopened.errors;
    await openDemo(reopened.page);
    top = await textOf(summaryCell(reopened.page, 'requiredTop'));
  } finally {
    await second.close({ keepUserDataDir: false });
  }

  expect(top).toBe('510');
  expect(firstErrors).toEqual([]);
  expect(secondErrors).toEqual([]);
});

test('an edit in one tab appears in a second tab on the same workbook within a second', async () => {
  await openDemo(tab.page);
  const other = await openTab(tab.browser);
  await other.page.goto(tab.page.url());
  await waitForWorkbook(other.page);
  await expectText(summaryCell(other.page, 'requiredTop'), '408');

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await expectText(summaryCell(other.page, 'requiredTop'), '510', 1_000);
  // The grid is another section of the page: it may catch up a frame after the summary.
  await expectText(cell(other.page, 1, 'rate'), '20%', 1_000);
  expect(tab.errors).toEqual([]);
  expect(other.errors).toEqual([]);
});

test('a tab updated by another tab says so', async () => {
  await openDemo(tab.page);
  const other = await openTab(tab.browser);
  await other.page.goto(tab.page.url());
  await waitForWorkbook(other.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await expectText(other.page.locator('[data-testid=remote-notice]'), 'Updated with changes from another tab.');
  expect(tab.errors).toEqual([]);
  expect(other.errors).toEqual([]);
});

test('an undo in one tab reaches the other tab', async () => {
  await openDemo(tab.page);
  const other = await openTab(tab.browser);
  await other.page.goto(tab.page.url());
  await waitForWorkbook(other.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await expectText(summaryCell(other.page, 'requiredTop'), '510');

  await tab.page.keyboard.press('Control+Z');

  await expectText(summaryCell(other.page, 'requiredTop'), '408');
  expect(tab.errors).toEqual([]);
  expect(other.errors).toEqual([]);
});
