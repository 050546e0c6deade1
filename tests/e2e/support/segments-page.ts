// The segments panel (issue 4): add segments, type their actuals, read roll-ups and the weakest one.
import type { Locator, Page } from 'playwright-core';
import { typeIntoCell } from './workbook-page';

export function segmentsPanel(page: Page): Locator {
  return page.locator('[data-testid=segments]');
}

/** Adds a segment of `dimension` (a preset id such as `team`) under `parent` (its label; the company when omitted). */
export async function addSegment(page: Page, name: string, options: { dimension?: string; parent?: string } = {}): Promise<void> {
  const panel = segmentsPanel(page);
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('select[data-testid=segment-dimension]').selectOption(options.dimension ?? 'team');
  if (options.parent) await panel.locator('select[data-testid=segment-parent]').selectOption({ label: options.parent });
  await panel.locator('[data-testid=segment-name]').fill(name);
  await panel.locator('[data-testid=segment-add]').click();
  await panel.locator('[data-testid=segment-label]', { hasText: name }).waitFor({ timeout: 5_000 });
}

/** The node id of a segment row by its label (`root` is the company). */
export async function segmentId(page: Page, name: string): Promise<string> {
  const row = segmentsPanel(page).locator('tr[data-node]', { has: page.locator('[data-testid=segment-label]', { hasText: name }) });
  return (await row.getAttribute('data-node', { timeout: 5_000 }))!;
}

export function segmentStageCell(page: Page, nodeId: string, stageId: string, column = 'actual'): Locator {
  return segmentsPanel(page).locator(`td[data-key="n.${nodeId}:${stageId}.${column}"]`);
}

export function segmentCell(page: Page, nodeId: string, column: string): Locator {
  return segmentsPanel(page).locator(`td[data-key="g.${nodeId}.${column}"]`);
}

/** Types a segment's actual entries, stage by stage. */
export async function typeSegmentActuals(page: Page, nodeId: string, stageIds: readonly string[], actuals: readonly number[]): Promise<void> {
  for (const [j, value] of actuals.entries()) await typeIntoCell(segmentStageCell(page, nodeId, stageIds[j]), String(value));
}

export function weakestSegment(page: Page): Locator {
  return page.locator('[data-testid=weakest-segment]');
}
