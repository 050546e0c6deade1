// The home page: the list of workbooks and what can be done with each. One browser for
// the file; every test works on workbooks it creates under its own name.
import { expect, test } from 'vitest';
import { sharedBrowserPerFile } from './support/session';
import {
  DEMO_NAME,
  createWorkbook,
  deleteWorkbookInList,
  duplicateWorkbookInList,
  openHome,
  renameWorkbookInList,
  stageNames,
  textOf,
  workbookItem,
  workbookNames,
} from './support/workbook-page';

const tab = sharedBrowserPerFile();

test('on first start the home page lists the demo workbook', async () => {
  await openHome(tab.page);

  expect(await workbookNames(tab.page)).toContain(DEMO_NAME.en);
  expect(tab.errors).toEqual([]);
});

test('creating a workbook by name lands on its page', async () => {
  await createWorkbook(tab.page, 'Q3 pipeline');

  expect(tab.page.url()).toMatch(/\/w\/[^/]+$/);
  expect(await tab.page.locator('[data-testid=workbook-name]').inputValue()).toBe('Q3 pipeline');
  expect(await tab.page.title()).toContain('Q3 pipeline');
  expect(tab.errors).toEqual([]);
});

test('a new workbook starts with the Leads, Opportunities, Proposals, Won stages', async () => {
  await createWorkbook(tab.page, 'Template check');

  expect(await stageNames(tab.page)).toEqual(['Leads', 'Opportunities', 'Proposals', 'Won']);
  expect(tab.errors).toEqual([]);
});

test('a created workbook is listed on the home page', async () => {
  await createWorkbook(tab.page, 'Listed after creation');

  await tab.page.getByRole('link', { name: 'All workbooks' }).click();
  await workbookItem(tab.page, 'Listed after creation').waitFor({ state: 'visible' });

  expect(await workbookNames(tab.page)).toContain('Listed after creation');
  expect(tab.errors).toEqual([]);
});

test('renaming a workbook in the list shows the new name', async () => {
  await createWorkbook(tab.page, 'Before rename');
  await openHome(tab.page);

  await renameWorkbookInList(tab.page, 'Before rename', 'After rename');

  await workbookItem(tab.page, 'After rename').waitFor({ state: 'visible' });
  expect(await workbookNames(tab.page)).not.toContain('Before rename');
  expect(tab.errors).toEqual([]);
});

test('a renamed workbook keeps its new name after reloading the home page', async () => {
  await createWorkbook(tab.page, 'Rename then reload');
  await openHome(tab.page);
  await renameWorkbookInList(tab.page, 'Rename then reload', 'Renamed and reloaded');
  await workbookItem(tab.page, 'Renamed and reloaded').waitFor({ state: 'visible' });

  await openHome(tab.page);

  expect(await workbookNames(tab.page)).toContain('Renamed and reloaded');
  expect(tab.errors).toEqual([]);
});

test('duplicating a workbook adds a "(copy)" next to the original', async () => {
  await createWorkbook(tab.page, 'To be copied');
  await openHome(tab.page);

  await duplicateWorkbookInList(tab.page, 'To be copied');

  await workbookItem(tab.page, 'To be copied (copy)').waitFor({ state: 'visible' });
  expect(await workbookNames(tab.page)).toContain('To be copied');
  expect(tab.errors).toEqual([]);
});

test('deleting a workbook asks first and then removes it from the list', async () => {
  await createWorkbook(tab.page, 'To be deleted');
  await openHome(tab.page);

  const question = await deleteWorkbookInList(tab.page, 'To be deleted');

  await workbookItem(tab.page, 'To be deleted').waitFor({ state: 'detached' });
  expect(question).toContain('To be deleted');
  expect(await textOf(tab.page.getByRole('status'))).toBe('“To be deleted” was deleted.');
  expect(tab.errors).toEqual([]);
});

test('a deleted workbook stays deleted after reloading the home page', async () => {
  await createWorkbook(tab.page, 'Deleted for good');
  await openHome(tab.page);
  await deleteWorkbookInList(tab.page, 'Deleted for good');
  await workbookItem(tab.page, 'Deleted for good').waitFor({ state: 'detached' });

  await openHome(tab.page);

  expect(await workbookNames(tab.page)).not.toContain('Deleted for good');
  expect(tab.errors).toEqual([]);
});

test('creating a workbook without a name calls it New funnel plan', async () => {
  await openHome(tab.page);

  await tab.page.locator('[data-testid=new-workbook]').click();
  await tab.page.waitForURL(/\/w\/[^/]+$/);

  await expect.poll(() => tab.page.locator('[data-testid=workbook-name]').inputValue()).toBe('New funnel plan');
  expect(tab.errors).toEqual([]);
});
