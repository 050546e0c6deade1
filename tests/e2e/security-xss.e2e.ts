// Script in any text a user types or a file carries stays text: workbook, stage, scenario,
// segment, deal-mix and opportunity names, the period label, imported file names, CRM headers and
// values. Nothing from it becomes an element
// (checked in the DOM, independent of the Content-Security-Policy), nothing runs, no dialog opens,
// and the names show exactly as written, on the home list, the workbook, the report and in an
// exported chart.
import { beforeAll, expect, test } from 'vitest';
import { addSegment, setActiveScenario } from '../../src/lib/document';
import { chart, chartNameOf, download, openReport } from './support/charts-page';
import { recordViolations, violations } from './support/csp';
import { putRecord, recordOf } from './support/idb';
import { importDialog, importFile, waitForSummary } from './support/crm-import-page';
import { importByPicker, importDone, importError } from './support/file-exchange-page';
import { freshStoragePerTest } from './support/session';
import { newScenario, renameActiveScenario, scenarioTabNames } from './support/what-if-page';
import {
  baseURL,
  cell,
  createWorkbook,
  openHome,
  stageNames,
  typeIntoCell,
  waitForSaved,
  waitForWorkbook,
  workbookNames,
} from './support/workbook-page';
import { PAYLOADS, hostileWorkbook, inertness, payload, watchDialogs } from './support/xss';

const tab = freshStoragePerTest();
beforeAll(async () => {
  await recordViolations(tab.browser.context);
});

/** Plants `doc` in IndexedDB as if a file had been imported, and opens it. */
async function openPlanted(doc: ReturnType<typeof hostileWorkbook>): Promise<void> {
  await openHome(tab.page);
  await putRecord(tab.page, recordOf(doc));
  await tab.page.goto(`${baseURL}/w/${doc.id}`);
  await waitForWorkbook(tab.page);
}

async function expectInert(): Promise<string> {
  const seen = await inertness(tab.page);
  expect(seen.injected, 'elements made from a payload').toBe(0);
  expect(seen.ran, 'a payload ran').toBe(false);
  expect(await violations(tab.page)).toEqual([]);
  expect(tab.errors).toEqual([]);
  return seen.text;
}

test('a workbook with script in every name opens, runs nothing and shows the names as written', async () => {
  const dialogs = watchDialogs(tab.page);
  const doc = hostileWorkbook();

  await openPlanted(doc);

  expect(await stageNames(tab.page)).toEqual(doc.stages.map((stage) => stage.name));
  const text = await expectInert();
  expect(text).toContain(payload(0));
  expect(dialogs).toEqual([]);
});

test('the home list shows a hostile workbook name as text and runs nothing', async () => {
  const dialogs = watchDialogs(tab.page);
  const doc = hostileWorkbook();
  await openHome(tab.page);
  await putRecord(tab.page, recordOf(doc));

  await openHome(tab.page);

  await expect.poll(() => workbookNames(tab.page)).toContain(payload(0));
  await expectInert();
  expect(dialogs).toEqual([]);
});

test('a hostile scenario name in the scenario bar, the banner and the comparison runs nothing', async () => {
  const dialogs = watchDialogs(tab.page);
  const doc = setActiveScenario(hostileWorkbook(), 'scnA');

  await openPlanted(doc);

  expect(await scenarioTabNames(tab.page)).toEqual(expect.arrayContaining([payload(2), payload(5)]));
  await expectInert();
  expect(dialogs).toEqual([]);
});

test('hostile segment names run nothing', async () => {
  const dialogs = watchDialogs(tab.page);
  let doc = hostileWorkbook();
  doc = addSegment(doc, { id: 'segA', dimension: payload(1), name: payload(0), parentId: null });
  doc = addSegment(doc, { id: 'segB', dimension: payload(1), name: payload(2), parentId: 'segA' });

  await openPlanted(doc);

  await expectInert();
  expect(dialogs).toEqual([]);
});

