import { afterEach, describe, expect, it } from 'vitest';
import {
  addScenario,
  assumptionKey,
  createWorkbook,
  patchBaseCellsInPlace,
  removeScenario,
  setActiveScenario,
  setCellInActiveLayer,
  stageKey,
  type WorkbookDoc,
} from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { FunnelEngine } from '../../../src/lib/engine';
import { ScenarioBank } from '../../../src/lib/state/scenario-bank.svelte';

const DEALS = assumptionKey('dealsNeeded');
const TOP = assumptionKey('requiredTop');
const TARGET = assumptionKey('target');

/** A FunnelEngine that counts how many of its kind are alive, so the bank's clean-up can be seen. */
class CountedEngine extends FunnelEngine {
  static alive = 0;
  static destroyed = 0;
  constructor(doc: WorkbookDoc) {
    super(doc);
    CountedEngine.alive++;
  }
  override destroy(): void {
    CountedEngine.alive--;
    CountedEngine.destroyed++;
    super.destroy();
  }
}

/** What a session gives the bank: the document and its engine class (the session has one engine of that class). */
function fakeSession(doc: WorkbookDoc) {
  return { doc, engine: new CountedEngine(doc), engineClass: CountedEngine };
}

const opened: { session: ReturnType<typeof fakeSession>; bank: ScenarioBank }[] = [];
function open(doc: WorkbookDoc, outputs = [DEALS, TOP]) {
  const session = fakeSession(doc);
  const bank = new ScenarioBank(session, outputs);
  opened.push({ session, bank });
  return { session, bank };
}

const number = (bank: ScenarioBank, id: string | null, key: string) => {
  const value = bank.resultOf(id)?.values[key];
  return value?.type === 'number' ? value.value : value;
};

afterEach(() => {
  for (const { session, bank } of opened.splice(0)) {
    bank.dispose();
    session.engine.destroy();
  }
});

const blank = () => createWorkbook(templateSeed('blank', 'en', 'x'));

