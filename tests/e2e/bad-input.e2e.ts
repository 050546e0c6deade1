// What a person may type that the app must refuse (with a message, keeping the old
// value) or must show only as text. One browser for the file: refused input changes
// nothing, and the tests that do store something work in a workbook of their own.
import { expect, test } from 'vitest';
import { sharedBrowserPerFile } from './support/session';
import {
  assumptionCell,
  baseURL,
  cell,
  cellProblem,
  createWorkbook,
  editor,
  grid,
  openDemo,
  openHome,
  reloadWorkbook,
  replaceWithF2,
  summaryCell,
  textOf,
  typeIntoCell,
  waitForSaved,
  workbookNames,
} from './support/workbook-page';

const tab = sharedBrowserPerFile();

const XSS_NAME = '<img src=x onerror="window.__xss=1">';

test('abc typed into a rate cell shows a message and keeps the editor open', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), 'abc');

  expect(await textOf(cellProblem(tab.page))).toContain('“abc” is not a number');
  expect(await editor(tab.page).inputValue()).toBe('abc');
  expect(tab.errors).toEqual([]);
});

test('Esc after refused input leaves the old value', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), 'abc');

  await tab.page.keyboard.press('Escape');

  expect(await editor(tab.page).count()).toBe(0);
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('25%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('the message for refused input in the last row of a panel is shown whole, not cut off by the panel', async () => {
  await openDemo(tab.page);

  await typeIntoCell(assumptionCell(tab.page, 'daysLeft'), 'abc');

  const problem = cellProblem(tab.page);
  await problem.waitFor();
  // The point just inside the message's bottom edge shows the message (a clipped part would show what lies under it).
  const hit = await problem.evaluate((el) => {
    const box = el.getBoundingClientRect();
    el.scrollIntoView({ block: 'center' });
    const after = el.getBoundingClientRect();
    const under = document.elementFromPoint(after.left + after.width / 2, after.bottom - 2);
    return { height: box.height, shown: under !== null && el.contains(under) };
  });
  expect(hit.height).toBeGreaterThan(0);
  expect(hit.shown).toBe(true);
  await tab.page.keyboard.press('Escape');
  expect(tab.errors).toEqual([]);
});

test('150% typed into a rate cell is refused with a message', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '150%');

  expect(await textOf(cellProblem(tab.page))).toBe('A conversion rate must be between 0% and 100%; “150%” is 150%.');
  await tab.page.keyboard.press('Escape');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('25%');
  expect(tab.errors).toEqual([]);
});

test('a negative number of actual entries is refused with a message', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'actual'), '-5');

  expect(await textOf(cellProblem(tab.page))).toBe('This cell cannot be negative.');
  await tab.page.keyboard.press('Escape');
  expect(await textOf(cell(tab.page, 1, 'actual'))).toBe('360');
  expect(tab.errors).toEqual([]);
});

test('an unreadable formula is refused with a message', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'actual'), '=(1+');

  expect(await textOf(cellProblem(tab.page))).toBe('This formula cannot be read: check the brackets, commas and quotes.');
  await tab.page.keyboard.press('Escape');
  expect(await textOf(cell(tab.page, 1, 'actual'))).toBe('360');
  expect(tab.errors).toEqual([]);
});

test('a formula with an unknown name shows #NAME? and explains which names exist', async () => {
  await createWorkbook(tab.page, 'Unknown name check');

  await typeIntoCell(cell(tab.page, 1, 'actual'), '=Revenue*2');
  await cell(tab.page, 1, 'actual').click();

  expect(await textOf(cell(tab.page, 1, 'actual'))).toBe('#NAME?');
  expect(await textOf(tab.page.locator('[data-testid=cell-explanation]'))).toContain('Target');
  expect(tab.errors).toEqual([]);
});

test('an empty stage name is refused with a message and the name stays', async () => {
  await openDemo(tab.page);

  await replaceWithF2(cell(tab.page, 1, 'name'), '');

  expect(await textOf(cellProblem(tab.page))).toBe('A name cannot be empty.');
  await tab.page.keyboard.press('Escape');
  expect(await textOf(cell(tab.page, 1, 'name'))).toBe('Candidate accounts');
  expect(tab.errors).toEqual([]);
});

test('a 200-character stage name is refused with a message and the name stays', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'name'), 'x'.repeat(200));

  expect(await textOf(cellProblem(tab.page))).toBe('A name can have at most 60 characters (this one has 200).');
  await tab.page.keyboard.press('Escape');
  expect(await textOf(cell(tab.page, 1, 'name'))).toBe('Candidate accounts');
  expect(tab.errors).toEqual([]);
});

test('a stage name holding HTML is shown as text and never run', async () => {
  await createWorkbook(tab.page, 'Stage name markup check');

  await typeIntoCell(cell(tab.page, 1, 'name'), XSS_NAME);

  expect(await cell(tab.page, 1, 'name').textContent()).toBe(XSS_NAME);
  expect(await grid(tab.page).locator('img').count()).toBe(0);
  expect(await tab.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(tab.errors).toEqual([]);
});

test('a stage name holding HTML is still text after a reload', async () => {
  await createWorkbook(tab.page, 'Stage name markup reload check');
  await typeIntoCell(cell(tab.page, 1, 'name'), XSS_NAME);
  await waitForSaved(tab.page);

  await reloadWorkbook(tab.page);

  expect(await cell(tab.page, 1, 'name').textContent()).toBe(XSS_NAME);
  expect(await tab.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(tab.errors).toEqual([]);
});

test('a workbook name holding HTML is listed as text on the home page', async () => {
  await createWorkbook(tab.page, XSS_NAME);

  await openHome(tab.page);

  expect(await workbookNames(tab.page)).toContain(XSS_NAME);
  expect(await tab.page.locator('[data-testid=workbook-list] img').count()).toBe(0);
  expect(await tab.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(tab.errors).toEqual([]);
});

test('the address of a workbook that does not exist shows a message', async () => {
  await tab.page.goto(`${baseURL}/w/no-such-workbook`);

  await tab.page.getByRole('alert').waitFor({ state: 'visible' });
  expect(await textOf(tab.page.getByRole('alert'))).toBe('This workbook does not exist (it may have been deleted).');
  expect(tab.errors).toEqual([]);
});
