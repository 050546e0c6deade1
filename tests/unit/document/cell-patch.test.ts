import { describe, expect, it } from 'vitest';
import { addScenario, setActiveScenario, setCellInActiveLayer, setCellsInActiveLayer, stageKey, writePatch, type CellPatch } from '../../../src/lib/document';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

describe('a patch of typed cells', () => {
  it('set at once in the base gives the document that setting them one by one gives', () => {
    const doc = exampleOneWorkbook();
    const [a, b] = doc.stages.map((s) => stageKey(s.id, 'rate'));
    const patch: CellPatch = [[a, '0.4'], [b, ''], [stageKey(doc.stages[2].id, 'actual'), '17']];
    const oneByOne = patch.reduce((d, [key, raw]) => setCellInActiveLayer(d, key, raw), doc);
    expect(setCellsInActiveLayer(doc, patch).cells).toEqual(oneByOne.cells);
  });

  it('set at once leaves the document it was given as it was', () => {
    const doc = exampleOneWorkbook();
    const before = { ...doc.cells };
    setCellsInActiveLayer(doc, [[stageKey(doc.stages[0].id, 'rate'), '0.4']]);
    expect(doc.cells).toEqual(before);
  });

  it('set at once inside a scenario goes into its overrides, not the base', () => {
    const doc = addScenario(exampleOneWorkbook(), 's', 'Faster');
    const key = stageKey(doc.stages[0].id, 'rate');
    const next = setCellsInActiveLayer(doc, [[key, '0.4']]);
    expect(next.scenarios[0].overrides[key]).toBe('0.4');
    expect(next.cells[key]).toBe('0.25');
    expect(setActiveScenario(next, null).cells[key]).toBe('0.25');
  });

  it('written into a record returns the patch that undoes it, a key written twice included', () => {
    const cells: Record<string, string> = { a: '1', b: '2' };
    const undo = writePatch(cells, [['a', '5'], ['c', '3'], ['a', '6'], ['b', '']]);
    expect(cells).toEqual({ a: '6', c: '3' });
    writePatch(cells, undo);
    expect(cells).toEqual({ a: '1', b: '2' });
  });
});
