// Excel export (issue 6, part 2) in headless Chromium: the toolbar button downloads an .xlsx file
// that a spreadsheet library opens, holding the grid as live formulas with their results, the
// assumptions as defined names, and headers in the reader's language.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { loadAllMessages, translate } from '../../src/lib/i18n/translate';
import { download } from './support/charts-page';
import { chooseLanguage } from './support/concepts-page';
import { freshStoragePerTest } from './support/session';
import { openDemo, summaryCell, textOf } from './support/workbook-page';
import { zipEntry } from '../unit/xlsx/zip-entry';

await loadAllMessages();

const tab = freshStoragePerTest({ locale: 'en-US', viewport: { width: 1200, height: 900 } });

async function exportedFile(): Promise<{ fileName: string; bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const file = await download(tab.page, tab.page.locator('button[data-testid=export-xlsx]'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return { ...file, workbook };
}

describe('Excel export', () => {
  test('the button downloads an .xlsx named after the workbook, with the grid as formulas and their results', async () => {
    const { page } = tab;
    await openDemo(page);
    const requiredTop = await textOf(summaryCell(page, 'requiredTop'));
    const { fileName, workbook } = await exportedFile();

    expect(fileName).toBe('Demo_ B2B project sale funnel.xlsx');
    expect(workbook.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['Funnel', 'Assumptions']);
    const funnel = workbook.getWorksheet('Funnel')!;
    // Row 2 is the top stage; column C holds what it requires: a formula whose result is on screen.
    const top = funnel.getCell('C2');
    expect(top.formula).toBe('IF(PerStage,ROUNDUP(C3/B2,0),C3/B2)');
    expect(String(top.result)).toBe(requiredTop.replace(/,/g, ''));
    expect(funnel.getCell('A2').value).toBe('Candidate accounts');
    expect(funnel.getCell('A1').value).toBe(translate('en', 'column.name'));
    expect(tab.errors).toEqual([]);
  });

  test('the file defines the assumptions as names that the formulas use', async () => {
    const { page } = tab;
    await openDemo(page);
    const { bytes, workbook } = await exportedFile();
    const xml = zipEntry(bytes, 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="DealsNeeded">Assumptions!$B$7</definedName>');
    const assumptions = workbook.getWorksheet('Assumptions')!;
    expect(assumptions.getCell('B7').formula).toBe('ROUNDUP(Target/IF(UseMix,BlendedAvgDeal,AvgDeal),0)');
    expect(assumptions.getCell('B7').result).toBe(38);
  });

  test('in Chinese the headers and labels in the file are Chinese', async () => {
    const { page } = tab;
    await openDemo(page);
    await chooseLanguage(page, '中文');
    await expect.poll(() => textOf(page.locator('button[data-testid=export-xlsx]'))).toBe(translate('zh-CN', 'xlsx.export'));
    const { workbook } = await exportedFile();
    expect(workbook.getWorksheet('Funnel')!.getCell('A1').value).toBe(translate('zh-CN', 'column.name'));
    expect(workbook.getWorksheet('Assumptions')!.getCell('C1').value).toBe(translate('zh-CN', 'assumption.target'));
  });
});
