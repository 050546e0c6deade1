import { describe, expect, it } from 'vitest';
import {
  activeScenario,
  addScenario,
  asScenario,
  assumptionKey,
  createWorkbook,
  removeScenario,
  renameScenario,
  setActiveScenario,
  setCellInActiveLayer,
  stageKey,
  typedInActiveLayer,
  workbookSchema,
} from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';

const TARGET = assumptionKey('target');
const blank = () => createWorkbook(templateSeed('blank', 'en', 'x'));

describe('scenarios in the document', () => {
  it('adds a scenario with no overrides and makes it active', () => {
    const doc = addScenario(blank(), 'a', 'Optimistic');
    expect(doc.scenarios).toEqual([{ id: 'a', name: 'Optimistic', overrides: {} }]);
    expect(doc.activeScenarioId).toBe('a');
    expect(activeScenario(doc)?.name).toBe('Optimistic');
    expect(workbookSchema.safeParse(doc).success).toBe(true);
  });

  it('writes an edit inside a scenario into its overrides, never into the base', () => {
    const base = blank();
    const doc = setCellInActiveLayer(addScenario(base, 'a', 'A'), TARGET, '2000000');
    expect(doc.scenarios[0].overrides).toEqual({ [TARGET]: '2000000' });
    expect(doc.cells).toBe(base.cells);
    expect(doc.cells[TARGET]).toBe('1000000');
    expect(typedInActiveLayer(doc, TARGET)).toBe('2000000');
  });

  it('keeps the overrides of one scenario out of another', () => {
    let doc = addScenario(blank(), 'a', 'A');
    doc = setCellInActiveLayer(doc, TARGET, '2000000');
    doc = addScenario(doc, 'b', 'B');
    doc = setCellInActiveLayer(doc, assumptionKey('avgDeal'), '70000');
    expect(doc.scenarios.map((s) => s.overrides)).toEqual([{ [TARGET]: '2000000' }, { [assumptionKey('avgDeal')]: '70000' }]);
  });

  it('writes into the base when no scenario is active', () => {
    let doc = addScenario(blank(), 'a', 'A');
    doc = setActiveScenario(doc, null);
    doc = setCellInActiveLayer(doc, TARGET, '3000000');
    expect(doc.cells[TARGET]).toBe('3000000');
    expect(doc.scenarios[0].overrides).toEqual({});
  });

  it('clears an override with an empty entry, so the scenario follows the base again', () => {
    let doc = setCellInActiveLayer(addScenario(blank(), 'a', 'A'), TARGET, '2000000');
    doc = setCellInActiveLayer(doc, TARGET, '');
    expect(doc.scenarios[0].overrides).toEqual({});
    expect(doc.cells[TARGET]).toBe('1000000');
    expect(typedInActiveLayer(doc, TARGET)).toBe('');
  });

  it('switches between the base and scenarios, ignoring an unknown id', () => {
    let doc = addScenario(addScenario(blank(), 'a', 'A'), 'b', 'B');
    expect(doc.activeScenarioId).toBe('b');
    doc = setActiveScenario(doc, 'a');
    expect(doc.activeScenarioId).toBe('a');
    doc = setActiveScenario(doc, null);
    expect(doc.activeScenarioId).toBeNull();
    expect(activeScenario(doc)).toBeUndefined();
    expect(setActiveScenario(doc, 'nope')).toBe(doc);
  });

  it('duplicates a scenario with a copy of its overrides that then goes its own way', () => {
    let doc = addScenario(blank(), 'a', 'A');
    const rate = stageKey(doc.stages[0].id, 'rate');
    doc = setCellInActiveLayer(doc, rate, '0.45');
    doc = addScenario(doc, 'b', 'A (copy)', 'a');
    expect(doc.activeScenarioId).toBe('b');
    expect(doc.scenarios[1].overrides).toEqual({ [rate]: '0.45' });
    doc = setCellInActiveLayer(doc, rate, '0.5');
    expect(doc.scenarios[0].overrides).toEqual({ [rate]: '0.45' });
    expect(doc.scenarios[1].overrides).toEqual({ [rate]: '0.5' });
  });

  it('renames only the scenario named', () => {
    const doc = renameScenario(addScenario(addScenario(blank(), 'a', 'A'), 'b', 'B'), 'a', 'Workshop');
    expect(doc.scenarios.map((s) => s.name)).toEqual(['Workshop', 'B']);
  });

  it('returns to the base when the active scenario is removed', () => {
    let doc = addScenario(addScenario(blank(), 'a', 'A'), 'b', 'B');
    doc = removeScenario(doc, 'b');
    expect(doc.scenarios.map((s) => s.id)).toEqual(['a']);
    expect(doc.activeScenarioId).toBeNull();
  });

  it('stays in the active scenario when another one is removed', () => {
    let doc = addScenario(addScenario(blank(), 'a', 'A'), 'b', 'B');
    doc = removeScenario(doc, 'a');
    expect(doc.activeScenarioId).toBe('b');
  });

  it('sees the document as any layer without changing it', () => {
    const doc = addScenario(blank(), 'a', 'A');
    expect(asScenario(doc, 'a')).toBe(doc);
    const base = asScenario(doc, null);
    expect(base.activeScenarioId).toBeNull();
    expect(base.cells).toBe(doc.cells);
    expect(doc.activeScenarioId).toBe('a');
  });
});
