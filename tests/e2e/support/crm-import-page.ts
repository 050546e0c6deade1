// Steps for the "Import actuals" dialog: open it, hand it a file, map stages, apply.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import Papa from 'papaparse';
import { SETTLE_MS } from './workbook-page';

export const samplePath = (name: string): string => fileURLToPath(new URL(`../../../samples/crm/${name}`, import.meta.url));

export function importDialog(page: Page): Locator {
  return page.locator('dialog[data-testid=crm-import]');
}

/** Opens the dialog from the toolbar and hands it a file (a sample's name, or bytes). */
export async function importFile(page: Page, file: string | { name: string; buffer: Buffer; mimeType: string }): Promise<void> {
  await page.locator('[data-testid=crm-import-open]').click();
  await importDialog(page).waitFor({ state: 'visible', timeout: SETTLE_MS });
  await page.locator('[data-testid=crm-import-file-input]').setInputFiles(typeof file === 'string' ? samplePath(file) : file);
}

/** Waits until the file has been read and the summary of what will be written shows. */
export async function waitForSummary(page: Page): Promise<void> {
  await page.locator('[data-testid=crm-import-summary]').waitFor({ state: 'visible', timeout: 15_000 });
}

/** Chooses the workbook stage (by its visible name) for a CRM stage name. */
export async function mapStage(page: Page, crmStage: string, workbookStage: string): Promise<void> {
  await page.locator(`tr[data-crm-stage="${crmStage}"] select`).selectOption({ label: workbookStage });
}

export async function stageTarget(page: Page, crmStage: string): Promise<string> {
  return page.locator(`tr[data-crm-stage="${crmStage}"] select`).inputValue();
}

/** The "Imported" column of the summary, top stage first. */
export async function importedCounts(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid=crm-import-count]').allTextContents()).map((t) => t.trim());
}

export async function applyImport(page: Page): Promise<void> {
  await page.locator('[data-testid=crm-import-apply]').click();
  await importDialog(page).waitFor({ state: 'hidden', timeout: SETTLE_MS });
}

/**
 * Entries per stage of the Chinese sample, worked out here independently of the app: each row has
 * the stage it reached (最高阶段), and counts once at that stage and at every stage before it.
 */
export function expectedZhEntries(stageOrder: readonly string[]): number[] {
  const text = readFileSync(samplePath('zh-opportunities-utf8-bom.csv'), 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const entries = stageOrder.map(() => 0);
  for (const row of rows) {
    const reached = stageOrder.indexOf(row['最高阶段']);
    for (let k = 0; k <= reached; k++) entries[k]++;
  }
  return entries;
}
