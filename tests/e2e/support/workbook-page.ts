// Shared steps for driving Funnelbook the way a person does: open a page, click a
// cell, type, press keys, read what the screen shows. Tests keep their bodies
// straight-line and call these helpers.
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseURL = inject('baseURL');

/** The demo workbook's name as the home page shows it on first start. */
export const DEMO_NAME = { en: 'Demo: B2B project sale funnel', zh: '示例：B2B 项目型销售漏斗' } as const;

// The app's own vocabulary of cells, so the tests cannot drift from it.
export type { StageColumnId as StageColumn, AssumptionId } from '../../../src/lib/document';
import type { StageColumnId as StageColumn, AssumptionId } from '../../../src/lib/document';

/** How long screen text may take to settle after an action (recalculation, IndexedDB, liveQuery). */
export const SETTLE_MS = 5_000;

// ---------------------------------------------------------------- navigation

/** Opens the home page and waits for the workbook list to show at least one workbook. */
export async function openHome(page: Page): Promise<void> {
  await page.goto(`${baseURL}/`);
  await workbookItems(page).first().waitFor({ state: 'visible', timeout: SETTLE_MS });
}

/** Waits until a workbook page shows its funnel grid with computed numbers. */
export async function waitForWorkbook(page: Page): Promise<void> {
  await page.locator('[data-testid=funnel-grid]').waitFor({ state: 'visible', timeout: SETTLE_MS });
  await page.locator('tr[data-summary=requiredTop] td').waitFor({ state: 'visible', timeout: SETTLE_MS });
}

/** Goes home and opens the demo workbook by clicking its name in the list. */
export async function openDemo(page: Page, name: string = DEMO_NAME.en): Promise<void> {
  await openHome(page);
  await workbookLink(page, name).click();
  await page.waitForURL(/\/w\/[^/]+$/, { timeout: SETTLE_MS });
  await waitForWorkbook(page);
}

/** Creates a workbook from the home page's form and waits for its page. */
export async function createWorkbook(page: Page, name: string): Promise<void> {
  await openHome(page);
  await page.locator('[data-testid=new-name]').click();
  await page.keyboard.type(name);
  await page.locator('[data-testid=new-workbook]').click();
  await page.waitForURL(/\/w\/[^/]+$/, { timeout: SETTLE_MS });
  await waitForWorkbook(page);
}

/** Reloads the page and waits for the workbook to be back on screen. */
export async function reloadWorkbook(page: Page): Promise<void> {
  await page.reload();
  await waitForWorkbook(page);
}

// ---------------------------------------------------------------- home page

export function workbookItems(page: Page): Locator {
  return page.locator('[data-testid=workbook-list] [data-testid=workbook-item]');
}

/** The list item whose link is exactly `name`. */
export function workbookItem(page: Page, name: string): Locator {
  return workbookItems(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

export function workbookLink(page: Page, name: string): Locator {
  return page.locator('[data-testid=workbook-list]').getByRole('link', { name, exact: true });
}

/** The names of all workbooks in the list, in order. */
export async function workbookNames(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid=workbook-list] [data-testid=workbook-item] a').allTextContents()).map((t) => t.trim());
}

export async function renameWorkbookInList(page: Page, from: string, to: string): Promise<void> {
  const item = workbookItem(page, from);
  await item.getByRole('button', { name: 'Rename' }).click();
  const input = page.locator('[data-testid=rename-input]');
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
}

export async function duplicateWorkbookInList(page: Page, name: string): Promise<void> {
  await workbookItem(page, name).getByRole('button', { name: 'Duplicate' }).click();
}

/** Clicks Delete on a list item and accepts the browser's confirm() question. */
export async function deleteWorkbookInList(page: Page, name: string): Promise<string> {
  const question = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    });
  });
  await workbookItem(page, name).getByRole('button', { name: 'Delete' }).click();
  return question;
}

// ---------------------------------------------------------------- grid cells

export function grid(page: Page): Locator {
  return page.locator('[data-testid=funnel-grid]');
}

