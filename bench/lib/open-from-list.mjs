// Opening a stored workbook the way a person does once the app is running: a click on its name in
// the home page's list, until its first stage row is painted, and until its engine is built (an
// edit before then waits for it). The app's own start is not in it; cold-start measures that.
import { settleInPage } from './in-page.mjs';
import { percentile, round2 } from './stats.mjs';

/**
 * Median over `runs` opens, each from a freshly loaded home page at rest.
 * @param {import('playwright-core').Page} page
 * @param {string} baseURL
 * @param {{ id: string, rowSelector: string, runs?: number }} what
 */
export async function openFromList(page, baseURL, { id, rowSelector, runs = 3 }) {
  /** @type {{ paintedMs: number, engineMs: number }[]} */
  const opens = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${baseURL}/`);
    await page.waitForSelector(`[data-testid=workbook-item] a[href="/w/${id}"]`, { timeout: 30_000 });
    await page.evaluate(settleInPage);
    opens.push(await page.evaluate(clickAndTimeInPage, { id, rowSelector, timeoutMs: 120_000 }));
  }
  const median = (/** @type {number[]} */ xs) => round2(percentile(xs, 50));
  return {
    paintedMs: median(opens.map((o) => o.paintedMs)),
    engineMs: median(opens.map((o) => o.engineMs)),
    runs: opens.map((o) => ({ paintedMs: round2(o.paintedMs), engineMs: round2(o.engineMs) })),
  };
}

/** In the page: clicks the workbook's link and times the painted row and the engine-built mark. */
async function clickAndTimeInPage(/** @type {{ id: string, rowSelector: string, timeoutMs: number }} */ { id, rowSelector, timeoutMs }) {
  const link = /** @type {HTMLAnchorElement | null} */ (document.querySelector(`[data-testid=workbook-item] a[href="/w/${id}"]`));
  if (!link) throw new Error(`no link to workbook ${id}`);
  const deadline = performance.now() + timeoutMs;
  const t0 = performance.now();
  link.click();
  // Found in an animation-frame callback, the row is drawn by that frame; a task posted then runs
  // once the frame's style, layout and paint are done.
  const painted = await new Promise((resolve, reject) => {
    const poll = () => {
      if (document.querySelector(rowSelector)) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      } else if (performance.now() > deadline) reject(new Error(`${rowSelector} was not painted within ${timeoutMs} ms`));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  const engine = await new Promise((resolve, reject) => {
    const check = () => {
      const built = performance.getEntriesByName('funnelbook:engine-built').find((entry) => entry.startTime >= t0);
      if (built) resolve(built.startTime);
      else if (performance.now() > deadline) reject(new Error(`the engine was not built within ${timeoutMs} ms`));
      else setTimeout(check, 10);
    };
    check();
  });
  return { paintedMs: /** @type {number} */ (painted) - t0, engineMs: /** @type {number} */ (engine) - t0 };
}
