import { readFileSync } from 'node:fs';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { addOpportunity, createWorkbook, opportunityKey, setCell } from '../../../src/lib/document';
import { serialFromIso } from '../../../src/lib/domain';
import { FunnelEngine } from '../../../src/lib/engine';
import { isCriterionModule, patchCriterionCache } from '../../../scripts/vite-plugins/hyperformula-criterion-cache.mjs';

// The app's builds, its dev server, the command line and these tests run HyperFormula with a fix of
// its SUMIF cache (scripts/vite-plugins/hyperformula-criterion-cache.mjs).

/** Rows whose third column sums the table's amounts by the row's own month, months taken in turn. */
function sumByOwnMonth(rows: number, months: number) {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useStats: true });
  const sheet = hf.getSheetId(hf.addSheet('O'))!;
  const content = Array.from({ length: rows }, (_, i) => [45292 + 31 * (i % months), 1000 + i, `=SUMIF($A$1:$A$${rows},A${i + 1},$B$1:$B$${rows})`]);
  hf.setSheetContent(sheet, content);
  const expected = () => {
    const amounts = Array.from({ length: rows }, (_, i) => hf.getCellValue({ sheet, row: i, col: 1 }) as number);
    return amounts.map((_, i) => amounts.reduce((sum, amount, j) => (j % months === i % months ? sum + amount : sum), 0));
  };
  const sums = () => Array.from({ length: rows }, (_, i) => hf.getCellValue({ sheet, row: i, col: 2 }));
  const cacheHits = () => hf.getStats().get('CRITERION_FUNCTION_FULL_CACHE_USED' as never) ?? 0;
  return { hf, sheet, expected, sums, cacheHits };
}

describe('SUMIF over one range by many criteria', () => {
  it('answers a criterion asked before from the cache, even when other criteria came in between', () => {
    const table = sumByOwnMonth(120, 4);
    // 120 rows, 4 months: only the first row of each month scans the range.
    expect(table.cacheHits()).toBe(116);
    table.hf.destroy();
  });

  it('gives every row the sum of its own month, before and after amounts and months change', () => {
    const table = sumByOwnMonth(60, 3);
    expect(table.sums()).toEqual(table.expected());
    table.hf.setCellContents({ sheet: table.sheet, row: 7, col: 1 }, [[5]]);
    expect(table.sums()).toEqual(table.expected());
    table.hf.setCellContents({ sheet: table.sheet, row: 4, col: 0 }, [[45292]]);
    const months = Array.from({ length: 60 }, (_, i) => table.hf.getCellValue({ sheet: table.sheet, row: i, col: 0 }) as number);
    const amounts = Array.from({ length: 60 }, (_, i) => table.hf.getCellValue({ sheet: table.sheet, row: i, col: 1 }) as number);
    const bySum = months.map((m) => amounts.reduce((sum, a, j) => (months[j] === m ? sum + a : sum), 0));
    expect(table.sums()).toEqual(bySum);
    table.hf.destroy();
  });
});

describe('the fix', () => {
  it('applies to both builds of the installed HyperFormula', () => {
    for (const file of ['es/interpreter/CriterionFunctionCompute.mjs', 'commonjs/interpreter/CriterionFunctionCompute.js']) {
      const path = `node_modules/hyperformula/${file}`;
      expect(isCriterionModule(`${process.cwd()}/${path}`)).toBe(true);
      expect(patchCriterionCache(readFileSync(path, 'utf8'))).toContain('kept.size > 0 ? kept');
    }
  });

  it('refuses code it does not recognise, so a newer HyperFormula is checked before it ships unpatched', () => {
    expect(() => patchCriterionCache('export class CriterionFunctionCompute {}')).toThrow(/no longer matches/);
  });
});

describe('open opportunities closing in the same month', () => {
  it('each show the total of the opportunities closing in their month, after an amount changes too', () => {
    let doc = createWorkbook({ name: 'pipeline', target: 1e6, avgDeal: 1e4, stages: [{ name: 'Lead', rate: 0.5 }, { name: 'Won' }] });
    // Close dates as the document keeps them: spreadsheet serial days.
    const closes = ['2026-01-15', '2026-02-10', '2026-03-05'].map((iso) => String(serialFromIso(iso)));
    for (let i = 0; i < 30; i++) doc = addOpportunity(doc, `o${i}`, { amount: String(100 * (i + 1)), stage: 'Lead', close: closes[i % 3] });
    const engine = new FunnelEngine(doc);
    const sameMonth = () => doc.opportunities.map((o) => engine.valueOf(opportunityKey(o.id, 'sameMonth')));
    const expected = (amount: (i: number) => number) =>
      doc.opportunities.map((_, i) => ({ type: 'number', value: doc.opportunities.reduce((sum, __, j) => (j % 3 === i % 3 ? sum + amount(j) : sum), 0) }));
    expect(sameMonth()).toEqual(expected((j) => 100 * (j + 1)));
    doc = setCell(doc, opportunityKey('o4', 'amount'), '50');
    engine.update(doc, [opportunityKey('o4', 'amount')]);
    expect(sameMonth()).toEqual(expected((j) => (j === 4 ? 50 : 100 * (j + 1))));
    engine.destroy();
  });
});
