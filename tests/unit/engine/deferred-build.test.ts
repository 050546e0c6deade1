// A workbook opened again paints from its saved values while its engine is built a step at a time
// (issue 8: the grid answers at once; no single long task). The engine built that way must hold
// exactly what one built at once holds, and must finish at once when something needs values.
import { describe, expect, it, test } from 'vitest';
import {
  addOpportunity,
  addScenario,
  addSegment,
  createWorkbook,
  demoSeed,
  nodeStageKey,
  setCell,
  setGrain,
  stageKey,
  type WorkbookDoc,
} from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { ecommerceWorkbook, largeWorkbook } from '../../fixtures/workbooks';

const NOW = new Date('2026-03-01T00:00:00Z');

function demo(): WorkbookDoc {
  return createWorkbook(demoSeed('en', NOW), NOW);
}

/** Teams by month with typed entries, two deals and a scenario that overrides a rate. */
function splitPlan(): WorkbookDoc {
  let doc = setGrain(demo(), 'month');
  for (const id of ['a', 'b']) doc = addSegment(doc, { id, dimension: 'team', name: `Team ${id}`, parentId: null });
  doc.stages.forEach((stage, j) => {
    doc = setCell(doc, nodeStageKey('a', stage.id, 'p0'), String(100 - j * 20));
    doc = setCell(doc, nodeStageKey('b', stage.id, 'p1'), String(80 - j * 15));
  });
  doc = addOpportunity(doc, 'o1', { name: 'Deal 1', stage: doc.stages[1].name, amount: '50000' });
  doc = addOpportunity(doc, 'o2', { name: 'Deal 2', stage: doc.stages[2].name, amount: '70000' });
  doc = addScenario(doc, 'sc', 'Better', undefined);
  return setCell(doc, stageKey(doc.stages[0].id, 'rate'), '0.3');
}

/** Builds `doc` deferred, one step at a time, and returns the engine and how many steps it took. */
function buildInSteps(doc: WorkbookDoc): { engine: FunnelEngine; steps: number } {
  const engine = new FunnelEngine(doc, { deferred: true });
  let steps = 0;
  while (!engine.built) {
    engine.buildStep(0);
    steps++;
  }
  return { engine, steps };
}

describe('an engine built step by step', () => {
  const docs: [string, () => WorkbookDoc][] = [
    ['the demo', demo],
    ['a long funnel (61 stages)', () => largeWorkbook(61)],
    ['an e-commerce funnel', ecommerceWorkbook],
    ['a plan split by team and month, with deals and a scenario', splitPlan],
  ];
  for (const [label, make] of docs) {
    it(`holds the same values and formulas as one built at once: ${label}`, () => {
      const doc = make();
      const whole = new FunnelEngine(doc);
      const { engine, steps } = buildInSteps(doc);
      expect(steps).toBeGreaterThan(1);
      expect(Object.fromEntries(engine.allValues())).toEqual(Object.fromEntries(whole.allValues()));
      expect(engine.snapshot()).toEqual(whole.snapshot());
      whole.destroy();
      engine.destroy();
    });
  }

  it('is not built before its steps run', () => {
    const engine = new FunnelEngine(demo(), { deferred: true });
    expect(engine.built).toBe(false);
    engine.destroy();
  });

  it('makes at least one step even with no time to spare', () => {
    const engine = new FunnelEngine(largeWorkbook(61), { deferred: true });
    const before = engine.recalcMs;
    engine.buildStep(0);
    expect(engine.recalcMs).toBeGreaterThan(before);
    engine.destroy();
  });

  it('tells the formula bar what a cell holds without building', () => {
    const doc = demo();
    const engine = new FunnelEngine(doc, { deferred: true });
    const required = stageKey(doc.stages[0].id, 'required');
    const rate = stageKey(doc.stages[0].id, 'rate');
    expect(engine.contentOf(required)).toBe(new FunnelEngine(doc).contentOf(required));
    expect(engine.contentOf(rate)).toBe('0.25');
    expect(engine.addressOf(rate)).toMatch(/^[A-Z]+2$/);
    expect(engine.built).toBe(false);
    engine.destroy();
  });

  it('finishes building when a value is asked for', () => {
    const doc = demo();
    const engine = new FunnelEngine(doc, { deferred: true });
    engine.buildStep(0);
    // 38 deals at 25% / 50% / 75% / 100% with rounding per stage: 408 candidate accounts.
    expect(engine.valueOf(stageKey(doc.stages[0].id, 'required'))).toEqual({ type: 'number', value: 408 });
    expect(engine.built).toBe(true);
    engine.destroy();
  });

  it('takes an edit half-way through and reports what the edit changed', () => {
    const doc = demo();
    const engine = new FunnelEngine(doc, { deferred: true });
    engine.buildStep(0);
    const rate = stageKey(doc.stages[1].id, 'rate');
    const edited = setCell(doc, rate, '0.25');
    const { changes } = engine.update(edited, [rate]);
    const whole = new FunnelEngine(edited);
    // Half the rate at the second stage doubles what the first must feed it.
    expect(changes.get(stageKey(doc.stages[0].id, 'required'))).toEqual(whole.valueOf(stageKey(doc.stages[0].id, 'required')));
    expect(Object.fromEntries(engine.allValues())).toEqual(Object.fromEntries(whole.allValues()));
    whole.destroy();
    engine.destroy();
  });
});

test('an engine let go before its first step is destroyed without error', () => {
  const engine = new FunnelEngine(demo(), { deferred: true });
  expect(() => engine.destroy()).not.toThrow();
});

test('a layout counts its cells as many as it lists', () => {
  for (const doc of [demo(), largeWorkbook(61), splitPlan()]) {
    const layout = new FunnelEngine(doc, { deferred: true }).stageLayout;
    expect(layout.cellCount).toBe(layout.keys().length);
  }
});
