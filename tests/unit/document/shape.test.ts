import { describe, expect, it } from 'vitest';
import { createWorkbook, demoSeed, renameStage, setCell, shapeOf, stageKey } from '../../../src/lib/document';

describe('the shape of a workbook', () => {
  const doc = createWorkbook(demoSeed('en'));

  it('stays the same object when only a cell is edited', () => {
    const shape = shapeOf(doc);
    const edited = setCell(doc, stageKey(doc.stages[1].id, 'rate'), '0.5');
    expect(shapeOf(edited, shape)).toBe(shape);
  });

  it('is a new object when a stage is renamed, carrying the new name', () => {
    const shape = shapeOf(doc);
    const renamed = renameStage(doc, doc.stages[0].id, 'Leads in');
    const next = shapeOf(renamed, shape);
    expect(next).not.toBe(shape);
    expect(next.stages[0].name).toBe('Leads in');
  });

  it('carries no typed cells', () => {
    expect('cells' in shapeOf(doc)).toBe(false);
  });
});
