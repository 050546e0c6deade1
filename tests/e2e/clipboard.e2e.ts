// Copying a range out of the grid, pasting ranges in from Excel and Google Sheets, clearing a range
// and exporting the funnel as CSV. Every test starts with the app's storage wiped, so the demo has
// its original numbers (rates 25% / 50% / 75% / 100%, required 408, 102, 51, 38, 38).
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import {
  copyWithKeyboard,
  dragAcross,
  exportCsv,
  grantClipboard,
  pasteFromOtherApp,
  pasteWithKeyboard,
  rangeKeys,
  readClipboard,
  selectRange,
  writeClipboard,
} from './support/clipboard-page';
import { freshStoragePerTest } from './support/session';
import { cell, expectText, openDemo, stageNames, summaryCell, textOf, typeIntoCell } from './support/workbook-page';

const tab = freshStoragePerTest();
let excelHtml = '';

beforeAll(async () => {
  await grantClipboard(tab.browser);
  excelHtml = await readFile(new URL('../fixtures/clipboard/excel-range.html', import.meta.url), 'utf8');
});

/** The demo's reverse funnel: 38 deals needed, each stage's entries = next stage's / its rate, rounded up. */
const requiredTop = (rates: number[]) => rates.reduceRight((next, rate) => Math.ceil(next / rate - 1e-9), 38);

// ------------------------------------------------------------------ selecting a range

test('Shift+arrows select a rectangle from the clicked cell', async () => {
  await openDemo(tab.page);

  await selectRange(cell(tab.page, 1, 'rate'), ['ArrowDown', 'ArrowRight']);

  expect(await rangeKeys(tab.page)).toHaveLength(4);
  expect(tab.errors).toEqual([]);
});

test('Shift+click extends the range to the clicked cell', async () => {
  await openDemo(tab.page);

  await cell(tab.page, 1, 'rate').click();
  await cell(tab.page, 3, 'actual').click({ modifiers: ['Shift'] });

  expect(await rangeKeys(tab.page)).toHaveLength(9);
  expect(tab.errors).toEqual([]);
});

test('dragging across cells selects the rectangle they span', async () => {
  await openDemo(tab.page);

  await dragAcross(cell(tab.page, 1, 'rate'), cell(tab.page, 2, 'actual'));

  expect(await rangeKeys(tab.page)).toHaveLength(6);
  expect(tab.errors).toEqual([]);
});

