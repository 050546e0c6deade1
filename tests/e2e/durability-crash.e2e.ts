// Chromium is killed (SIGKILL, no unload) in the middle of a burst of edits. After a restart on
// the same profile, every edit whose save had completed (was readable from IndexedDB by another
// connection) is there, the stored workbook is exactly the state after some edit of the burst
// (never a mix), and the database opens and saves again without a problem.
import { expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { readRecord, workbookIdOf, type RawRecord } from './support/idb';
import { killProfile } from './support/kill';
import { openTab } from './support/session';
import { baseURL, cell, expectText, openDemo, openHome, typeIntoCell, waitForSaved, waitForWorkbook } from './support/workbook-page';

const POSITIONS = 5;
/** Edit k types 101 + k as the actual entries of stage (k mod 5) + 1: every edit leaves a unique state. */
const burst = Array.from({ length: 30 }, (_, k) => ({ position: (k % POSITIONS) + 1, value: String(101 + k) }));

/** The actual entries of each stage after the first `count` edits of the burst (null: not yet edited). */
function stateAfter(count: number): (string | null)[] {
  const state: (string | null)[] = Array.from({ length: POSITIONS }, () => null);
  for (const edit of burst.slice(0, count)) state[edit.position - 1] = edit.value;
  return state;
}

const isBurstValue = (value: string | null) => burst.some((edit) => edit.value === value);

function storedActuals(record: RawRecord | null): (string | null)[] {
  const doc = record?.doc as { stages: { id: string }[]; cells: Record<string, string> } | undefined;
  if (!doc) return [];
  return doc.stages.slice(0, POSITIONS).map((stage) => doc.cells[`s.${stage.id}.actual`] ?? null);
}

/** How many edits of the burst the stored record holds; -1 if it matches no prefix (a torn write). */
function editsIn(record: RawRecord | null, edits: number): number {
  const stored = storedActuals(record);
  for (let count = edits; count >= 0; count--) {
    const expected = stateAfter(count);
    if (expected.every((value, i) => (value === null ? !isBurstValue(stored[i] ?? null) : value === stored[i]))) return count;
  }
  return -1;
}

test('after a kill in a burst of edits every saved edit is back and the database works', async () => {
  const killAfter = 22; // edits typed before the kill; the last ones are still in flight
  const first = await launchBrowser();
  let id = '';
  let savedBeforeKill = 0;
  try {
    const { page, errors } = await openTab(first);
    await openDemo(page);
    id = workbookIdOf(page);
    for (let k = 0; k < killAfter; k++) {
      await typeIntoCell(cell(page, burst[k].position, 'actual'), burst[k].value);
      const stored = editsIn(await readRecord(page, id), k + 1);
      expect(stored, `after edit ${k + 1} the stored workbook matches no prefix of the burst`).toBeGreaterThanOrEqual(0);
      savedBeforeKill = Math.max(savedBeforeKill, stored);
    }
    expect(errors).toEqual([]);
    await killProfile(first.userDataDir);
  } finally {
    await first.close({ keepUserDataDir: true }).catch(() => {});
  }
  expect(savedBeforeKill, 'some saves completed during the burst').toBeGreaterThan(0);

  const second = await launchBrowser({ userDataDir: first.userDataDir });
  try {
    const { page, errors } = await openTab(second);
    await openHome(page);
    const afterRestart = editsIn(await readRecord(page, id), killAfter);
    await page.goto(`${baseURL}/w/${id}`);
    await waitForWorkbook(page);
    const shown = stateAfter(afterRestart);

    expect(afterRestart).toBeGreaterThanOrEqual(savedBeforeKill);
    for (let position = 1; position <= POSITIONS; position++) {
      await expectText(cell(page, position, 'actual'), shown[position - 1] ?? '');
    }
    await typeIntoCell(cell(page, 1, 'actual'), '999');
    await waitForSaved(page);
    expect(storedActuals(await readRecord(page, id))[0]).toBe('999');
    expect(errors).toEqual([]);
  } finally {
    await second.close({ keepUserDataDir: false });
  }
});