describe('scenario bank', () => {
  it('computes the base next to a scenario', () => {
    const { bank } = open(addScenario(blank(), 'a', 'Copy'));
    expect(bank.results.map((r) => r.id)).toEqual([null, 'a']);
    // 1,000,000 / 50,000 = 20 deals; 20 / 50% = 40, / 40% = 100, / 30% = 333.3 -> 334.
    expect(number(bank, null, DEALS)).toBe(20);
    expect(number(bank, null, TOP)).toBe(334);
  });

  it('keeps no engine of its own while there is no scenario to compare', () => {
    const before = CountedEngine.alive;
    const { bank } = open(blank());
    // Only the session's own engine: an edit then costs one recalculation, not two.
    expect(CountedEngine.alive).toBe(before + 1);
    expect(bank.size).toBe(0);
    expect(bank.results).toEqual([]);
  });

  it('leaves its empty results as they are on an edit while there is no scenario, so nothing that shows them redraws', () => {
    const doc = blank();
    const { bank } = open(doc);
    const before = bank.results;
    bank.sync(setCellInActiveLayer(doc, stageKey(doc.stages[0].id, 'rate'), '0.6'));
    expect(bank.results).toBe(before);
  });

  it('builds the engine class of the session it is given', () => {
    const before = CountedEngine.alive;
    const { bank } = open(addScenario(blank(), 'a', 'Copy'));
    // The session's own engine plus the bank's base and scenario engines.
    expect(CountedEngine.alive).toBe(before + 3);
    expect(bank.size).toBe(2);
  });

  it('flows a base edit into a scenario that does not override that cell', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'Rate up');
    doc = setCellInActiveLayer(doc, stageKey(doc.stages[0].id, 'rate'), '0.5');
    const { bank } = open(doc);
    expect(number(bank, 'a', DEALS)).toBe(20);

    // Back in the base, the target doubles: the scenario has no target of its own, so it follows.
    doc = setActiveScenario(doc, null);
    doc = setCellInActiveLayer(doc, TARGET, '2000000');
    bank.sync(doc);
    expect(number(bank, null, DEALS)).toBe(40);
    expect(number(bank, 'a', DEALS)).toBe(40);
    // Its own rate still holds: 40 / 50% = 80, / 40% = 200, / 50% = 400 (base: / 30% = 667).
    expect(number(bank, 'a', TOP)).toBe(400);
    expect(number(bank, null, TOP)).toBe(667);
  });

  it('flows a base edit written in place (the same record of cells) into every scenario', () => {
    const doc = setActiveScenario(addScenario(blank(), 'a', 'Copy'), null);
    const { bank } = open(doc);
    expect(number(bank, 'a', DEALS)).toBe(20);
    patchBaseCellsInPlace(doc, [[TARGET, '2000000']]);
    bank.sync({ ...doc });
    expect(number(bank, null, DEALS)).toBe(40);
    expect(number(bank, 'a', DEALS)).toBe(40);
  });

  it('keeps a base edit out of a scenario that overrides that cell', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'Own target');
    doc = setCellInActiveLayer(doc, TARGET, '500000');
    const { bank } = open(doc);
    doc = setCellInActiveLayer(setActiveScenario(doc, null), TARGET, '2000000');
    bank.sync(doc);
    expect(number(bank, 'a', DEALS)).toBe(10);
    expect(number(bank, null, DEALS)).toBe(40);
  });

  it('does not leak a scenario override into the base', () => {
    let doc = blank();
    const { bank } = open(doc);
    doc = addScenario(doc, 'a', 'Bigger deals');
    bank.sync(doc);
    doc = setCellInActiveLayer(doc, assumptionKey('avgDeal'), '100000');
    bank.sync(doc);
    expect(number(bank, 'a', DEALS)).toBe(10);
    expect(number(bank, null, DEALS)).toBe(20);
    expect(doc.cells[assumptionKey('avgDeal')]).toBe('50000');
  });

  it('recomputes every scenario on an edit inside one of them, leaving the others alone', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    doc = addScenario(doc, 'b', 'B');
    const { bank } = open(doc);
    doc = setCellInActiveLayer(doc, TARGET, '3000000'); // b is active
    bank.sync(doc);
    expect([null, 'a', 'b'].map((id) => number(bank, id, DEALS))).toEqual([20, 20, 60]);
    expect(bank.resultOf('b')?.overrides).toBe(1);
    expect(bank.resultOf('a')?.overrides).toBe(0);
  });

  it('shows each of three scenarios with its own deals needed', () => {
    let doc = blank();
    const { bank } = open(doc);
    for (const [id, target] of [['low', '500000'], ['mid', '1500000'], ['high', '2500000']]) {
      doc = addScenario(doc, id, id);
      doc = setCellInActiveLayer(doc, TARGET, target);
      bank.sync(doc);
    }
    expect(bank.results.map((r) => [r.id, r.name, number(bank, r.id, DEALS)])).toEqual([
      [null, null, 20],
      ['low', 'low', 10],
      ['mid', 'mid', 30],
      ['high', 'high', 50],
    ]);
  });

  it('starts a duplicated scenario from the overrides it copies', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    doc = setCellInActiveLayer(doc, TARGET, '3000000');
    const { bank } = open(doc);
    doc = addScenario(doc, 'b', 'A (copy)', 'a');
    bank.sync(doc);
    expect(number(bank, 'b', DEALS)).toBe(60);
  });

  it('destroys the engine of a deleted scenario', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    doc = addScenario(doc, 'b', 'B');
    const { bank } = open(doc);
    expect(bank.size).toBe(3);
    const destroyed = CountedEngine.destroyed;
    doc = removeScenario(doc, 'a');
    bank.sync(doc);
    expect(CountedEngine.destroyed).toBe(destroyed + 1);
    expect(bank.has('a')).toBe(false);
    expect(bank.has('b')).toBe(true);
    expect(bank.results.map((r) => r.id)).toEqual([null, 'b']);
  });

  it('destroys every engine on dispose and then ignores syncs', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    const { bank } = open(doc);
    const destroyed = CountedEngine.destroyed;
    bank.dispose();
    expect(CountedEngine.destroyed).toBe(destroyed + 2);
    expect(bank.size).toBe(0);
    bank.sync(addScenario(doc, 'b', 'B'));
    expect(bank.size).toBe(0);
    expect(bank.results).toEqual([]);
  });

  it('follows a change of the stages in every layer', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    doc = setCellInActiveLayer(doc, TARGET, '2000000');
    const { bank } = open(doc);
    const first = doc.stages[0].id;
    doc = { ...doc, stages: doc.stages.slice(1) };
    bank.sync(doc);
    // Without the 30% stage: 20 / 50% = 40, / 40% = 100 in the base; twice that in the scenario.
    expect(number(bank, null, TOP)).toBe(100);
    expect(number(bank, 'a', TOP)).toBe(200);
    expect(bank.valueOf(null, stageKey(first, 'required'))).toEqual({ type: 'empty' });
  });

  it('reads newly chosen outputs without recomputing', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    const { bank } = open(doc, [DEALS]);
    expect(Object.keys(bank.results[1].values)).toEqual([DEALS]);
    const key = stageKey(doc.stages[1].id, 'required');
    bank.setOutputs([DEALS, key]);
    expect(bank.outputs).toEqual([DEALS, key]);
    // 20 / 50% = 40, / 40% = 100 entries into the second stage.
    expect(number(bank, 'a', key)).toBe(100);
  });

  it('undo (a whole earlier document) brings every layer back', () => {
    let doc = blank();
    doc = addScenario(doc, 'a', 'A');
    const { bank } = open(doc);
    const earlier = doc;
    doc = setCellInActiveLayer(doc, TARGET, '4000000');
    bank.sync(doc);
    expect(number(bank, 'a', DEALS)).toBe(80);
    bank.sync(earlier);
    expect(number(bank, 'a', DEALS)).toBe(20);
  });
});
