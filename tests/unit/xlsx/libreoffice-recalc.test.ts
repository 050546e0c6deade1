// The exported file computes the same numbers in another spreadsheet: every template, the demo and
// workbooks with scenarios are written WITHOUT cached results, LibreOffice opens and recalculates
// them (one start for all files) and every cell it computed is compared with the app's value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookDoc } from '../../../src/lib/document';
import { planWorkbookXlsx, writeXlsx, type WorkbookPlan } from '../../../src/lib/xlsx';
import { compareWithFile } from './compare';
import { recalculateAll } from './libreoffice';
import { demoWorkbook, everythingWorkbook, scenarioWorkbook, splitWorkbook, templateWorkbooks } from './workbooks';

const cases: { name: string; doc: WorkbookDoc }[] = [
  ...templateWorkbooks(),
  { name: 'demo', doc: demoWorkbook() },
  { name: 'demo-zh', doc: demoWorkbook('zh-CN') },
  { name: 'scenarios', doc: scenarioWorkbook() },
  { name: 'everything', doc: everythingWorkbook() },
  { name: 'segments', doc: splitWorkbook() },
];

const plans = new Map<string, WorkbookPlan>();
const recalculated = new Map<string, ExcelJS.Workbook>();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnelbook-xlsx-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const files: string[] = [];
  for (const { name, doc } of cases) {
    const plan = planWorkbookXlsx(doc);
    plans.set(name, plan);
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeXlsx(plan, { cachedResults: false }));
    files.push(file);
  }
  const { outDir, cleanup } = recalculateAll(files);
  cleanups.push(cleanup);
  for (const { name } of cases) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, `${name}.xlsx`));
    recalculated.set(name, workbook);
  }
}, 180_000);

afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('LibreOffice recalculates the exported file to the app’s values', () => {
  it.each(cases.map((c) => c.name))('%s: every cell within a relative 1e-9, errors where the app has errors', (name) => {
    const result = compareWithFile(plans.get(name)!, recalculated.get(name)!);
    expect(result.mismatches).toEqual([]);
    // A workbook of live formulas, not pasted values: most of what LibreOffice computed are formulas.
    expect(result.formulas).toBeGreaterThan(150);
  });

  it('no cell of any file shows #NAME? in LibreOffice', () => {
    const named: string[] = [];
    for (const [name, workbook] of recalculated) {
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const value = cell.formula ? cell.result : cell.value;
            if (value && typeof value === 'object' && 'error' in value && value.error === '#NAME?') named.push(`${name}:${sheet.name}!${cell.address}`);
          }),
        ),
      );
    }
    expect(named).toEqual([]);
  });

  it('a split workbook exports its Segments and SegmentStages sheets; an unsplit one leaves them out', () => {
    const names = plans.get('segments')!.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Segments', 'SegmentStages']));
    expect(plans.get('demo')!.sheets.map((s) => s.name)).not.toContain('Segments');
  });

  it('a scenario’s sheets compute the scenario, not the base', () => {
    const plan = plans.get('scenarios')!;
    const file = recalculated.get('scenarios')!;
    const dealsNeeded = (sheet: string) => {
      const row = plan.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.value === 'DealsNeeded')!.row;
      return file.getWorksheet(sheet)!.getCell(row + 1, 2).result;
    };
    // The optimistic scenario raises the target from 3.8m to 4.5m at 100,000 a deal.
    expect([dealsNeeded('Assumptions'), dealsNeeded('Assumptions (Optimistic)')]).toEqual([38, 45]);
  });
});
