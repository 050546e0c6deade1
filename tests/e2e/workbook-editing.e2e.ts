// Editing the demo workbook's grid with mouse and keyboard. Every test starts with
// the app's storage wiped (as on a first visit), so the demo has its original numbers (target 3,800,000, deal 100,000,
// rates 25% / 50% / 75% / 100%, per-stage rounding: 408, 102, 51, 38, 38).
import { expect, test } from 'vitest';
import { freshStoragePerTest } from './support/session';
import {
  assumptionCell,
  cell,
  cellAddress,
  clickStageAction,
  editor,
  expectText,
  explanation,
  formulaBarText,
  openDemo,
  replaceWithF2,
  stageNames,
  stageRows,
  summaryCell,
  textOf,
  typeIntoCell,
  visibleSheetText,
} from './support/workbook-page';

const tab = freshStoragePerTest();

// ------------------------------------------------------------------ the demo

test('the demo workbook shows a required top of funnel of 408', async () => {
  await openDemo(tab.page);

  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('the demo workbook needs 408, 102, 51, 38 and 38 entries down the funnel', async () => {
  await openDemo(tab.page);

  const required = await tab.page.locator('[data-testid=funnel-grid] td[data-key$=".required"]').allTextContents();
  expect(required.map((t) => t.trim())).toEqual(['408', '102', '51', '38', '38']);
  expect(tab.errors).toEqual([]);
});

test('the last stage shows a dash instead of a conversion rate', async () => {
  await openDemo(tab.page);

  expect(await textOf(cell(tab.page, 5, 'rate'))).toBe('—');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ selecting

test('clicking a cell shows its A1 address beside the formula bar', async () => {
  await openDemo(tab.page);

  await cell(tab.page, 1, 'rate').click();

  expect(await cellAddress(tab.page)).toBe('B2');
  expect(tab.errors).toEqual([]);
});

test('the formula bar shows a selected rate as the percentage the cell shows', async () => {
  await openDemo(tab.page);

  await cell(tab.page, 1, 'rate').click();

  expect(await formulaBarText(tab.page)).toBe('25%');
  expect(tab.errors).toEqual([]);
});

test('the formula bar shows the default formula of a required cell', async () => {
  await openDemo(tab.page);

  await cell(tab.page, 1, 'required').click();

  expect(await formulaBarText(tab.page)).toMatch(/^=/);
  expect(tab.errors).toEqual([]);
});

test('arrow keys move the selection', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 1, 'rate').click();

  await tab.page.keyboard.press('ArrowRight');
  await tab.page.keyboard.press('ArrowDown');

  expect(await cellAddress(tab.page)).toBe('C3');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ typing numbers

test('typing a character on a selected cell opens its editor holding that character', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 1, 'actual').click();

  await tab.page.keyboard.type('7');

  expect(await editor(tab.page).inputValue()).toBe('7');
  expect(tab.errors).toEqual([]);
});

test('typing 20% into the first rate and pressing Enter makes the required top 510', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(await textOf(cell(tab.page, 1, 'required'))).toBe('510');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('20%');
  expect(tab.errors).toEqual([]);
});

test('Enter commits an edit and moves the selection down', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  expect(await cellAddress(tab.page)).toBe('B3');
  expect(tab.errors).toEqual([]);
});

test('Tab commits an edit and moves the selection right', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%', 'Tab');

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(await cellAddress(tab.page)).toBe('C2');
  expect(tab.errors).toEqual([]);
});

test('Esc cancels typing and the cell keeps its value', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%', 'Escape');

  expect(await editor(tab.page).count()).toBe(0);
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('25%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('a plain 20 typed into a rate cell means 20%', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '20');

  await expectText(cell(tab.page, 1, 'rate'), '20%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('510');
  expect(tab.errors).toEqual([]);
});

test('typing 50万 into the target shows 500,000 and 5 deals needed', async () => {
  await openDemo(tab.page);

  await typeIntoCell(assumptionCell(tab.page, 'target'), '50万');

  await expectText(assumptionCell(tab.page, 'target'), '500,000');
  expect(await textOf(summaryCell(tab.page, 'dealsNeeded'))).toBe('5');
  expect(tab.errors).toEqual([]);
});

test('F2 opens the editor on the selected cell and Enter commits the new text', async () => {
  await openDemo(tab.page);

  await replaceWithF2(cell(tab.page, 1, 'rate'), '20%');

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(tab.errors).toEqual([]);
});

test('F2 on an unchanged rate followed by Enter keeps the rate', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 1, 'rate').click();

  await tab.page.keyboard.press('F2');
  await tab.page.keyboard.press('Enter');

  await expectText(cell(tab.page, 1, 'rate'), '25%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('double-clicking a rate cell opens the editor with the percentage the cell shows', async () => {
  await openDemo(tab.page);

  await cell(tab.page, 2, 'rate').dblclick();

  expect(await editor(tab.page).inputValue()).toBe('50%');
  expect(tab.errors).toEqual([]);
});

test('Delete clears the selected cell', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 1, 'actual').click();

  await tab.page.keyboard.press('Delete');

  await expectText(cell(tab.page, 1, 'actual'), '');
  expect(await formulaBarText(tab.page)).toBe('');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ formulas

