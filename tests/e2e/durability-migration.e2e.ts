// A database of every earlier schema version (tests/fixtures/db) opens in Chromium with the built
// app: the workbooks it held are listed, open with their numbers, and take new edits.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dbFixtures, plantDatabase, type DbFixture } from '../fixtures/db/fixtures';
import { DB_NAME, readRecord } from './support/idb';
import { freshStoragePerTest } from './support/session';
import { baseURL, cell, expectText, openHome, typeIntoCell, waitForSaved, waitForWorkbook, workbookNames } from './support/workbook-page';

const tab = freshStoragePerTest();

/** Creates the fixture's database before any app code runs on the origin (from a plain file's page). */
async function plant(page: Page, fixture: DbFixture): Promise<void> {
  await page.goto(`${baseURL}/favicon.svg`);
  await page.evaluate(`(${plantDatabase.toString()})(indexedDB, ${JSON.stringify(DB_NAME)}, ${JSON.stringify(fixture)})`);
}

type FixtureWorkbook = { id: string; name: string; rev: number; doc: { stages: { id: string }[]; cells: Record<string, string> } };

describe.each(dbFixtures().map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
  const workbooks = fixture.records.workbooks as FixtureWorkbook[];

  test('its workbooks are listed on the home page', async () => {
    await plant(tab.page, fixture);

    await openHome(tab.page);

    expect((await workbookNames(tab.page)).sort()).toEqual(workbooks.map((w) => w.name).sort());
    expect(tab.errors).toEqual([]);
  });

  test('a workbook opens with the numbers it held and saves a new edit', async () => {
    await plant(tab.page, fixture);
    const [first] = workbooks;
    const rate = first.doc.cells[`s.${first.doc.stages[0].id}.rate`];

    await tab.page.goto(`${baseURL}/w/${first.id}`);
    await waitForWorkbook(tab.page);
    await expectText(cell(tab.page, 1, 'rate'), `${Number(rate) * 100}%`);
    await typeIntoCell(cell(tab.page, 1, 'actual'), '123');
    await waitForSaved(tab.page);

    const stored = await readRecord(tab.page, first.id);
    expect(stored?.rev).toBe(first.rev + 1);
    expect(tab.errors).toEqual([]);
  });
});