test('Esc collapses the range to the selected cell', async () => {
  await openDemo(tab.page);
  await selectRange(cell(tab.page, 1, 'rate'), ['ArrowDown']);

  await tab.page.keyboard.press('Escape');

  expect(await rangeKeys(tab.page)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('a plain click collapses the range', async () => {
  await openDemo(tab.page);
  await selectRange(cell(tab.page, 1, 'rate'), ['ArrowDown']);

  await cell(tab.page, 4, 'actual').click();

  expect(await rangeKeys(tab.page)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ copy

test('Ctrl+C puts the range on the clipboard as TSV of plain numbers and percentages', async () => {
  await openDemo(tab.page);
  await selectRange(cell(tab.page, 1, 'rate'), ['ArrowDown', 'ArrowRight']);

  await copyWithKeyboard(tab.page);

  const required = [await textOf(cell(tab.page, 1, 'required')), await textOf(cell(tab.page, 2, 'required'))];
  expect((await readClipboard(tab.page)).text).toBe(`25%\t${required[0]}\r\n50%\t${required[1]}\r\n`);
  expect(tab.errors).toEqual([]);
});

test('Ctrl+C puts an HTML table with Excel’s exact numbers on the clipboard', async () => {
  await openDemo(tab.page);
  await selectRange(cell(tab.page, 1, 'rate'), ['ArrowDown']);

  await copyWithKeyboard(tab.page);

  const { html } = await readClipboard(tab.page);
  expect(html).toContain('x:num="0.25"');
  expect(html).toContain('x:num="0.5"');
  expect(html.match(/<tr>/g)).toHaveLength(2);
  expect(tab.errors).toEqual([]);
});

test('large numbers are copied without thousands separators', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'actual'), '1234567');

  await cell(tab.page, 1, 'actual').click();
  await copyWithKeyboard(tab.page);

  expect((await readClipboard(tab.page)).text).toBe('1234567\r\n');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ paste

test('pasting TSV with 50万, 25% and a formula fills rates and actuals, and the funnel recomputes', async () => {
  await openDemo(tab.page);
  await writeClipboard(tab.page, { text: '30%\t\t50万\r\n=0.2*2\t\t1200\r\n' });

  await pasteWithKeyboard(cell(tab.page, 1, 'rate'));

  await expectText(cell(tab.page, 1, 'rate'), '30%');
  await expectText(cell(tab.page, 2, 'rate'), '40%');
  await expectText(cell(tab.page, 1, 'actual'), '500,000');
  await expectText(cell(tab.page, 2, 'actual'), '1,200');
  await expectText(summaryCell(tab.page, 'requiredTop'), String(requiredTop([0.3, 0.4, 0.75, 1])));
  expect(tab.errors).toEqual([]);
});

test('one Ctrl+Z undoes the whole paste', async () => {
  await openDemo(tab.page);
  const before = await textOf(summaryCell(tab.page, 'requiredTop'));
  await writeClipboard(tab.page, { text: '30%\r\n40%\r\n60%\r\n' });
  await pasteWithKeyboard(cell(tab.page, 1, 'rate'));
  await expectText(cell(tab.page, 3, 'rate'), '60%');

  await tab.page.keyboard.press('ControlOrMeta+Z');

  await expectText(summaryCell(tab.page, 'requiredTop'), before);
  expect([await textOf(cell(tab.page, 1, 'rate')), await textOf(cell(tab.page, 3, 'rate'))]).toEqual(['25%', '75%']);
  expect(tab.errors).toEqual([]);
});

test('pasting Excel’s HTML takes names, exact rates and numbers', async () => {
  await openDemo(tab.page);
  await pasteFromOtherApp(cell(tab.page, 1, 'name'), { text: '潜在客户\t33.3%\t\t1,200\r\nQualified leads\t60.0%\t\t400\r\n', html: excelHtml });

  expect((await stageNames(tab.page)).slice(0, 2)).toEqual(['潜在客户', 'Qualified leads']);
  await expectText(cell(tab.page, 1, 'rate'), '33.33%');
  await expectText(cell(tab.page, 2, 'rate'), '60%');
  await expectText(cell(tab.page, 1, 'actual'), '1,200');
  await expectText(cell(tab.page, 2, 'actual'), '400');
  expect(tab.errors).toEqual([]);
});

test('pasted HTML is only read, never run', async () => {
  await openDemo(tab.page);
  const html = '<table><tr><td><img src=x onerror="window.__pasted=1">Leads<script>window.__pasted=2</script></td></tr></table>';
  await pasteFromOtherApp(cell(tab.page, 1, 'name'), { text: 'Leads', html });

  await expectText(cell(tab.page, 1, 'name'), 'Leads');
  expect(await tab.page.evaluate(() => (window as { __pasted?: number }).__pasted)).toBeUndefined();
  expect(tab.errors).toEqual([]);
});

test('values aimed at computed cells or beyond the grid are reported in one message', async () => {
  await openDemo(tab.page);
  await writeClipboard(tab.page, { text: '10\t999\r\n20\t999\r\n30\t999\r\n' });

  await pasteWithKeyboard(cell(tab.page, 4, 'actual'));

  const report = tab.page.locator('[data-testid=paste-report]');
  // Three rows from the fourth of five stages: the third row's two cells fall beyond the last stage.
  await expect.poll(() => textOf(report)).toContain('2 beyond the edge of the table');
  expect(await textOf(report)).toContain('2 on computed cells');
  await expectText(cell(tab.page, 5, 'actual'), '20');
  expect(tab.errors).toEqual([]);
});

test('a single pasted value fills the selected range', async () => {
  await openDemo(tab.page);
  await writeClipboard(tab.page, { text: '70' });
  await selectRange(cell(tab.page, 1, 'actual'), ['ArrowDown', 'ArrowDown']);

  await tab.page.keyboard.press('ControlOrMeta+V');

  for (const position of [1, 2, 3]) await expectText(cell(tab.page, position, 'actual'), '70');
  expect(tab.errors).toEqual([]);
});

test('what the grid copies pastes back the same elsewhere in the grid', async () => {
  await openDemo(tab.page);
  await selectRange(cell(tab.page, 2, 'rate'), ['ArrowDown']);
  await copyWithKeyboard(tab.page);

  await pasteWithKeyboard(cell(tab.page, 1, 'rate'));

  await expectText(cell(tab.page, 1, 'rate'), '50%');
  await expectText(cell(tab.page, 2, 'rate'), '75%');
  await expectText(summaryCell(tab.page, 'requiredTop'), String(requiredTop([0.5, 0.75, 0.75, 1])));
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ clear

test('Delete clears every input in the range in one step of undo', async () => {
  await openDemo(tab.page);
  await writeClipboard(tab.page, { text: '500\r\n200\r\n' });
  await pasteWithKeyboard(cell(tab.page, 1, 'actual'));
  await expectText(cell(tab.page, 2, 'actual'), '200');

  await tab.page.keyboard.press('Delete');

  await expectText(cell(tab.page, 1, 'actual'), '');
  await expectText(cell(tab.page, 2, 'actual'), '');
  expect(tab.errors).toEqual([]);
});

test('Ctrl+X copies the range and clears its inputs', async () => {
  await openDemo(tab.page);
  const actuals = [await textOf(cell(tab.page, 1, 'actual')), await textOf(cell(tab.page, 2, 'actual'))];
  await selectRange(cell(tab.page, 1, 'actual'), ['ArrowDown']);

  await tab.page.keyboard.press('ControlOrMeta+X');

  expect((await readClipboard(tab.page)).text).toBe(actuals.map((a) => `${a.replace(/,/g, '')}\r\n`).join(''));
  await expectText(cell(tab.page, 1, 'actual'), '');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ CSV export

test('the CSV export neutralises a stage named like a formula and keeps numbers as numbers', async () => {
  await openDemo(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'name'), '=HYPERLINK("http://example.com","click")');

  const { name, content } = await exportCsv(tab.page);

  const lines = content.replace(/^\uFEFF/, '').split('\r\n');
  expect(name.endsWith('.csv')).toBe(true);
  expect(content.startsWith('\uFEFF')).toBe(true);
  expect(lines[1].startsWith(`"'=HYPERLINK(""http://example.com"",""click"")",25%,408,`)).toBe(true);
  expect(tab.errors).toEqual([]);
});

test('the CSV export has a header and one row per stage', async () => {
  await openDemo(tab.page);

  const { content } = await exportCsv(tab.page);

  const lines = content.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0].startsWith('Stage,Ideal conversion to next,')).toBe(true);
  expect(lines).toHaveLength(1 + (await stageNames(tab.page)).length);
  expect(tab.errors).toEqual([]);
});