test('a formula =Target/AvgDeal*2 in the last stage shows 76 and the formula bar shows the formula', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 5, 'required'), '=Target/AvgDeal*2');
  await cell(tab.page, 5, 'required').click();

  expect(await textOf(cell(tab.page, 5, 'required'))).toBe('76');
  expect(await formulaBarText(tab.page)).toBe('=Target/AvgDeal*2');
  expect(tab.errors).toEqual([]);
});

test('=1/0 in an actual cell shows #DIV/0! and selecting it explains division by zero', async () => {
  await openDemo(tab.page);

  await typeIntoCell(cell(tab.page, 2, 'actual'), '=1/0');
  await cell(tab.page, 2, 'actual').click();

  expect(await textOf(cell(tab.page, 2, 'actual'))).toBe('#DIV/0!');
  expect(await textOf(explanation(tab.page))).toMatch(/division by zero/i);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ stages

test('removing a middle stage leaves no #REF! and the top recomputes to 204', async () => {
  await openDemo(tab.page);

  await clickStageAction(tab.page, 2, 'Remove stage');

  await expectText(summaryCell(tab.page, 'requiredTop'), '204');
  expect(await stageNames(tab.page)).toEqual(['Candidate accounts', 'Engaged accounts', 'Key accounts', 'Won']);
  expect(await visibleSheetText(tab.page)).not.toContain('#REF!');
  expect(tab.errors).toEqual([]);
});

test('moving the first stage down recomputes the required entries of both stages', async () => {
  await openDemo(tab.page);

  await clickStageAction(tab.page, 1, 'Move down');

  await expectText(cell(tab.page, 2, 'required'), '204');
  expect(await stageNames(tab.page)).toEqual(['Prospects', 'Candidate accounts', 'Engaged accounts', 'Key accounts', 'Won']);
  expect(await textOf(cell(tab.page, 1, 'required'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('Add stage appends a row named New stage', async () => {
  await openDemo(tab.page);

  await tab.page.locator('[data-testid=add-stage]').click();

  await expect.poll(() => stageRows(tab.page).count()).toBe(6);
  expect(await textOf(cell(tab.page, 6, 'name'))).toBe('New stage');
  expect(tab.errors).toEqual([]);
});

test('Insert a stage below puts a New stage row under the clicked one', async () => {
  await openDemo(tab.page);

  await clickStageAction(tab.page, 1, 'Insert a stage below');

  await expect.poll(() => stageNames(tab.page)).toEqual([
    'Candidate accounts',
    'New stage',
    'Prospects',
    'Engaged accounts',
    'Key accounts',
    'Won',
  ]);
  expect(await visibleSheetText(tab.page)).not.toContain('#REF!');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ undo / redo

test('Ctrl+Z undoes a rate edit', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await expectText(summaryCell(tab.page, 'requiredTop'), '510');

  await tab.page.keyboard.press('Control+Z');

  await expectText(summaryCell(tab.page, 'requiredTop'), '408');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('25%');
  expect(tab.errors).toEqual([]);
});

test('Ctrl+Y redoes an undone rate edit', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await tab.page.keyboard.press('Control+Z');
  await expectText(summaryCell(tab.page, 'requiredTop'), '408');

  await tab.page.keyboard.press('Control+Y');

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('20%');
  expect(tab.errors).toEqual([]);
});

test('Ctrl+Shift+Z redoes an undone rate edit', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');
  await tab.page.keyboard.press('Control+Z');
  await expectText(summaryCell(tab.page, 'requiredTop'), '408');

  await tab.page.keyboard.press('Control+Shift+Z');

  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(tab.errors).toEqual([]);
});

test('the Undo and Redo buttons undo and redo a rate edit', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '20%');

  await tab.page.locator('[data-testid=undo]').click();
  const afterUndo = await textOf(summaryCell(tab.page, 'requiredTop'));
  await tab.page.locator('[data-testid=redo]').click();

  expect(afterUndo).toBe('408');
  await expectText(summaryCell(tab.page, 'requiredTop'), '510');
  expect(tab.errors).toEqual([]);
});

test('the Undo button brings back a removed stage', async () => {
  await openDemo(tab.page);
  await clickStageAction(tab.page, 2, 'Remove stage');
  await expectText(summaryCell(tab.page, 'requiredTop'), '204');

  await tab.page.locator('[data-testid=undo]').click();

  await expect.poll(() => stageNames(tab.page)).toEqual(['Candidate accounts', 'Prospects', 'Engaged accounts', 'Key accounts', 'Won']);
  await expectText(summaryCell(tab.page, 'requiredTop'), '408');
  expect(await textOf(cell(tab.page, 2, 'rate'))).toBe('50%');
  expect(tab.errors).toEqual([]);
});

test('Ctrl+Z right after removing a stage brings the row back', async () => {
  await openDemo(tab.page);
  await clickStageAction(tab.page, 2, 'Remove stage');
  await expectText(summaryCell(tab.page, 'requiredTop'), '204');

  await tab.page.keyboard.press('Control+Z');

  await expect.poll(() => stageNames(tab.page)).toEqual(['Candidate accounts', 'Prospects', 'Engaged accounts', 'Key accounts', 'Won']);
  await expectText(summaryCell(tab.page, 'requiredTop'), '408');
  expect(tab.errors).toEqual([]);
});
