// Steps for the what-if parts of a workbook page (issue 5): the scenario bar, the side-by-side
// comparison, the quick what-if slider, goal seek, sensitivity and the probability panel.
// Built on workbook-page.ts; test bodies stay straight-line.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SETTLE_MS, textOf } from './workbook-page';

/** How long a Monte Carlo run may take (100,000 trials plus the reverse search) on a slow machine. */
export const SIMULATION_MS = 20_000;

// ---------------------------------------------------------------- scenario bar

export function scenarioBar(page: Page): Locator {
  return page.locator('[data-testid=scenario-bar]');
}

/** A tab of the scenario bar: 'base', or a scenario's id. */
export function scenarioTab(page: Page, id: string): Locator {
  return scenarioBar(page).locator(`button[role=tab][data-scenario="${id}"]`);
}

/** The names on the scenario tabs, base first. */
export async function scenarioTabNames(page: Page): Promise<string[]> {
  const tabs = scenarioBar(page).locator('button[role=tab]');
  const names: string[] = [];
  for (const tab of await tabs.all()) {
    const name = tab.locator('.name');
    names.push((await name.count()) > 0 ? await textOf(name) : await textOf(tab));
  }
  return names;
}

/** The id of the selected tab ('base' when the base is being edited). */
export async function activeLayer(page: Page): Promise<string> {
  return (await scenarioBar(page).locator('button[role=tab][aria-selected=true]').getAttribute('data-scenario', { timeout: SETTLE_MS })) ?? '';
}

/** How many cells a scenario's tab says it changes. */
export async function overrideCount(page: Page, id: string): Promise<string | null> {
  return scenarioTab(page, id).locator('[data-override-count]').getAttribute('data-override-count', { timeout: SETTLE_MS });
}

/** Clicks "+ New scenario" and returns the new scenario's id (it becomes the selected tab). */
export async function newScenario(page: Page): Promise<string> {
  const before = await scenarioBar(page).locator('button[role=tab]').count();
  await page.locator('[data-testid=new-scenario]').click();
  await expect.poll(() => scenarioBar(page).locator('button[role=tab]').count(), { timeout: SETTLE_MS }).toBe(before + 1);
  const id = await activeLayer(page);
  expect(id).not.toBe('base');
  return id;
}

/** Clicks a scenario tab ('base' or an id) and waits for it to be selected. */
export async function switchLayer(page: Page, id: string): Promise<void> {
  await scenarioTab(page, id).click();
  await scenarioBar(page).locator(`button[role=tab][data-scenario="${id}"][aria-selected=true]`).waitFor({ state: 'attached', timeout: SETTLE_MS });
}

/** Replaces the active scenario's name in the rename box and presses Enter. */
export async function renameActiveScenario(page: Page, name: string): Promise<void> {
  const input = page.locator('[data-testid=rename-scenario]');
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** Clicks Delete for the active scenario, accepts the confirm() question and returns its text. */
export async function deleteActiveScenario(page: Page): Promise<string> {
  const question = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    });
  });
  await page.locator('[data-testid=delete-scenario]').click();
  return question;
}

export function scenarioBanner(page: Page): Locator {
  return page.locator('[data-testid=scenario-banner]');
}

// ---------------------------------------------------------------- comparison

export function comparison(page: Page): Locator {
  return page.locator('[data-testid=scenario-comparison]');
}

/** A cell of the comparison: the column of a layer ('base' or a scenario id), the row of a cell key. */
export function comparisonCell(page: Page, layer: string, key: string): Locator {
  return comparison(page).locator(`td[data-scenario="${layer}"][data-output="${key}"]`);
}

/** The value a layer shows for an output, without its delta. */
export async function comparisonValue(page: Page, layer: string, key: string): Promise<string> {
  return textOf(comparisonCell(page, layer, key).locator('.value'));
}

/** The delta against the base a scenario shows for an output, as text ('=' when equal). */
export async function comparisonDelta(page: Page, layer: string, key: string): Promise<string> {
  return textOf(comparisonCell(page, layer, key).locator('[data-delta]'));
}

