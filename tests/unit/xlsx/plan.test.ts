// What the exported file holds, checked on the plan (no file, no LibreOffice): formulas, names,
// scenarios, text, labels, number formats and the sheets a client sees.
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSUMPTIONS, stageKey } from '../../../src/lib/document';
import { translate } from '../../../src/lib/i18n/translate';
import { FunnelEngine } from '../../../src/lib/engine';
import { planWorkbookXlsx, type PlannedSheet, type WorkbookPlan } from '../../../src/lib/xlsx';
import { demoWorkbook, everythingWorkbook, scenarioWorkbook } from './workbooks';

// Building a workbook's engines takes a moment; each workbook is planned once for the file.
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const everything = once(() => planWorkbookXlsx(everythingWorkbook()));
const scenarios = once(() => planWorkbookXlsx(scenarioWorkbook()));
const demo = once(() => planWorkbookXlsx(demoWorkbook()));

const sheet = (plan: WorkbookPlan, name: string): PlannedSheet => {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} among ${plan.sheets.map((s) => s.name).join(', ')}`);
  return found;
};
const cell = (s: PlannedSheet, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
const columnOf = (s: PlannedSheet, header: string) => s.cells.find((c) => c.row === 0 && c.value === header)!.col;

describe('the plan of an exported workbook', () => {
  beforeAll(() => void [everything(), scenarios(), demo()], 60_000);

  it('names every assumption for the whole workbook, pointing at its value on Assumptions', () => {
    const plan = demo();
    const global = new Map(plan.names.filter((n) => n.sheet === undefined).map((n) => [n.name, n.refersTo]));
    ASSUMPTIONS.forEach((spec, row) => expect(global.get(spec.name), spec.name).toBe(`Assumptions!$B$${row + 1}`));
  });

  it('writes the grid as formulas: every cell the engine computes carries its formula', () => {
    const doc = demoWorkbook();
    const plan = planWorkbookXlsx(doc);
    const funnel = sheet(plan, 'Funnel');
    const engine = new FunnelEngine(doc);
    try {
      doc.stages.forEach((stage, i) => {
        const planned = cell(funnel, i + 1, columnOf(funnel, 'required'))!;
        expect('=' + planned.formula).toBe(engine.contentOf(stageKey(stage.id, 'required')));
        expect(engine.valueOf(stageKey(stage.id, 'required'))).toEqual({ type: 'number', value: planned.value });
      });
    } finally {
      engine.destroy();
    }
    const dealsNeeded = sheet(plan, 'Assumptions').cells.find((c) => c.formula?.startsWith('ROUNDUP(Target/'));
    expect(dealsNeeded?.value).toBe(38);
  });

  it('writes a stage named like a formula as plain text, never as a formula', () => {
    const funnel = sheet(everything(), 'Funnel');
    expect(cell(funnel, 5, 0)).toMatchObject({ value: '=1+1' });
    expect(cell(funnel, 5, 0)?.formula).toBeUndefined();
  });

  it('keeps a HYPERLINK to https as a formula and writes one to javascript: as its value only', () => {
    const funnel = sheet(everything(), 'Funnel');
    const low = cell(funnel, 2, columnOf(funnel, 'rateLow'))!;
    const high = cell(funnel, 2, columnOf(funnel, 'rateHigh'))!;
    expect(low).toMatchObject({ formula: 'HYPERLINK("https://example.com/plan","plan")', value: 'plan' });
    expect(high).toMatchObject({ value: 'click' });
    expect(high.formula).toBeUndefined();
  });

  it('gives each scenario its own sheets whose names are scoped to them and read its own assumptions', () => {
    const plan = scenarios();
    const at = plan.sheets.findIndex((s) => s.name === 'Funnel (Optimistic)');
    const target = plan.names.find((n) => n.name === 'Target' && n.sheet === at);
    expect(target?.refersTo).toBe("'Assumptions (Optimistic)'!$B$1");
    expect(cell(sheet(plan, 'Assumptions (Optimistic)'), 0, 1)?.value).toBe(4_500_000);
    expect(cell(sheet(plan, 'Assumptions'), 0, 1)?.value).toBe(3_800_000);
  });

  it('sets the scenarios side by side on one sheet of live references', () => {
    const comparison = sheet(scenarios(), 'Scenarios');
    const row = comparison.cells.find((c) => c.col === 0 && c.value === 'DealsNeeded')!.row;
    // Base 38 deals; the optimistic target needs 45; the cautious scenario changes only a rate.
    expect([2, 3, 4].map((col) => cell(comparison, row, col)?.value)).toEqual([38, 45, 38]);
    expect(cell(comparison, row, 3)?.formula).toBe(`IF('Assumptions (Optimistic)'!$B$7="","",'Assumptions (Optimistic)'!$B$7)`);
    expect(comparison.cells.filter((c) => c.row === 0).map((c) => c.value)).toEqual(['Name', 'Item', 'Base', 'Optimistic', "Cautious: team's [Q1] view"]);
  });

  it('labels header rows and assumptions in the reader’s language and freezes the header', () => {
    const plan = planWorkbookXlsx(demoWorkbook('zh-CN'), (key) => translate('zh-CN', key as never));
    const funnel = sheet(plan, 'Funnel');
    expect(cell(funnel, 0, 0)).toMatchObject({ value: translate('zh-CN', 'column.name'), style: 'header' });
    expect(funnel.freeze).toEqual({ rows: 1, cols: 1 });
    expect(cell(sheet(plan, 'Assumptions'), 0, 2)).toMatchObject({ value: translate('zh-CN', 'assumption.target'), style: 'label' });
  });

  it('formats rates as percentages, counts and money with thousands separators and dates as dates', () => {
    const plan = demo();
    const funnel = sheet(plan, 'Funnel');
    expect(cell(funnel, 1, columnOf(funnel, 'rate'))?.numFmt).toContain('%');
    expect(cell(funnel, 1, columnOf(funnel, 'required'))?.numFmt).toBe('#,##0');
    expect(cell(funnel, 1, columnOf(funnel, 'enterBy'))?.numFmt).toBe('yyyy-mm-dd');
    expect(cell(sheet(plan, 'Assumptions'), 0, 1)?.numFmt).toBe('#,##0');
  });

  it('marks what the user typed as inputs', () => {
    const funnel = sheet(demo(), 'Funnel');
    expect(cell(funnel, 1, columnOf(funnel, 'actual'))?.style).toBe('input');
    expect(cell(funnel, 1, columnOf(funnel, 'required'))?.style).toBeUndefined();
  });

  it('leaves out sheets that hold only a header, such as Opportunities in a workbook without any', () => {
    const names = demo().sheets.map((s) => s.name);
    expect(names).toContain('Funnel');
    expect(names).not.toContain('Opportunities');
    expect(everything().sheets.map((s) => s.name)).toContain('Opportunities');
  });

  it('sizes columns to what they hold, within 8 to 60 characters', () => {
    for (const s of everything().sheets) {
      for (const width of s.widths) expect(width).toBeGreaterThanOrEqual(8), expect(width).toBeLessThanOrEqual(60);
    }
  });
});
