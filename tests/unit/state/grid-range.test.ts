import { describe, expect, it } from 'vitest';
import { stageKey, type StageColumnId, type WorkbookDoc } from '../../../src/lib/document';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';
import { GridCursor } from '../../../src/lib/state/grid-cursor.svelte';
import { keysOf, rectBetween } from '../../../src/lib/state/grid-range';
import { GRID_VIEWS } from '../../../src/lib/state/grid-views';
import type { WorkbookSession } from '../../../src/lib/state/workbook-session.svelte';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

const doc = exampleOneWorkbook();
const [s1, s2, s3] = doc.stages.map((s) => s.id);
const plan = GRID_VIEWS.plan as readonly StageColumnId[];

/** A cursor over a session that has what the cursor reads: the document and the cell slots. */
function cursorOn(workbook: WorkbookDoc = doc) {
  return new GridCursor({ doc: workbook, shape: workbook, cells: new CellStore() } as unknown as WorkbookSession);
}

describe('the rectangle between two cells', () => {
  it('spans rows and columns whichever corner comes first', () => {
    const rect = rectBetween(doc, stageKey(s2, 'actual'), stageKey(s1, 'rate'), plan)!;
    expect(keysOf(rect)).toEqual([
      [stageKey(s1, 'rate'), stageKey(s1, 'required'), stageKey(s1, 'actual')],
      [stageKey(s2, 'rate'), stageKey(s2, 'required'), stageKey(s2, 'actual')],
    ]);
  });

  it('follows the columns of the view on show', () => {
    const rect = rectBetween(doc, stageKey(s1, 'name'), stageKey(s1, 'probability'), GRID_VIEWS.pipeline as readonly StageColumnId[])!;
    expect(keysOf(rect)[0]).toEqual([stageKey(s1, 'name'), stageKey(s1, 'probability')]);
  });

  it('is null between two tables', () => {
    expect(rectBetween(doc, stageKey(s1, 'rate'), 'a.target', plan)).toBeNull();
  });

  it('is null for a column the view does not show', () => {
    expect(rectBetween(doc, stageKey(s1, 'rate'), stageKey(s2, 'cycleDays'), plan)).toBeNull();
  });
});

describe('selecting a range with the cursor', () => {
  it('extends from the selected cell with Shift+arrows', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    cursor.extend('right');
    expect(keysOf(cursor.rect!).flat()).toEqual([stageKey(s1, 'rate'), stageKey(s1, 'required'), stageKey(s2, 'rate'), stageKey(s2, 'required')]);
  });

  it('keeps the selected cell where it was while the range grows', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    expect(cursor.selected).toBe(stageKey(s1, 'rate'));
  });

  it('marks exactly the cells in the range', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extendTo(stageKey(s2, 'required'));
    expect([stageKey(s2, 'required'), stageKey(s3, 'rate'), stageKey(s1, 'actual')].map((k) => cursor.inRange(k))).toEqual([true, false, false]);
  });

  it('unmarks the cells a shrinking range leaves', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extendTo(stageKey(s3, 'rate'));
    cursor.extend('up');
    expect([cursor.inRange(stageKey(s2, 'rate')), cursor.inRange(stageKey(s3, 'rate'))]).toEqual([true, false]);
  });

  it('collapses back to one cell on Esc', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    cursor.collapse();
    expect([cursor.hasRange, cursor.inRange(stageKey(s2, 'rate'))]).toEqual([false, false]);
  });

  it('collapses on a plain click elsewhere', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    cursor.select(stageKey(s3, 'actual'));
    expect([cursor.hasRange, cursor.inRange(stageKey(s1, 'rate'))]).toEqual([false, false]);
  });

  it('collapses on a plain arrow key', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    cursor.move('right');
    expect([cursor.hasRange, cursor.selected]).toEqual([false, stageKey(s1, 'required')]);
  });

  it('starts over when Shift+click lands in another table', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extendTo('a.target');
    expect([cursor.hasRange, cursor.selected]).toEqual([false, 'a.target']);
  });

  it('is no range when Shift+arrows come back to the selected cell', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'rate'));
    cursor.extend('down');
    cursor.extend('up');
    expect(cursor.hasRange).toBe(false);
  });

  it('does not survive a switch of view', () => {
    const cursor = cursorOn();
    cursor.select(stageKey(s1, 'name'));
    cursor.extend('down');
    cursor.view = 'timing';
    expect(cursor.hasRange).toBe(false);
  });

  it('selects what a paste wrote by its two corners', () => {
    const cursor = cursorOn();
    cursor.selectRect(stageKey(s1, 'rate'), stageKey(s3, 'actual'));
    expect([cursor.selected, keysOf(cursor.rect!).length, keysOf(cursor.rect!)[0].length]).toEqual([stageKey(s1, 'rate'), 3, 3]);
  });
});