export function stageRows(page: Page): Locator {
  return grid(page).locator('tbody tr[data-stage]');
}

/** The row of the stage at `position` (1 = top of the funnel). */
export function stageRow(page: Page, position: number): Locator {
  return grid(page).locator(`tbody tr[data-stage]:nth-child(${position})`);
}

/** A stage cell by the stage's position (1 = top of the funnel) and its column. */
export function cell(page: Page, position: number, column: StageColumn): Locator {
  return stageRow(page, position).locator(`td[data-key$=".${column}"]`);
}

/** An assumption (Target, AvgDeal) or summary cell. */
export function assumptionCell(page: Page, id: AssumptionId): Locator {
  return page.locator(`td[data-key="a.${id}"]`);
}

/** A summary row's value cell, e.g. summaryCell(page, 'requiredTop'). */
export function summaryCell(page: Page, id: AssumptionId): Locator {
  return page.locator(`tr[data-summary=${id}] td`);
}

export function editor(page: Page): Locator {
  return page.locator('[data-testid=cell-editor]');
}

export function cellProblem(page: Page): Locator {
  return page.locator('[data-testid=cell-problem]');
}

export function explanation(page: Page): Locator {
  return page.locator('[data-testid=cell-explanation]');
}

/** The trimmed text a locator shows. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent({ timeout: SETTLE_MS })) ?? '').trim();
}

/** What the formula bar shows for the selected cell. */
export async function formulaBarText(page: Page): Promise<string> {
  return page.locator('[data-testid=formula-bar]').inputValue({ timeout: SETTLE_MS });
}

export async function cellAddress(page: Page): Promise<string> {
  return textOf(page.locator('[data-testid=cell-address]'));
}

/** The stage names down the funnel. */
export async function stageNames(page: Page): Promise<string[]> {
  return (await stageRows(page).locator('td[data-key$=".name"]').allTextContents()).map((t) => t.trim());
}

/** Everything the grid and the summary show, for looking for error codes. */
export async function visibleSheetText(page: Page): Promise<string> {
  const gridText = await textOf(grid(page));
  const summaryText = await textOf(page.locator('[data-testid=summary]'));
  return `${gridText}\n${summaryText}`;
}

/**
 * Selects a cell, types `text` on the keyboard (the first character opens the editor)
 * and presses `finish` (Enter by default; pass null to leave the editor open).
 */
export async function typeIntoCell(target: Locator, text: string, finish: string | null = 'Enter'): Promise<void> {
  await target.click();
  const page = target.page();
  await page.keyboard.type(text);
  if (finish) await page.keyboard.press(finish);
}

/** Opens the editor on the selected cell's current content with F2, clears it and types `text`. */
export async function replaceWithF2(target: Locator, text: string, finish: string | null = 'Enter'): Promise<void> {
  await target.click();
  const page = target.page();
  await page.keyboard.press('F2');
  await editor(page).waitFor({ state: 'visible', timeout: SETTLE_MS });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  if (finish) await page.keyboard.press(finish);
}

/** Clicks a stage's action button ("Move up", "Move down", "Insert a stage below", "Remove stage"). */
export async function clickStageAction(page: Page, position: number, label: string): Promise<void> {
  await stageRow(page, position).getByRole('button', { name: label, exact: true }).click();
}

// ---------------------------------------------------------------- waiting

/** Polls until the locator's trimmed text equals `expected`. */
export async function expectText(locator: Locator, expected: string, timeout = SETTLE_MS): Promise<void> {
  await expect.poll(() => textOf(locator), { timeout }).toBe(expected);
}

/** Waits until the save status says every change is in IndexedDB. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ state: 'attached', timeout: SETTLE_MS });
}

/** The save status shown in the toolbar: saved, pending, saving, conflict or error. */
export async function saveStatus(page: Page): Promise<string | null> {
  return page.locator('[data-testid=save-status]').getAttribute('data-status', { timeout: SETTLE_MS });
}
