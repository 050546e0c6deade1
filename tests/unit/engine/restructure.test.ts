import { describe, expect, it } from 'vitest';
import {
  addScenario,
  assumptionKey,
  insertStage,
  moveStage,
  removeStage,
  setActiveScenario,
  setCell,
  setCellInActiveLayer,
  stageKey,
} from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

const hasRefError = (engine: FunnelEngine) => [...engine.allValues().values()].some((v) => v.type === 'error' && v.code === 'REF');
const requiredTop = (engine: FunnelEngine) => engine.valueOf(assumptionKey('requiredTop'));

describe('stage changes keep every formula right', () => {
  it('removing a middle stage recomputes the top without #REF!', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    engine.restructure(removeStage(doc, doc.stages[1].id));
    expect([hasRefError(engine), requiredTop(engine)]).toEqual([false, { type: 'number', value: 204 }]);
  });

  it('inserting a stage at the top chains it into the reverse calculation', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    const withStage = insertStage(doc, 0, { id: 'newtop', name: 'Leads' });
    engine.restructure(setCell(withStage, stageKey('newtop', 'rate'), '0.5'));
    expect(requiredTop(engine)).toEqual({ type: 'number', value: 816 });
  });

  it('moving a stage recomputes from the new order', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    engine.restructure(moveStage(doc, 0, 2));
    // rates now 50%, 75%, 25%, 100%: 38 -> 38 -> 152 -> 203 -> 406
    expect(requiredTop(engine)).toEqual({ type: 'number', value: 406 });
  });

  it('a typed formula follows the cell it refers to when stages move', () => {
    const doc = exampleOneWorkbook();
    const key = stageKey(doc.stages[4].id, 'actual');
    const engine = new FunnelEngine(setCell(doc, key, '=C3*2'));
    const moved = engine.restructure(setCell(moveStage(doc, 1, 3), key, '=C3*2'));
    expect(moved.cells[key]).toBe('=C5*2');
  });

  it('a typed formula keeps its value after the stage it refers to moves', () => {
    const doc = setCell(exampleOneWorkbook(), stageKey(exampleOneWorkbook().stages[0].id, 'rate'), '0.25');
    const key = stageKey(doc.stages[4].id, 'actual');
    const withFormula = setCell(doc, key, '=C3*2');
    const engine = new FunnelEngine(withFormula);
    const before = engine.valueOf(key);
    engine.restructure(moveStage(withFormula, 1, 3));
    expect(engine.valueOf(key)).not.toEqual(before);
  });
});

describe('stage changes and scenarios', () => {
  it('a formula typed in a scenario that is not on screen follows its cell when stages move', () => {
    const base = exampleOneWorkbook();
    const key = stageKey(base.stages[4].id, 'actual');
    // In scenario "s" the won actual is typed as twice row 3's required entries; then back to the base.
    const doc = setActiveScenario(setCellInActiveLayer(addScenario(base, 's', 'S'), key, '=C3*2'), null);
    const engine = new FunnelEngine(doc);
    const moved = engine.restructure(moveStage(doc, 1, 3));
    expect(moved.scenarios[0].overrides[key]).toBe('=C5*2');
  });

  it('with a scenario on screen, the base and the scenario each keep their own moved formula', () => {
    const base = exampleOneWorkbook();
    const key = stageKey(base.stages[4].id, 'actual');
    const inBase = setCell(base, key, '=C2');
    const doc = setCellInActiveLayer(addScenario(inBase, 's', 'S'), key, '=C3*2');
    const engine = new FunnelEngine(doc);
    const moved = engine.restructure(moveStage(doc, 1, 3));
    expect([moved.cells[key], moved.scenarios[0].overrides[key]]).toEqual(['=C2', '=C5*2']);
  });
});

describe('undoing a stage change', () => {
  it('showing the document from before a removal brings back every value', () => {
    const doc = exampleOneWorkbook();
    const engine = new FunnelEngine(doc);
    const before = engine.allValues();
    engine.restructure(removeStage(doc, doc.stages[1].id));
    engine.update(doc);
    expect(engine.allValues()).toEqual(before);
  });
});
