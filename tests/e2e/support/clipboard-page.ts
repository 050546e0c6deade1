// Steps for the clipboard tests: select a range, copy, paste, read what the grid put on the
// clipboard and what a CSV export downloaded.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser';
import { baseURL, SETTLE_MS } from './workbook-page';

/** Lets the page read and write the clipboard (navigator.clipboard) without asking. */
export async function grantClipboard(browser: LaunchedBrowser): Promise<void> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
}

/** Clicks `from`, then holds Shift and presses each arrow key (e.g. ['ArrowDown', 'ArrowRight']). */
export async function selectRange(from: Locator, arrows: string[]): Promise<void> {
  await from.click();
  const page = from.page();
  for (const key of arrows) await page.keyboard.press(`Shift+${key}`);
}

/** Presses the mouse on `from` (selected first), moves it to `to` and releases it there. */
export async function dragAcross(from: Locator, to: Locator): Promise<void> {
  const page = from.page();
  // Selecting a cell can move the grid (a rate shows its slider above it) a moment later; select
  // it first so the drag measures the grid where it stays.
  await from.click();
  const a = await from.boundingBox();
  if (!a) throw new Error('the cell to drag from is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const b = await to.boundingBox();
  if (!b) throw new Error('the cell to drag to is not on screen');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** The keys of the cells the grid marks as in the selected range. */
export async function rangeKeys(page: Page): Promise<string[]> {
  return page.locator('[data-testid=funnel-grid] td.in-range').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-key') ?? ''));
}

/** What the system clipboard holds, as plain text and HTML. */
export async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

/** Puts text and (optionally) HTML on the system clipboard, as another app would. */
export async function writeClipboard(page: Page, data: { text: string; html?: string }): Promise<void> {
  await page.evaluate(async ({ text, html }) => {
    const parts: Record<string, Blob> = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html) parts['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(parts)]);
  }, data);
}

/**
 * Selects `target` and pastes `data` there through a paste event, as the browser delivers another
 * app's clipboard: the HTML arrives as that app wrote it. (Writing HTML with navigator.clipboard
 * would have Chromium sanitise it inside the page first, which is not what a paste from Excel is.)
 */
export async function pasteFromOtherApp(target: Locator, data: { text: string; html?: string }): Promise<void> {
  await target.click();
  await target.page().evaluate(({ text, html }) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    if (html) transfer.setData('text/html', html);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    (document.activeElement ?? document.body).dispatchEvent(event);
  }, data);
}

/** Copies with the keyboard shortcut, as a person does. */
export async function copyWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+C');
}

/** Selects `target` and pastes the clipboard there with the keyboard shortcut. */
export async function pasteWithKeyboard(target: Locator): Promise<void> {
  await target.click();
  await target.page().keyboard.press('ControlOrMeta+V');
}

/** Clicks the CSV export button and returns the downloaded file's name and bytes as text. */
export async function exportCsv(page: Page): Promise<{ name: string; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: SETTLE_MS }), page.locator('[data-testid=export-csv]').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), content: await readFile(path, 'utf8') };
}