/** The delta against the base as the number the page computed (data-delta). */
export async function comparisonDeltaValue(page: Page, layer: string, key: string): Promise<number> {
  return Number(await comparisonCell(page, layer, key).locator('[data-delta]').getAttribute('data-delta', { timeout: SETTLE_MS }));
}

/** The column headers of the comparison (layer names), base first. */
export async function comparisonLayers(page: Page): Promise<string[]> {
  return (await comparison(page).locator('thead th[data-scenario] button').allTextContents()).map((t) => t.trim());
}

// ---------------------------------------------------------------- quick what-if

export function whatIf(page: Page): Locator {
  return page.locator('[data-testid=what-if]');
}

export function slider(page: Page): Locator {
  return page.locator('[data-testid=what-if-slider]');
}

/** One of the outputs the what-if strip watches (requiredTop, forecastWon, forecastRevenue). */
export function watched(page: Page, id: 'requiredTop' | 'forecastWon' | 'forecastRevenue'): Locator {
  return whatIf(page).locator(`[data-watch=${id}] dd`);
}

// ---------------------------------------------------------------- goal seek and sensitivity

export function goalSeek(page: Page): Locator {
  return page.locator('[data-testid=goal-seek]');
}

/** The sentences of an answer of the funnel questions (rate needed, top needed), one per line. */
export async function answerLines(result: Locator): Promise<string[]> {
  await result.locator('p').first().waitFor({ state: 'visible', timeout: SETTLE_MS });
  return (await result.locator('p').allTextContents()).map((t) => t.trim());
}

export function sensitivityPanel(page: Page): Locator {
  return page.locator('[data-testid=sensitivity-panel]');
}

/**
 * Scrolls to the sensitivity panel, as often as it takes (the sections above it mount one by one
 * after opening and push it down), until `shown` holds: the panel computes only while on screen.
 */
export async function scrollToSensitivity<T>(page: Page, shown: () => Promise<T>, expected: T): Promise<void> {
  await expect
    .poll(async () => {
      await sensitivityPanel(page).scrollIntoViewIfNeeded();
      return shown();
    })
    .toEqual(expected);
}

/** How many times the sensitivity panel has computed its table on this page. */
export function sensitivityRuns(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('funnelbook:sensitivity').length);
}

/** The rows of the sensitivity table, in the order shown. */
export function sensitivityRows(page: Page): Locator {
  return page.locator('[data-testid=sensitivity] tbody tr[data-stage]');
}

// ---------------------------------------------------------------- probability

export function probability(page: Page): Locator {
  return page.locator('[data-testid=probability]');
}

export function pHit(page: Page): Locator {
  return probability(page).locator('[data-testid=p-hit]');
}

/** Waits until the Monte Carlo has finished for the inputs on screen. */
export async function waitForProbability(page: Page): Promise<void> {
  await probability(page)
    .locator('[data-testid=probability-status][data-status=done]')
    .waitFor({ state: 'attached', timeout: SIMULATION_MS });
}

/** Waits until P(hit) shows something other than `before` and the run behind it has finished. */
export async function waitForNewProbability(page: Page, before: string): Promise<string> {
  await expect.poll(() => textOf(pHit(page)), { timeout: SIMULATION_MS }).not.toBe(before);
  await waitForProbability(page);
  return textOf(pHit(page));
}

/** A row of the quantile table ('won' or 'revenue') as its P10, P50 and P90 cells show them. */
export async function quantileRow(page: Page, row: 'won' | 'revenue'): Promise<string[]> {
  return (await probability(page).locator(`[data-testid=quantiles] tr[data-row=${row}] td`).allTextContents()).map((t) => t.trim());
}

/** A number as the page writes it ('3,400,000', '27.37%', '-400,000') back to a number. */
export function numberIn(text: string): number {
  return Number(text.replace(/[,%\s]/g, ''));
}