test('the printable report of a hostile workbook runs nothing and shows the names as written', async () => {
  const dialogs = watchDialogs(tab.page);
  const doc = hostileWorkbook();
  await openPlanted(doc);

  await openReport(tab.page);

  const text = await expectInert();
  for (const stage of doc.stages) expect(text).toContain(stage.name);
  expect(dialogs).toEqual([]);
});

test('a chart exported as SVG holds hostile names as text, never as markup', async () => {
  const doc = hostileWorkbook();
  await openPlanted(doc);
  await openReport(tab.page);
  const funnel = chart(tab.page, chartNameOf('FunnelChart') ?? 'funnel');

  const file = await download(tab.page, funnel.locator('button[data-testid=export-svg]'));

  const parsed = await tab.page.evaluate((source) => {
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: svg.querySelector('parsererror')?.textContent ?? null,
      injected: svg.querySelectorAll('[data-xss], script, foreignObject, iframe').length,
      handlers: [...svg.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      text: svg.documentElement.textContent ?? '',
    };
  }, file.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.injected).toBe(0);
  expect(parsed.handlers).toEqual([]);
  expect(parsed.text).toContain(doc.stages[0].name);
});

test('hostile names typed into the app (workbook, stage, scenario) stay text', async () => {
  const dialogs = watchDialogs(tab.page);
  await createWorkbook(tab.page, payload(0));
  await typeIntoCell(cell(tab.page, 1, 'name'), payload(1));
  await newScenario(tab.page);
  await renameActiveScenario(tab.page, payload(2));
  await waitForSaved(tab.page);

  await tab.page.reload();
  await waitForWorkbook(tab.page);

  expect((await stageNames(tab.page))[0]).toBe(payload(1));
  expect(await scenarioTabNames(tab.page)).toContain(payload(2));
  expect(await tab.page.locator('[data-testid=workbook-name]').inputValue()).toBe(payload(0));
  await expectInert();
  expect(dialogs).toEqual([]);
});


test('a Funnelbook file with script in every name imports, runs nothing and lists its name as written', async () => {
  const dialogs = watchDialogs(tab.page);
  const doc = hostileWorkbook();
  await openHome(tab.page);

  await importByPicker(tab.page, `${payload(0)}.funnelbook.json`, JSON.stringify(doc));

  await importDone(tab.page).waitFor({ state: 'visible', timeout: 10_000 });
  await expect.poll(() => workbookNames(tab.page)).toContain(payload(0));
  await expectInert();
  expect(dialogs).toEqual([]);
});

test('a rejected file whose name is a script is named as text in the error', async () => {
  const dialogs = watchDialogs(tab.page);
  await openHome(tab.page);

  await importByPicker(tab.page, `${payload(0)}.json`, '{ "type": "not funnelbook" }');

  await importError(tab.page).waitFor({ state: 'visible', timeout: 10_000 });
  expect(await importError(tab.page).textContent()).toContain(`${payload(0)}.json`);
  await expectInert();
  expect(dialogs).toEqual([]);
});

test('a CRM export with script in its headers, stage names and values imports as text', async () => {
  const dialogs = watchDialogs(tab.page);
  await createWorkbook(tab.page, 'CRM with hostile text');
  const header = ['Opportunity Name', 'Stage', 'Amount', 'Close Date', payload(0), payload(2)];
  const rows = [0, 1, 2, 3, 5, 6].map((i) => [payload(i), payload(i + 1), '1000', '2026-05-01', payload(i), payload(3)]);
  const csv = [header, ...rows].map((row) => row.map((text) => `"${text.replaceAll('"', '""')}"`).join(',')).join('\r\n');

  await importFile(tab.page, { name: `${payload(1)}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await waitForSummary(tab.page);

  expect(await importDialog(tab.page).textContent()).toContain(payload(1));
  await expectInert();
  expect(dialogs).toEqual([]);
});
