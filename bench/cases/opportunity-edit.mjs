// Opportunity edit: a pipeline of 2,000 open opportunities (8 stages; each opportunity has a stage
// and a close date, 12 months in turn). The edit: one opportunity's amount, alternating 12,000 /
// 13,000. Every opportunity's "closing that month" is a SUMIF of the whole table by its own close
// month, so this one amount changes the sums of a sixth of the rows and is read by all of them; the
// stage's pipeline and the lumpy-closing share change too. Measured like edit-latency (commit ->
// painted frame, HyperFormula's own recalculation as the floor) with the edited row on screen.
// HyperFormula 3.5 alone took 1.4 s for such an edit before the app's fix of its SUMIF cache
// (scripts/vite-plugins/hyperformula-criterion-cache.mjs); this case keeps that fix honest.
import { pageWithWorkbook, reportEditFigures, sampleEdits, valuesAfter } from '../lib/edit-samples.mjs';
import { generateWorkbook } from '../lib/bench-workbook.mjs';
import { profileEdits } from '../lib/profile-edits.mjs';

export const name = 'opportunity-edit';
export const description = 'One amount edited among 2,000 open opportunities: commit until painted';

const OPPORTUNITIES = 2000;
const STAGES = 8;
const WARMUP = 3;
const SAMPLES = 20;
const VALUES = ['12000', '13000'];
/** Serial day of 2026-01-15 (spreadsheet days since 1899-12-30). */
const FIRST_CLOSE = (Date.UTC(2026, 0, 15) - Date.UTC(1899, 11, 30)) / 864e5;

/** The bench's flat funnel with a stage and a close date on every open opportunity. */
export function generatePipelineWorkbook(id) {
  const doc = generateWorkbook(STAGES, id, 'op', OPPORTUNITIES);
  doc.opportunities.forEach((o, i) => {
    doc.cells[`o.${o.id}.stage`] = `Stage ${1 + (i % (STAGES - 1))}`;
    doc.cells[`o.${o.id}.close`] = String(FIRST_CLOSE + 30 * (i % 12));
  });
  return doc;
}

/** @param {{ baseURL: string, context: import('playwright-core').BrowserContext, report: Function, log: Function }} ctx */
export async function run({ baseURL, context, report, log }) {
  const doc = generatePipelineWorkbook('bench-opportunities');
  const { page, pageErrors } = await pageWithWorkbook(context, baseURL, doc);
  const opened = Date.now();
  await page.goto(`${baseURL}/w/${doc.id}`);
  const edited = doc.opportunities[OPPORTUNITIES / 2].id;
  const editKey = `o.${edited}.amount`;
  await page.waitForSelector('[data-testid=opportunities] tr[data-opportunity]', { timeout: 180_000 });
  const openMs = Date.now() - opened;
  // Long tables render the rows in view of their scroller only: scroll the edited row in.
  await page.locator('[data-testid=opportunities]').scrollIntoViewIfNeeded();
  await page.locator('[data-testid=opportunities] .scroll').evaluate((el, top) => (el.scrollTop = top), (OPPORTUNITIES / 2) * 33 - 200);
  await page.waitForSelector(`td[data-key="${editKey}"]`, { timeout: 30_000 });
  const watchKeys = [`o.${edited}.sameMonth`, `o.${edited}.weighted`];
  const samples = await sampleEdits(page, { editKey, watchKeys, values: VALUES, warmup: WARMUP, samples: SAMPLES, timeoutMs: 60_000 });
  // BENCH_PROFILE=opportunities traces 6 more edits (not part of the figures), as edit-latency does.
  if (process.env.BENCH_PROFILE === 'opportunities') await profileEdits(page, 'opportunities', editKey, watchKeys, log, valuesAfter(VALUES, WARMUP + SAMPLES));
  if (pageErrors.length > 0) throw new Error(`page errors:\n${pageErrors.join('\n')}`);
  report('opportunityEditOpportunities', OPPORTUNITIES, 'rows', { stages: STAGES, closeMonths: 12 });
  report('opportunityOpenMs', openMs, 'ms', { definition: 'navigation until the first rows of the opportunity table are in the DOM' });
  const { total, work, engine } = reportEditFigures(report, 'opportunity', samples);
  log(`${OPPORTUNITIES} opportunities: open ${openMs} ms; amount edit p50/p95 ${total.p50}/${total.p95} ms, work ${work.p50}/${work.p95}, engine ${engine.p50}/${engine.p95}`);
  await page.close();
}
