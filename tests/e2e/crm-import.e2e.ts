import { expect, test } from 'vitest';
import { createFromTemplate } from './support/concepts-page';
import {
  applyImport,
  expectedZhEntries,
  importDialog,
  importedCounts,
  importFile,
  mapStage,
  stageTarget,
  waitForSummary,
} from './support/crm-import-page';
import { freshStoragePerTest } from './support/session';
import { cell, expectText, reloadWorkbook, stageRows, textOf, waitForSaved } from './support/workbook-page';
import { makeZip } from '../unit/crm-import/fixtures/zip';

const tab = freshStoragePerTest({ locale: 'en-US' });

const ZH_STAGES = ['线索', '初步接触', '深入沟通', '方案报价', '商务谈判', '成交'];
const EN_STAGES = ['Leads', 'Contact', 'Engagement', 'Proposal', 'Negotiation', 'Closed won'];

async function actuals(): Promise<string[]> {
  const count = await stageRows(tab.page).count();
  const values: string[] = [];
  for (let position = 1; position <= count; position++) values.push(await textOf(cell(tab.page, position, 'actual')));
  return values;
}

async function expectActuals(expected: string[]): Promise<void> {
  for (const [i, text] of expected.entries()) await expectText(cell(tab.page, i + 1, 'actual'), text);
}

test('imports the Chinese sample: mapped stages become actual entries, undo restores them, reload keeps them', async () => {
  const { page } = tab;
  await createFromTemplate(page, 'CRM import', 'b2b-pipeline');
  const before = await actuals();
  await importFile(page, 'zh-opportunities-utf8-bom.csv');
  await waitForSummary(page);
  expect(await stageTarget(page, '输单')).toBe('lost');
  for (const [i, name] of ZH_STAGES.entries()) await mapStage(page, name, EN_STAGES[i]);
  const expected = expectedZhEntries(ZH_STAGES).map(String);
  expect(await importedCounts(page)).toEqual(expected);

  await applyImport(page);
  await expectActuals(expected);
  await page.locator('[data-testid=undo]').click();
  await expectActuals(before);
  await page.locator('[data-testid=redo]').click();
  await expectActuals(expected);
  await waitForSaved(page);
  await reloadWorkbook(page);
  await expectActuals(expected);
  expect(tab.errors).toEqual([]);
});

test('remembers the stage mapping for the next import into the same workbook', async () => {
  const { page } = tab;
  await createFromTemplate(page, 'CRM again', 'b2b-pipeline');
  await importFile(page, 'zh-opportunities-utf8-bom.csv');
  await waitForSummary(page);
  for (const [i, name] of ZH_STAGES.entries()) await mapStage(page, name, EN_STAGES[i]);
  await applyImport(page);
  await importFile(page, 'zh-opportunities-utf8-bom.csv');
  await waitForSummary(page);
  expect(await importedCounts(page)).toEqual(expectedZhEntries(ZH_STAGES).map(String));
  expect(tab.errors).toEqual([]);
});

test('reads the XLSX sample in a worker and shows its rows for mapping', async () => {
  const { page } = tab;
  await createFromTemplate(page, 'CRM xlsx', 'b2b-pipeline');
  await importFile(page, 'en-hubspot-deals.xlsx');
  await waitForSummary(page);
  await expectText(page.locator('[data-testid=crm-import-file]'), '“en-hubspot-deals.xlsx”: 100 rows, 8 columns');
  expect(await page.locator('[data-testid=crm-column-stage]').inputValue()).toBe('2');
  // Date and number cells arrive readable: no created date or amount is reported unreadable.
  expect(await page.locator('[data-warning=badCreated], [data-warning=badAmount], [data-warning=badClosed]').count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

test('refuses a zip-bomb-like XLSX with a clear message and leaves the actuals alone', async () => {
  const { page } = tab;
  await createFromTemplate(page, 'CRM bomb', 'b2b-pipeline');
  const before = await actuals();
  const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(60 * 1024 * 1024) }]);
  await importFile(page, { name: 'deals.xlsx', buffer: Buffer.from(bomb), mimeType: 'application/octet-stream' });
  const error = importDialog(page).locator('[data-testid=crm-import-error]');
  await expectText(error, 'The XLSX file unpacks to more than 50 MB, so it is not opened. Export fewer columns or rows, or save it as CSV.');
  await page.locator('[data-testid=crm-import-cancel]').click();
  expect(await actuals()).toEqual(before);
  expect(tab.errors).toEqual([]);
});

test('reads a GBK CSV from Chinese Excel with its Chinese headers', async () => {
  const { page } = tab;
  await createFromTemplate(page, 'CRM gbk', 'b2b-pipeline');
  await importFile(page, 'zh-opportunities-gbk.csv');
  await waitForSummary(page);
  await expectText(page.locator('[data-testid=crm-import-encoding]'), '· read as GBK');
  await expectText(page.locator('[data-testid=crm-import-preview] th').first(), '机会ID');
  expect(await page.locator('[data-testid=crm-column-owner] option:checked').textContent()).toBe('所有者');
  expect(tab.errors).toEqual([]);
});
