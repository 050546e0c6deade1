// Segment edit latency (issue 4's scale): a plan of 12 months x 20 reps (4 teams of 5) x 8 stages.
// The edit: one rep's entries into the first stage in the first month, alternating 100 / 120. It
// changes the rep's total, its team's and the company's roll-ups, their rates and forecasts, and
// the company funnel's actual entries. Measured like edit-latency (commit -> painted frame, work
// without the frame-clock wait, HyperFormula's own recalculation as the floor), with the segments
// panel on screen and the watched cells the rep's and the company's first-stage totals.
import { measureCommitInPage, openEditor, percentile, profileEdits, putRecordInPage, round2, waitSaved } from './edit-latency.mjs';

export const name = 'segment-edit';
export const description = 'One month of one rep edited in a 12 months x 20 reps x 8 stages plan: commit until painted';

const STAGES = 8;
const TEAMS = 4;
const REPS_PER_TEAM = 5;
const MONTHS = 12;
const WARMUP = 5;
const SAMPLES = 30;
const VALUES = ['100', '120'];

/** The plan as a Funnelbook document (version 2: segments and grain). */
export function generateSegmentWorkbook(id) {
  const stamp = new Date('2024-01-01T00:00:00.000Z').toISOString();
  const stages = Array.from({ length: STAGES }, (_, i) => ({ id: `st${i}`, name: `Stage ${i + 1}` }));
  /** @type {Record<string, string>} */
  const cells = { 'a.target': '12000000', 'a.avgDeal': '50000', 'a.perStage': '1', 'a.periodStart': '45292' };
  stages.slice(0, -1).forEach((s, i) => (cells[`s.${s.id}.rate`] = String(0.5 + 0.05 * i)));
  const segments = [];
  for (let t = 0; t < TEAMS; t++) {
    segments.push({ id: `team${t}`, dimension: 'team', name: `Team ${t + 1}`, parentId: null });
    for (let r = 0; r < REPS_PER_TEAM; r++) {
      const rep = `rep${t}x${r}`;
      segments.push({ id: rep, dimension: 'rep', name: `Rep ${t + 1}.${r + 1}`, parentId: `team${t}` });
      for (let m = 0; m < MONTHS; m++) {
        let entries = 80 + ((t * 7 + r * 3 + m) % 40);
        for (const s of stages) {
          cells[`n.${rep}:${s.id}.p${m}`] = String(entries);
          entries = Math.round(entries * 0.6);
        }
      }
    }
  }
  return { type: 'funnelbook', version: 2, id, name: 'Bench 20 reps x 12 months', createdAt: stamp, updatedAt: stamp,
    period: { label: '2024', start: null, end: null }, stages, cells, segments, grain: 'month', scenarios: [], activeScenarioId: null };
}

/** @param {{ baseURL: string, context: import('playwright-core').BrowserContext, report: Function, log: Function }} ctx */
export async function run({ baseURL, context, report, log }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
  await page.goto(`${baseURL}/`);
  await page.waitForSelector('[data-testid=workbook-item]', { timeout: 30_000 });

  const doc = generateSegmentWorkbook('bench-segments');
  await page.evaluate(putRecordInPage, { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt, rev: 1, doc });
  await page.goto(`${baseURL}/w/${doc.id}`);
  await page.waitForSelector('[data-testid=segments]', { timeout: 120_000 });
  const rep = 'rep0x0';
  const editKey = `n.${rep}:st0.p0`;
  // The rep's conversion in that month (on screen, under the edited cell), its total and the
  // company's total (in the segment table above, on screen or not depending on the window).
  const watchKeys = [`n.${rep}:st0.r0`, `n.${rep}:st0.actual`, 'n.root:st0.actual'];
  await page.locator('[data-testid=segment-periods]').scrollIntoViewIfNeeded();
  await page.waitForSelector(`td[data-key="${editKey}"]`, { timeout: 30_000 });
  await page.evaluate((key) => document.querySelector(`td[data-key="${key}"]`)?.scrollIntoView({ block: 'center' }), editKey);
  await waitSaved(page);

  /** @type {any[]} */
  const samples = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await openEditor(page, editKey, VALUES[i % VALUES.length]);
    const sample = await page.evaluate(measureCommitInPage, { watchKeys, timeoutMs: 30_000 });
    if (i >= WARMUP) samples.push(sample);
    await waitSaved(page);
  }
  // BENCH_PROFILE=segments traces 6 more edits (not part of the figures), as edit-latency does.
  if (process.env.BENCH_PROFILE === 'segments') await profileEdits(page, 'segments', editKey, watchKeys, log);
  if (pageErrors.length > 0) throw new Error(`page errors:\n${pageErrors.join('\n')}`);
  const stats = (/** @type {string} */ field) => {
    const values = samples.map((s) => s[field]);
    return { p50: round2(percentile(values, 50)), p95: round2(percentile(values, 95)) };
  };
  const total = stats('total');
  const work = stats('work');
  const engine = stats('engine');
  const inputs = Object.keys(doc.cells).filter((k) => k.startsWith('n.')).length;
  report('segmentPlanInputCells', inputs, 'cells', { teams: TEAMS, reps: TEAMS * REPS_PER_TEAM, months: MONTHS, stages: STAGES });
  report('segmentEditP50Ms', total.p50, 'ms', { definition: 'commit -> next painted frame' });
  report('segmentEditP95Ms', total.p95, 'ms');
  report('segmentEditWorkP50Ms', work.p50, 'ms', { definition: 'the same without the idle wait for the frame clock' });
  report('segmentEditWorkP95Ms', work.p95, 'ms');
  report('segmentEngineRecalcP50Ms', engine.p50, 'ms');
  report('segmentEngineRecalcP95Ms', engine.p95, 'ms');
  if (engine.p50 > 0) report('segmentEditToEngineRatioP50', round2(total.p50 / engine.p50), 'x');
  // Where the time goes, as for edit-latency: the Enter handler, Svelte's update, the painted frame.
  report('segmentEditWatchedOnScreen', Math.min(...samples.map((s) => s.watchedOnScreen)), 'cells', { definition: `of the watched cells (${watchKeys.join(', ')}), those on screen, whose painting the figures time` });
  const allDom = stats('allDom');
  report('segmentEditAllWatchedInDomP50Ms', allDom.p50, 'ms', { definition: 'commit -> every watched cell has its new text, on screen or not (sections off screen are held a frame behind)' });
  report('segmentEditAllWatchedInDomP95Ms', allDom.p95, 'ms');
  report('segmentEditSyncP50Ms', stats('sync').p50, 'ms', { definition: 'the synchronous Enter handler: document update, engine, per-cell state writes' });
  report('segmentEditFlushP50Ms', stats('flush').p50, 'ms', { definition: 'handler returned -> changed text in the DOM (Svelte effects)' });
  report('segmentEditRenderP50Ms', stats('afterFlush').p50, 'ms', { definition: 'changed text in the DOM -> the next frame: style, layout and paint (forced before the frame by the focus hand-off and the hover hit test)' });
  log(`20 reps x 12 months x 8 stages (${inputs} typed cells): edit p50/p95 ${total.p50}/${total.p95} ms, work ${work.p50}/${work.p95}, engine ${engine.p50}/${engine.p95}`);
  await page.close();
}
