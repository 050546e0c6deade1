import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreWorkbook } from '../../../src/lib/document';
import { sessionOpener } from '../../fixtures/sessions';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

// A step of undo that copies the typed cells keeps a whole document: a session keeps fewer steps of
// a huge plan (real HyperFormula, fake IndexedDB).
const openSession = sessionOpener();

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

  it('keeps fewer steps once a paste brings a plan to 9,600 typed cells', async () => {
    const { generateSegmentWorkbook } = await import('../../../bench/lib/segment-plan.mjs');
    const restored = restoreWorkbook(generateSegmentWorkbook('plan-pasted', { teams: 2, repsPerTeam: 50 }));
    if (!restored.ok) throw new Error('the plan does not restore');
    // Half the months left blank when it opens (4,811 typed cells: 500 steps)...
    const blank = Object.keys(restored.doc.cells).filter((key) => /\.p[0-5]$/.test(key));
    const cells = Object.fromEntries(Object.entries(restored.doc.cells).filter(([key]) => !blank.includes(key)));
    const session = await openSession({ ...restored.doc, cells });
    expect(session.history.limit).toBe(500);
    // ...then pasted in.
    session.enterMany(blank.map((key) => ({ key, text: '3' })));
    expect(Object.keys(session.doc.cells).length).toBe(9_611);
    expect(session.history.limit).toBe(416);
  });
});
