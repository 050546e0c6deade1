import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreWorkbook } from '../../../src/lib/document';
import { WorkbookSession, repos } from '../../../src/lib/state';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

// Every kept step of undo holds its own copy of the typed cells: a session keeps fewer steps of a
// huge plan (real HyperFormula, fake IndexedDB).
const opened: WorkbookSession[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.dispose()));

async function openSession(doc: ReturnType<typeof exampleOneWorkbook>) {
  await repos().workbooks.create(doc);
  const result = await WorkbookSession.open(doc.id);
  if (!result.ok) throw new Error(result.message);
  opened.push(result.session);
  return result.session;
}

describe('undo depth of an open workbook', () => {
  it('keeps 500 steps of an ordinary workbook', async () => {
    const session = await openSession(exampleOneWorkbook());
    expect(session.history.limit).toBe(500);
  });

  it('keeps fewer steps of a plan of 100 reps by 12 months (9,600 typed cells)', async () => {
    const { generateSegmentWorkbook } = await import('../../../bench/lib/segment-plan.mjs');
    const restored = restoreWorkbook(generateSegmentWorkbook('plan-100-reps', { teams: 2, repsPerTeam: 50 }));
    if (!restored.ok) throw new Error('the plan does not restore');
    const session = await openSession(restored.doc);
    expect(Object.keys(session.doc.cells).length).toBe(9_611); // the months, 7 rates and 4 assumptions
    expect(session.history.limit).toBe(416);
  });
});
