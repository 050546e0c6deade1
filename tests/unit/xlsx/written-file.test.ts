// The .xlsx file itself, read back with exceljs as another program would read it.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../../src/lib/xlsx';
import { everythingWorkbook } from './workbooks';
import { zipEntry } from './zip-entry';

let file: ExcelJS.Workbook;
let workbookXml: string;

beforeAll(async () => {
  const bytes = await exportWorkbookXlsx(everythingWorkbook(), { now: new Date('2026-02-01T00:00:00Z') });
  workbookXml = zipEntry(bytes, 'xl/workbook.xml');
  file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ArrayBuffer);
}, 60_000);

describe('the written .xlsx file', () => {
  it('holds each formula with its cached result, so viewers that do not calculate show numbers', () => {
    const dealsNeeded = file.getWorksheet('Assumptions')!.getCell('B7');
    expect(dealsNeeded.formula).toBe('ROUNDUP(Target/IF(UseMix,BlendedAvgDeal,AvgDeal),0)');
    expect(dealsNeeded.result).toBe(38);
  });

  it('asks Excel to recalculate everything when it opens the file', () => {
    // exceljs does not read calcPr back; the XML says it.
    expect(workbookXml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('stores stage and owner names as strings, even one that reads like a formula', () => {
    const name = file.getWorksheet('Funnel')!.getCell('A6');
    expect([name.type, name.value, name.formula]).toEqual([ExcelJS.ValueType.String, '=1+1', undefined]);
  });

  it('defines the assumptions as names for the whole workbook', () => {
    expect(workbookXml).toContain('<definedName name="Target">Assumptions!$B$1</definedName>');
  });

  it('scopes each scenario’s names to its own sheets', () => {
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    const at = sheets.indexOf('Funnel (Optimistic)');
    expect(at).toBeGreaterThan(0);
    expect(workbookXml).toContain(`<definedName name="Target" localSheetId="${at}">&apos;Assumptions (Optimistic)&apos;!$B$1</definedName>`);
  });

  it('freezes the header row and the names column of the grid', () => {
    expect(file.getWorksheet('Funnel')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('gives every used column a width and formats numbers', () => {
    const funnel = file.getWorksheet('Funnel')!;
    expect(funnel.getColumn(1).width).toBeGreaterThanOrEqual(8);
    expect(funnel.getCell('B2').numFmt).toContain('%');
  });

  it('records the workbook’s name and the program that wrote it', () => {
    expect([file.title, file.creator]).toEqual([everythingWorkbook().name, 'Funnelbook']);
  });
});
