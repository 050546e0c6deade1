// What the single-workbook edit benchmarks (segment-edit, opportunity-edit) share: a page with the
// app's database made and a generated workbook stored in it, and a run of measured commits.
import { measureCommitInPage, openEditor, putRecordInPage, waitSaved } from './in-page.mjs';
import { percentile, round2 } from './stats.mjs';

/**
 * A page on the home page (the app has made its database) with `doc` stored; its page errors are
 * collected in `pageErrors`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseURL
 * @param {any} doc a Funnelbook document
 */
export async function pageWithWorkbook(context, baseURL, doc) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
  await page.goto(`${baseURL}/`);
  await page.waitForSelector('[data-testid=workbook-item]', { timeout: 30_000 });
  await page.evaluate(putRecordInPage, { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt, rev: 1, doc });
  return { page, pageErrors };
}

/**
 * Scrolls the edited cell to the middle of the window, then types `values` into it in turn and
 * measures each commit (measureCommitInPage); the first `warmup` are left out.
 * @param {import('playwright-core').Page} page
 * @param {{ editKey: string, watchKeys: string[], values: string[], warmup: number, samples: number, timeoutMs?: number }} run
 */
export async function sampleEdits(page, { editKey, watchKeys, values, warmup, samples: count, timeoutMs = 30_000 }) {
  await page.evaluate((key) => document.querySelector(`td[data-key="${key}"]`)?.scrollIntoView({ block: 'center' }), editKey);
  await waitSaved(page);
  /** @type {any[]} */
  const samples = [];
  for (let i = 0; i < warmup + count; i++) {
    await openEditor(page, editKey, values[i % values.length]);
    const sample = await page.evaluate(measureCommitInPage, { watchKeys, timeoutMs });
    if (i >= warmup) samples.push(sample);
    await waitSaved(page);
  }
  return samples;
}

/**
 * `values` in the order that goes on from `typed` edits made with `sampleEdits` (or the same
 * rotation), so the next edit changes the cell.
 * @param {string[]} values @param {number} typed
 */
export const valuesAfter = (values, typed) => values.map((_, i) => values[(typed + i) % values.length]);

/** p50 and p95 of one field of the samples. @param {any[]} samples @param {string} field */
export function statsOf(samples, field) {
  const values = samples.map((s) => s[field]);
  return { p50: round2(percentile(values, 50)), p95: round2(percentile(values, 95)) };
}

/**
 * Reports `<prefix>EditP50Ms`/`P95Ms` (commit -> painted frame), `<prefix>EditWork*` (without the
 * wait for the frame clock), `<prefix>EngineRecalc*` (the floor) and their ratio; returns the three.
 * @param {Function} report @param {string} prefix @param {any[]} samples
 */
export function reportEditFigures(report, prefix, samples) {
  const total = statsOf(samples, 'total');
  const work = statsOf(samples, 'work');
  const engine = statsOf(samples, 'engine');
  report(`${prefix}EditP50Ms`, total.p50, 'ms', { definition: 'commit -> next painted frame' });
  report(`${prefix}EditP95Ms`, total.p95, 'ms');
  report(`${prefix}EditWorkP50Ms`, work.p50, 'ms', { definition: 'the same without the idle wait for the frame clock' });
  report(`${prefix}EditWorkP95Ms`, work.p95, 'ms');
  report(`${prefix}EngineRecalcP50Ms`, engine.p50, 'ms');
  report(`${prefix}EngineRecalcP95Ms`, engine.p95, 'ms');
  if (engine.p50 > 0) report(`${prefix}EditToEngineRatioP50`, round2(total.p50 / engine.p50), 'x');
  return { total, work, engine };
}
