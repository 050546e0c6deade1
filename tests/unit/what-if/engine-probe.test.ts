import { describe, expect, it } from 'vitest';
import { assumptionKey, setCell, setCellInActiveLayer, stageKey, type WorkbookDoc } from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { MIN_RATE, ScratchEngine, rateNeededAtStage, seekBounds, seekCell, topNeeded } from '../../../src/lib/what-if';
import { exampleOneWorkbook } from '../../fixtures/workbooks';
import { AVG_DEAL, DEALS, RATES, TARGET, TOP, computed, deepFreeze, product, scenarioWorkbook, whatIfWorkbook } from './fixtures';

const REVENUE = assumptionKey('forecastRevenue');

/** The engine shows about 11 significant digits: answers match closed forms to 1e-9, relative. */
function expectNear(actual: number, expected: number, relative = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

/** Runs `probe` on a frozen copy and checks the document is unchanged afterwards. */
function untouched<T>(doc: WorkbookDoc, probe: (doc: WorkbookDoc) => T): T {
  const before = structuredClone(doc);
  const frozen = deepFreeze(doc);
  const result = probe(frozen);
  expect(frozen).toEqual(before);
  return result;
}

describe('the rate needed at a stage', () => {
  it.each([0, 1, 2])('equals D / (T × the other rates) at stage %i with exact rounding', (i) => {
    const doc = whatIfWorkbook();
    const result = untouched(doc, (d) => rateNeededAtStage(FunnelEngine, d, d.stages[i].id));
    const others = product(RATES.filter((_, j) => j !== i));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectNear(result.rate, DEALS / (TOP * others));
    expect(result.exact).toBe(true);
    expectNear(result.revenue, TARGET);
    expect(result.currentRate).toBe(RATES[i]);
    expect(result.alreadyMet).toBe(false);
    expect(result.rounding).toBe('exact');
  });

  it('with per-stage rounding, gives the lowest rate to 0.01% that reaches the target', () => {
    const doc = whatIfWorkbook({ perStage: true });
    const stage = doc.stages[1];
    const result = untouched(doc, (d) => rateNeededAtStage(FunnelEngine, d, stage.id));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const key = stageKey(stage.id, 'rate');
    expect(result.rate * 1e4).toBeCloseTo(Math.round(result.rate * 1e4), 9);
    expect(computed(setCell(doc, key, String(result.rate)), REVENUE)).toBeGreaterThanOrEqual(TARGET);
    expect(computed(setCell(doc, key, String(result.rate - 0.0001)), REVENUE)).toBeLessThan(TARGET);
    expect(result.rounding).toBe('per-stage');
  });

  it('says when even 100% is not enough, and what 100% gives', () => {
    // 1,000 × 30% × 100% × 20% = 60 deals < 100 at best.
    const doc = whatIfWorkbook({ rates: [0.3, 0.5, 0.2] });
    const result = untouched(doc, (d) => rateNeededAtStage(FunnelEngine, d, d.stages[1].id));
    expect(result).toMatchObject({ ok: false, reason: 'unreachable', best: { x: 1 } });
    if (result.ok) return;
    expect(result.best!.fx).toBeCloseTo(60 * AVG_DEAL, 6);
  });

  it('says the current rate already reaches the target when it does', () => {
    const doc = whatIfWorkbook({ top: 2_000 });
    const result = rateNeededAtStage(FunnelEngine, doc, doc.stages[0].id);
    expect(result).toMatchObject({ ok: true, alreadyMet: true });
    if (result.ok) expectNear(result.rate, DEALS / (2_000 * 0.3));
  });

  it('needs an actual top of the funnel, a target and a stage with a rate', () => {
    const noTop = whatIfWorkbook({ top: null });
    expect(rateNeededAtStage(FunnelEngine, noTop, noTop.stages[0].id)).toEqual({ ok: false, reason: 'no-top' });
    const doc = whatIfWorkbook();
    expect(rateNeededAtStage(FunnelEngine, doc, doc.stages[3].id)).toEqual({ ok: false, reason: 'no-stage' });
    expect(rateNeededAtStage(FunnelEngine, doc, 'nope')).toEqual({ ok: false, reason: 'no-stage' });
    const noTarget = setCell(doc, assumptionKey('target'), '0');
    expect(rateNeededAtStage(FunnelEngine, noTarget, doc.stages[0].id)).toEqual({ ok: false, reason: 'no-target' });
    const noRate = setCell(doc, stageKey(doc.stages[2].id, 'rate'), '');
    expect(rateNeededAtStage(FunnelEngine, noRate, doc.stages[0].id)).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('works inside the active scenario, on its overrides', () => {
    const doc = scenarioWorkbook();
    const result = untouched(doc, (d) => rateNeededAtStage(FunnelEngine, d, d.stages[0].id));
    expectNear(result.ok ? result.rate : NaN, DEALS / (TOP * 0.55 * 0.6));
  });
});

describe('the top of the funnel needed', () => {
  it('equals Target / AvgDeal / the total rate with exact rounding', () => {
    const doc = whatIfWorkbook();
    const result = untouched(doc, (d) => topNeeded(FunnelEngine, d));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectNear(result.top, TARGET / AVG_DEAL / product(RATES));
    expect(result.wholeTop).toBe(Math.ceil(TARGET / AVG_DEAL / product(RATES)));
    expect(result.exact).toBe(true);
    expect(result.currentTop).toBe(TOP);
    expect(result.alreadyMet).toBe(false);
    expect(result.text).toBe(String(result.wholeTop));
  });

  it('with per-stage rounding is a whole number that reaches the target while one fewer does not', () => {
    for (const doc of [whatIfWorkbook({ perStage: true }), exampleOneWorkbook(true)]) {
      const result = untouched(doc, (d) => topNeeded(FunnelEngine, d));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const key = stageKey(doc.stages[0].id, 'actual');
      const target = computed(doc, assumptionKey('target'));
      expect(Number.isInteger(result.top)).toBe(true);
      expect(computed(setCell(doc, key, String(result.top)), REVENUE)).toBeGreaterThanOrEqual(target);
      expect(computed(setCell(doc, key, String(result.top - 1)), REVENUE)).toBeLessThan(target);
    }
  });

  it('starts from no actual top at all', () => {
    const doc = whatIfWorkbook({ top: null });
    const result = topNeeded(FunnelEngine, doc);
    expectNear(result.ok ? result.top : NaN, TARGET / AVG_DEAL / product(RATES));
    expect(result.ok && result.currentTop).toBe(null);
  });

  it('says when no top is enough (a rate of 0%)', () => {
    const doc = whatIfWorkbook({ rates: [0.3, 0, 0.6] });
    expect(topNeeded(FunnelEngine, doc)).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});

describe('seekCell', () => {
  it('sets the revenue forecast to a value by changing the top, as the closed form says', () => {
    const doc = whatIfWorkbook();
    const changing = stageKey(doc.stages[0].id, 'actual');
    const result = untouched(doc, (d) =>
      seekCell(FunnelEngine, d, { set: REVENUE, to: 1_200_000, changing, ...seekBounds(changing, TOP) }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectNear(result.x, 1_200_000 / AVG_DEAL / product(RATES));
    expect(result.exact).toBe(true);
    expect(result.before).toBe(TOP);
    expect(Number(result.text)).toBeCloseTo(result.x, 6);
  });

  it('sets the won deals by changing a rate, giving the text a user would type', () => {
    const doc = whatIfWorkbook();
    const changing = stageKey(doc.stages[2].id, 'rate');
    const result = seekCell(FunnelEngine, doc, { set: assumptionKey('forecastWon'), to: 75, changing, lo: 0, hi: 1 });
    expectNear(result.ok ? result.x : NaN, 75 / (TOP * 0.15));
    expect(result.ok && result.text).toBe('50%');
  });

  it('rounds up to whole entries when per-stage rounding leaves no exact answer', () => {
    const doc = whatIfWorkbook({ perStage: true });
    const changing = stageKey(doc.stages[0].id, 'actual');
    const result = seekCell(FunnelEngine, doc, { set: REVENUE, to: 1_005_000, changing, ...seekBounds(changing, TOP) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exact).toBe(false);
    expect(Number.isInteger(result.x)).toBe(true);
    expect(result.fx).toBeGreaterThanOrEqual(1_005_000);
    expect(computed(setCell(doc, changing, String(result.x - 1)), REVENUE)).toBeLessThan(1_005_000);
  });

  it('prefers a whole number of entries when per-stage rounding leaves a plateau of exact answers', () => {
    const doc = whatIfWorkbook({ perStage: true });
    const changing = stageKey(doc.stages[0].id, 'actual');
    const result = seekCell(FunnelEngine, doc, { set: REVENUE, to: TARGET, changing, ...seekBounds(changing, TOP) });
    expect(result).toMatchObject({ ok: true, exact: true, fx: TARGET });
    expect(result.ok && Number.isInteger(result.x)).toBe(true);
    expect(result.ok && result.text).toBe(String(result.ok && result.x));
  });

  it('says so plainly when no value in the range reaches the target', () => {
    const doc = whatIfWorkbook();
    const changing = stageKey(doc.stages[1].id, 'rate');
    // At 100% the forecast is 1,000 × 30% × 60% = 180 deals; 500 is out of reach.
    const result = untouched(doc, (d) => seekCell(FunnelEngine, d, { set: assumptionKey('forecastWon'), to: 500, changing, lo: 0, hi: 1 }));
    expect(result).toMatchObject({ ok: false, reason: 'no-bracket' });
    if (result.ok) return;
    expect(result.best?.x).toBeCloseTo(1, 9);
    expect(result.best?.fx).toBeCloseTo(180, 9);
  });

  it('refuses to change a computed cell, a formula, or the cell being set', () => {
    const doc = whatIfWorkbook();
    const forecast = stageKey(doc.stages[1].id, 'forecast');
    const rate = stageKey(doc.stages[0].id, 'rate');
    const base = { set: REVENUE, to: 1, lo: 0, hi: 1 };
    expect(seekCell(FunnelEngine, doc, { ...base, changing: forecast })).toMatchObject({ ok: false, reason: 'not-input' });
    expect(seekCell(FunnelEngine, setCell(doc, rate, '=0.1*3'), { ...base, changing: rate })).toMatchObject({ ok: false, reason: 'formula' });
    expect(seekCell(FunnelEngine, doc, { ...base, changing: REVENUE })).toMatchObject({ ok: false, reason: 'same-cell' });
    expect(seekCell(FunnelEngine, doc, { ...base, set: stageKey(doc.stages[0].id, 'name'), changing: rate })).toMatchObject({ ok: false, reason: 'not-number' });
  });

  it('changes the active scenario’s cell, never the base', () => {
    const doc = scenarioWorkbook();
    const changing = stageKey(doc.stages[1].id, 'rate');
    const result = untouched(doc, (d) => seekCell(FunnelEngine, d, { set: REVENUE, to: TARGET, changing, lo: 0, hi: 1 }));
    expectNear(result.ok ? result.x : NaN, DEALS / (TOP * 0.3 * 0.6));
    expect(result.ok && result.before).toBe(0.55);
  });

  it('leaves a reused scratch engine on the document it was given', () => {
    const doc = whatIfWorkbook();
    const scratch = new ScratchEngine(FunnelEngine, doc);
    try {
      const changing = stageKey(doc.stages[0].id, 'rate');
      seekCell(scratch, doc, { set: REVENUE, to: TARGET, changing, lo: MIN_RATE, hi: 1 });
      expect(scratch.number(changing)).toBe(RATES[0]);
      const other = setCellInActiveLayer(doc, changing, '0.4');
      const result = seekCell(scratch, other, { set: REVENUE, to: TARGET, changing: stageKey(doc.stages[1].id, 'rate'), lo: 0, hi: 1 });
      expectNear(result.ok ? result.x : NaN, DEALS / (TOP * 0.4 * 0.6));
    } finally {
      scratch.destroy();
    }
  });
});
