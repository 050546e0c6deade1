import { describe, expect, it } from 'vitest';
import { setCell, type CellKey, type WorkbookDoc } from '../../../src/lib/document';
import { serialFromIso } from '../../../src/lib/domain';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';
import { WorkbookInsights } from '../../../src/lib/state/insights.svelte';
import type { WorkbookSession } from '../../../src/lib/state/workbook-session.svelte';
import { weeklyReportWorkbook } from '../../fixtures/workbooks';
import { Grid } from './grid';

/** The two things the insights read of a session: its document and the cell values on screen. */
function open(doc: WorkbookDoc) {
  const grid = new Grid(doc);
  const cells = new CellStore();
  cells.apply(grid.engine.allValues());
  const session = { doc, shape: doc, cells } as unknown as WorkbookSession;
  const type = (key: CellKey, raw: string) => {
    grid.doc = setCell(grid.doc, key, raw);
    session.doc = grid.doc;
    (session as unknown as { shape: WorkbookDoc }).shape = grid.doc;
    cells.apply(grid.engine.update(grid.doc, [key]).changes);
  };
  return { grid, type, insights: new WorkbookInsights(session, () => new Date(2026, 5, 15, 23, 59)) };
}

describe('the insights of an open workbook', () => {
  it('follow the cell values as they change', () => {
    const { grid, type, insights } = open(weeklyReportWorkbook());
    expect(insights.bottleneck).toBeNull();
    type(grid.at(3, 'rate'), '0.7');
    expect(insights.bottleneck?.from).toBe('Stage 4');
  });

  it('find a note by its cell', () => {
    const { grid, type, insights } = open(weeklyReportWorkbook());
    type(grid.at(1, 'actual'), '120');
    insights.followNotes();
    expect(insights.noteSlot(grid.at(0, 'exits')).value?.message).toBe('insights.note.exitsExceedEntries');
    expect(insights.noteSlot(grid.at(1, 'exits')).value).toBeUndefined();
  });

  it('take today from the clock by the local calendar', () => {
    const { insights } = open(weeklyReportWorkbook());
    expect(insights.today).toBe(serialFromIso('2026-06-15'));
  });

  it('expose the funnel notes and the health warnings', () => {
    const { insights } = open(weeklyReportWorkbook());
    expect([insights.funnelNotes, insights.warnings]).toEqual([[], []]);
  });
});
