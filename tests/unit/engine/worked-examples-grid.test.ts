import { describe, expect, it } from 'vitest';
import { assumptionKey, setCell, stageKey } from '../../../src/lib/document';
import { requiredEntries, stageRates, totalSuccessRate, forwardEntries } from '../../../src/lib/domain';
import { FunnelEngine } from '../../../src/lib/engine';
import { ecommerceWorkbook, exampleOneWorkbook, weeklyReportWorkbook } from '../../fixtures/workbooks';

const numberAt = (engine: FunnelEngine, key: string) => {
  const value = engine.valueOf(key);
  return value.type === 'number' ? value.value : NaN;
};

describe('worked example 1 through the grid', () => {
  it('shows 38 deals needed', () => {
    const engine = new FunnelEngine(exampleOneWorkbook());
    expect(numberAt(engine, assumptionKey('dealsNeeded'))).toBe(38);
  });

  it('shows the same required entries as the domain module', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    const shown = doc.stages.map((s) => numberAt(engine, stageKey(s.id, 'required')));
    expect(shown).toEqual(requiredEntries(38, [0.25, 0.5, 0.75, 1], 'per-stage'));
  });

  it('shows a required top of funnel of 408', () => {
    const engine = new FunnelEngine(exampleOneWorkbook());
    expect(numberAt(engine, assumptionKey('requiredTop'))).toBe(408);
  });

  it('carries fractions when rounding is exact', () => {
    const engine = new FunnelEngine(exampleOneWorkbook(false));
    expect(numberAt(engine, assumptionKey('requiredTop'))).toBeCloseTo(requiredEntries(38, [0.25, 0.5, 0.75, 1], 'exact')[0], 6);
  });

  it('forecasts 38 won deals from an actual top of 408 at the ideal rates', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(setCell(doc, stageKey(doc.stages[0].id, 'actual'), '408'));
    const shown = doc.stages.map((s) => numberAt(engine, stageKey(s.id, 'forecast')));
    expect(shown).toEqual(forwardEntries(408, [0.25, 0.5, 0.75, 1], 'per-stage'));
  });
});

describe('worked example 3 through the grid', () => {
  it('shows the actual stage rates of the domain module', () => {
    const doc = weeklyReportWorkbook();
    const engine = new FunnelEngine(doc);
    const shown = doc.stages.slice(0, -1).map((s) => numberAt(engine, stageKey(s.id, 'actualRate')));
    expect(shown).toEqual(stageRates([100, 80, 40, 20, 10, 5]));
  });

  it('shows a total actual success rate of 5%', () => {
    const engine = new FunnelEngine(weeklyReportWorkbook());
    expect(numberAt(engine, assumptionKey('actualTotalRate'))).toBeCloseTo(totalSuccessRate(stageRates([100, 80, 40, 20, 10, 5])), 12);
  });

  it('shows the gap of each stage against its ideal rate', () => {
    const doc = weeklyReportWorkbook();
    const engine = new FunnelEngine(doc);
    expect(numberAt(engine, stageKey(doc.stages[0].id, 'gap'))).toBeCloseTo(0.3, 12);
  });
});

describe('worked example 4 through the grid', () => {
  it('shows a 2% conversion from 50,000 visitors to 1,000 purchases', () => {
    const doc = ecommerceWorkbook();
    const engine = new FunnelEngine(doc);
    expect(numberAt(engine, stageKey(doc.stages[0].id, 'actualRate'))).toBe(0.02);
  });
});
