import { describe, expect, it } from 'vitest';
import { assumptionKey, createWorkbook, restoreWorkbook, setCell, stageKey, renameStage } from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

describe('engine updates', () => {
  it('recomputes the required top when a rate changes', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    const next = setCell(doc, stageKey(doc.stages[0].id, 'rate'), '0.2');
    const { changes } = engine.update(next, [stageKey(doc.stages[0].id, 'rate')]);
    expect(changes.get(assumptionKey('requiredTop'))).toEqual({ type: 'number', value: 510 });
  });

  it('reports only the cells whose value changed', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    const next = setCell(doc, stageKey(doc.stages[0].id, 'rate'), '0.2');
    const { changes } = engine.update(next, [stageKey(doc.stages[0].id, 'rate')]);
    expect([...changes.keys()].sort()).toEqual(
      // SimTop follows RequiredTop while no actual top is typed.
      [
        stageKey(doc.stages[0].id, 'rate'),
        stageKey(doc.stages[0].id, 'required'),
        assumptionKey('requiredTop'),
        assumptionKey('idealTotalRate'),
        assumptionKey('simTop'),
      ].sort(),
    );
  });

  it('evaluates a formula that uses named assumptions', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[4].id, 'required');
    const engine = new FunnelEngine(setCell(doc, key, '=Target/AvgDeal*2'));
    expect(engine.valueOf(key)).toEqual({ type: 'number', value: 76 });
  });

  it('returns a formula cell to its default formula when cleared', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[4].id, 'required');
    const engine = new FunnelEngine(setCell(doc, key, '5'));
    engine.update(doc, [key]);
    expect(engine.contentOf(key)).toBe('=DealsNeeded');
  });

  it('shows division by zero as a DIV_BY_ZERO error', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[0].id, 'actual');
    const engine = new FunnelEngine(setCell(doc, key, '=1/0'));
    expect(engine.valueOf(key)).toMatchObject({ type: 'error', code: 'DIV_BY_ZERO' });
  });

  it('shows a self reference as a CYCLE error', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[0].id, 'actual');
    const engine = new FunnelEngine(setCell(doc, key, '=D2+1'));
    expect(engine.valueOf(key)).toMatchObject({ type: 'error', code: 'CYCLE' });
  });

  it('keeps a stage name that looks like a formula as text', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[0].id, 'name');
    const engine = new FunnelEngine(renameStage(doc, doc.stages[0].id, '=HYPERLINK("javascript:alert(1)")'));
    expect(engine.valueOf(key)).toEqual({ type: 'text', value: '=HYPERLINK("javascript:alert(1)")' });
  });

  it('gives the A1 address of a stage cell', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    expect(engine.addressOf(stageKey(doc.stages[2].id, 'required'))).toBe('C4');
  });
});

describe('engine size', () => {
  it('holds the number of formula cells the edit benchmark reports for its workbooks', async () => {
    const { formulaCellCount } = await import('../../../bench/lib/bench-workbook.mjs');
    for (const n of [2, 61]) {
      const doc = createWorkbook({
        name: 'size',
        target: 1e6,
        avgDeal: 1e4,
        stages: Array.from({ length: n }, (_, i) => ({ name: `S${i}`, rate: i < n - 1 ? 0.999 : undefined })),
      });
      const engine = new FunnelEngine(doc);
      const formulas = engine.stageLayout.keys().filter((key) => engine.contentOf(key).startsWith('=')).length;
      expect(formulas).toBe(formulaCellCount(n));
      engine.destroy();
    }
  });

  it('holds the number of formula cells of the benchmark\'s team and rep plans', async () => {
    const { generateSegmentWorkbook, planFormulaCellCount } = await import('../../../bench/lib/segment-plan.mjs');
    for (const shape of [{ teams: 1, repsPerTeam: 1 }, { teams: 2, repsPerTeam: 3 }]) {
      const restored = restoreWorkbook(generateSegmentWorkbook('plan', shape));
      if (!restored.ok) throw new Error('the generated plan does not restore');
      const engine = new FunnelEngine(restored.doc);
      const formulas = engine.stageLayout.keys().filter((key) => engine.contentOf(key).startsWith('=')).length;
      expect(formulas).toBe(planFormulaCellCount(shape));
      engine.destroy();
    }
  });
});
