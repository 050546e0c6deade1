import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assumptionKey, stageKey, typedInActiveLayer, type CellKey } from '../../../src/lib/document';
import type { WorkbookSession } from '../../../src/lib/state';
import { sessionOpener, storedText } from '../../fixtures/sessions';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

// A typed cell of the base goes into the open document's own cells, and undo keeps what the cell
// held: a plan of 50,000 typed cells is not copied on every edit (real HyperFormula, fake IndexedDB).
const open = sessionOpener();
const openExampleOne = () => open(exampleOneWorkbook());

const TOP = assumptionKey('requiredTop');
const TARGET = assumptionKey('target');
const number = (session: WorkbookSession, key: CellKey) => {
  const value = session.cells.slot(key).value;
  return value.type === 'number' ? value.value : value;
};
const firstRate = (session: WorkbookSession) => stageKey(session.doc.stages[0].id, 'rate');

describe('a cell typed in the base of an open workbook', () => {
  it('is written into the open document cells, not into a copy of them', async () => {
    const session = await openExampleOne();
    const cells = session.doc.cells;
    session.enter(firstRate(session), '50%');
    expect(session.doc.cells).toBe(cells);
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.5');
    // 38 deals: 38 / 100% = 38, / 75% = 51, / 50% = 102, / 50% = 204 at the top (408 at 25%).
    expect(number(session, TOP)).toBe(204);
  });

  it('is taken back by undo, values and all, and done again by redo', async () => {
    const session = await openExampleOne();
    session.enter(firstRate(session), '50%');
    session.undo();
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.25');
    expect(number(session, TOP)).toBe(408);
    session.redo();
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.5');
    expect(number(session, TOP)).toBe(204);
  });

  it('takes a run of nudges on one cell back in one step of undo', async () => {
    const session = await openExampleOne();
    session.enter(firstRate(session), '30%', { coalesce: true });
    session.enter(firstRate(session), '35%', { coalesce: true });
    session.enter(firstRate(session), '40%', { coalesce: true });
    session.undo();
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.25');
    expect(session.history.canUndo).toBe(false);
  });

  it('is undone in order with a stage added between two edits', async () => {
    const session = await openExampleOne();
    session.enter(firstRate(session), '50%');
    session.addStage(1, 'Qualified');
    session.enter(TARGET, '7600000');
    session.undo();
    expect(typedInActiveLayer(session.doc, TARGET)).toBe('3800000');
    session.undo();
    expect(session.doc.stages.map((s) => s.name)).not.toContain('Qualified');
    session.undo();
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.25');
    expect(number(session, TOP)).toBe(408);
    session.redo();
    session.redo();
    session.redo();
    expect(session.doc.stages.map((s) => s.name)).toContain('Qualified');
    expect(typedInActiveLayer(session.doc, TARGET)).toBe('7600000');
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.5');
  });

  it('pasted with others into the base is written in place and taken back in one step of undo', async () => {
    const session = await openExampleOne();
    const cells = session.doc.cells;
    const rates = session.doc.stages.slice(0, 2).map((s) => stageKey(s.id, 'rate'));
    const { applied } = session.enterMany([
      { key: rates[0], text: '50%' },
      { key: rates[1], text: '25%' },
    ]);
    expect(applied).toEqual(rates);
    expect(session.doc.cells).toBe(cells);
    // 38 / 100% = 38, / 75% = 51, / 25% = 204, / 50% = 408: the same top by another route.
    expect(number(session, TOP)).toBe(408);
    session.undo();
    expect(rates.map((key) => typedInActiveLayer(session.doc, key))).toEqual(['0.25', '0.5']);
    expect(session.history.canUndo).toBe(false);
  });

  it('is saved', async () => {
    const session = await openExampleOne();
    session.enter(firstRate(session), '50%');
    await session.flush();
    expect(await storedText(session.doc.id, firstRate(session))).toBe('0.5');
  });

  it('is saved when undone', async () => {
    const session = await openExampleOne();
    session.enter(firstRate(session), '50%');
    await session.flush();
    session.undo();
    await session.flush();
    expect(await storedText(session.doc.id, firstRate(session))).toBe('0.25');
  });

  it('inside a scenario, leaves the base cells as they were', async () => {
    const session = await openExampleOne();
    session.addScenario('Faster');
    session.enter(firstRate(session), '50%');
    expect(typedInActiveLayer(session.doc, firstRate(session))).toBe('0.5');
    expect(session.doc.cells[firstRate(session)]).toBe('0.25');
  });
});
