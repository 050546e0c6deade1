// Sections off screen are held one frame behind an edit (held-cells.svelte.ts), so an edit paints
// what is seen first. Here: the waterfall chart below the grid, on the demo workbook in Chromium.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { chart, chartSvg } from './support/charts-page';
import { freshStoragePerTest } from './support/session';
import { SETTLE_MS, cell, editor, openDemo } from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US', viewport: { width: 1200, height: 700 } });

/** Opens the editor on the second stage's rate with `text` typed, the page scrolled to the top. */
async function typeRate(page: Page, text: string): Promise<void> {
  await cell(page, 1, 'rate').click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await editor(page).waitFor({ state: 'visible', timeout: SETTLE_MS });
}

/**
 * Presses Enter in the editor (the page first scrolled to its end when `scrollAway`); what the
 * grid and the chart (the waterfall unless named) show before any frame is drawn, and after.
 */
async function commitAndWatch(page: Page, scrollAway: boolean, name = 'waterfall') {
  return page.evaluate(async ({ scrollAway, name }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    if (scrollAway) {
      scrollTo(0, document.documentElement.scrollHeight);
      await frame(); // the sections learn they are off screen
    }
    const svg = document.querySelector(`figure[data-testid="chart-${name}"] .plot svg`)!;
    const top = document.querySelector('tr[data-summary=requiredTop] td')!;
    const before = { chart: svg.innerHTML, top: top.textContent };
    const box = svg.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.top < innerHeight;
    document.querySelector('[data-testid=cell-editor]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    // Svelte updates the DOM in a microtask; a timer queued now runs before the frame's own tasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const atOnce = { chart: svg.innerHTML !== before.chart, top: top.textContent !== before.top };
    await frame();
    return { onScreen, atOnce, afterFrame: { chart: svg.innerHTML !== before.chart, top: top.textContent !== before.top } };
  }, { scrollAway, name });
}

test('sections scrolled off screen keep their drawing until the edit is painted, then catch up', async () => {
  const { page } = tab;
  await openDemo(page);
  await chartSvg(chart(page, 'waterfall')).waitFor({ state: 'attached', timeout: SETTLE_MS });
  await typeRate(page, '51%');
  const seen = await commitAndWatch(page, true);
  expect(seen.onScreen).toBe(false);
  expect(seen.atOnce).toEqual({ chart: false, top: false });
  expect(seen.afterFrame).toEqual({ chart: true, top: true });
  expect(tab.errors).toEqual([]);
});

test('the funnel chart scrolled off screen moves its bottleneck mark with its bars, after the edit is painted', async () => {
  const { page } = tab;
  await openDemo(page);
  const funnel = chart(page, 'funnel');
  await chartSvg(funnel).waitFor({ state: 'attached', timeout: SETTLE_MS });
  const marked = () => funnel.locator('g.stage[data-bottleneck]').getAttribute('data-stage');
  const before = await marked();
  // An ideal rate far above the actual one makes that stage the bottleneck.
  await typeRate(page, '99%');
  const seen = await commitAndWatch(page, true, 'funnel');
  expect(seen.onScreen).toBe(false);
  expect(seen.atOnce).toEqual({ chart: false, top: false });
  expect(seen.afterFrame).toEqual({ chart: true, top: true });
  expect(await marked()).not.toBe(before);
  expect(tab.errors).toEqual([]);
});

test('a chart on screen is redrawn with the edit, in the same frame as the grid', async () => {
  const { page } = tab;
  await page.setViewportSize({ width: 1200, height: 2400 });
  await openDemo(page);
  await chartSvg(chart(page, 'waterfall')).waitFor({ state: 'visible', timeout: SETTLE_MS });
  await typeRate(page, '51%');
  const seen = await commitAndWatch(page, false);
  expect(seen.onScreen).toBe(true);
  expect(seen.atOnce).toEqual({ chart: true, top: true });
  expect(tab.errors).toEqual([]);
});
