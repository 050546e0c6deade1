// Steps for the funnel-concept parts of a workbook page: templates, grid views, cells
// found by their cell key, notes, the deal mix, opportunities and the insights panel.
// Built on workbook-page.ts; test bodies stay straight-line.
import type { Locator, Page } from 'playwright-core';
import type { TemplateId } from '../../../src/lib/document/templates';
import type { GridViewId } from '../../../src/lib/state/grid-views';
import { openHome, stageRow, typeIntoCell, waitForWorkbook } from './workbook-page';

export type { TemplateId, GridViewId };

/** Creates a workbook from the home page's form, starting from `templateId`, and waits for its page. */
export async function createFromTemplate(page: Page, name: string, templateId: TemplateId): Promise<void> {
  await openHome(page);
  await page.locator('[data-testid=new-name]').click();
  await page.keyboard.type(name);
  await page.locator('select[data-testid=template]').selectOption(templateId);
  await page.locator('[data-testid=new-workbook]').click();
  await page.waitForURL(/\/w\/[^/]+$/, { timeout: 5_000 });
  await waitForWorkbook(page);
}

/** Clicks a view tab of the funnel grid (plan, bases, timing, pipeline) and waits for it to be selected. */
export async function showView(page: Page, view: GridViewId): Promise<void> {
  const tab = page.locator(`button[data-view=${view}]`);
  await tab.click();
  await page.locator(`button[data-view=${view}][aria-selected=true]`).waitFor({ state: 'attached', timeout: 5_000 });
}

/** Any cell on the page by its cell key (`a.closeBy`, `x.0.share`, `s.<stageId>.rate`...). */
export function cellByKey(page: Page, key: string): Locator {
  return page.locator(`td[data-key="${key}"]`);
}

/** Selects the cell with this key, types `text` and presses Enter. */
export async function typeInto(page: Page, key: string, text: string): Promise<void> {
  await typeIntoCell(cellByKey(page, key), text);
}

/** The cell key of a stage cell, read from the grid (position 1 = top of the funnel). */
export async function stageCellKey(page: Page, position: number, column: string): Promise<string> {
  const id = await stageRow(page, position).getAttribute('data-stage', { timeout: 5_000 });
  return `s.${id}.${column}`;
}

/** The level of the note a cell carries ('error' or 'warning'), or null when it has none. */
export async function noteLevel(page: Page, key: string): Promise<string | null> {
  return cellByKey(page, key).getAttribute('data-note', { timeout: 5_000 });
}

/** The note of a cell as its tooltip shows it ('' when the cell has no note). */
export async function noteOn(page: Page, key: string): Promise<string> {
  const cell = cellByKey(page, key);
  if ((await cell.getAttribute('data-note', { timeout: 5_000 })) === null) return '';
  return (await cell.getAttribute('title', { timeout: 5_000 })) ?? '';
}

/** The line of the insights panel's "Check these cells" list that belongs to a cell. */
export function noteItem(page: Page, key: string): Locator {
  return page.locator(`[data-testid=notes] li[data-key="${key}"]`);
}

/** The insights panel's plain sentence naming the bottleneck. */
export function bottleneckSentence(page: Page): Locator {
  return page.locator('[data-testid=bottleneck]');
}

/** The "where to look" line for a search-marketing layer (e.g. 'visits'). */
export function causeLine(page: Page, layer: string): Locator {
  return page.locator(`[data-testid=causes] li[data-layer=${layer}]`);
}

/** A health warning by its check id (thin-pipeline, lumpy-closings, only-large, busy-few-real). */
export function healthWarning(page: Page, check: string): Locator {
  return page.locator(`[data-testid=health] li[data-check=${check}]`);
}

/** A funnel-wide note of the insights panel by its message key (e.g. 'insights.funnel.noStages'). */
export function funnelNote(page: Page, message: string): Locator {
  return page.locator(`[data-testid=insights] p.funnel-note[data-message="${message}"]`);
}

/** The rows of the open-opportunities table. */
export function opportunityRows(page: Page): Locator {
  return page.locator('[data-testid=opportunities] tbody tr[data-opportunity]');
}

/** A cell of the opportunity at `position` (1 = first row) by its column. */
export function opportunityCell(page: Page, position: number, column: string): Locator {
  return opportunityRows(page).nth(position - 1).locator(`td[data-key$=".${column}"]`);
}

/** Clicks "Add opportunity" and types its amount; the new row starts in the funnel's first stage. */
export async function addOpportunity(page: Page, amount: string): Promise<void> {
  const before = await opportunityRows(page).count();
  await page.locator('[data-testid=add-opportunity]').click();
  await opportunityRows(page).nth(before).waitFor({ state: 'visible', timeout: 5_000 });
  await typeIntoCell(opportunityCell(page, before + 1, 'amount'), amount);
}

/** Switches the interface language with the header's switch ('English' or '中文'). */
export async function chooseLanguage(page: Page, label: 'English' | '中文'): Promise<void> {
  await page.locator('select[data-testid=language]').selectOption({ label });
}
