// Segment edit latency (issue 4's scale): a plan of 12 months x 20 reps (4 teams of 5) x 8 stages.
// The edit: one rep's entries into the first stage in the first month, alternating 100 / 120. It
// changes the rep's total, its team's and the company's roll-ups, their rates and forecasts, and
// the company funnel's actual entries. Measured like edit-latency (commit -> painted frame, work
// without the frame-clock wait, HyperFormula's own recalculation and the browser alone painting the
// same DOM changes as the floors, bench/lib/render-floor.mjs), with the segments
// panel on screen and the watched cells the rep's and the company's first-stage totals.
import { generateSegmentWorkbook, PLAN } from '../lib/segment-plan.mjs';
import { round2 } from '../lib/stats.mjs';
import { pageWithWorkbook, reportEditFigures, sampleEdits, statsOf, valuesAfter } from '../lib/edit-samples.mjs';
import { profileEdits } from '../lib/profile-edits.mjs';
import { openEditor } from '../lib/in-page.mjs';
import { renderFloor } from '../lib/render-floor.mjs';

export const name = 'segment-edit';
export const description = 'One month of one rep edited in a 12 months x 20 reps x 8 stages plan: commit until painted';

const WARMUP = 5;
const SAMPLES = 30;
const VALUES = ['100', '120'];

/** @param {{ baseURL: string, context: import('playwright-core').BrowserContext, report: Function, log: Function }} ctx */
export async function run({ baseURL, context, report, log }) {
  const doc = generateSegmentWorkbook('bench-segments');
  const { page, pageErrors } = await pageWithWorkbook(context, baseURL, doc);
  await page.goto(`${baseURL}/w/${doc.id}`);
  await page.waitForSelector('[data-testid=segments]', { timeout: 120_000 });
  const rep = 'rep0x0';
  const editKey = `n.${rep}:st0.p0`;
  // The rep's conversion in that month (on screen, under the edited cell), its total and the
  // company's total (in the segment table above, on screen or not depending on the window).
  const watchKeys = [`n.${rep}:st0.r0`, `n.${rep}:st0.actual`, 'n.root:st0.actual'];
  await page.locator('[data-testid=segment-periods]').scrollIntoViewIfNeeded();
  await page.waitForSelector(`td[data-key="${editKey}"]`, { timeout: 30_000 });
  const samples = await sampleEdits(page, { editKey, watchKeys, values: VALUES, warmup: WARMUP, samples: SAMPLES });
  // BENCH_PROFILE=segments traces 6 more edits (not part of the figures), as edit-latency does.
  if (process.env.BENCH_PROFILE === 'segments') await profileEdits(page, 'segments', editKey, watchKeys, log, valuesAfter(VALUES, WARMUP + SAMPLES));
  // The browser's floor: the DOM changes of one more commit, written back and forth with no app code.
  await openEditor(page, editKey, valuesAfter(VALUES, WARMUP + SAMPLES)[0]);
  const floor = await renderFloor(page, SAMPLES);
  if (pageErrors.length > 0) throw new Error(`page errors:\n${pageErrors.join('\n')}`);
  const stats = (/** @type {string} */ field) => statsOf(samples, field);
  const inputs = Object.keys(doc.cells).filter((k) => k.startsWith('n.')).length;
  report('segmentPlanInputCells', inputs, 'cells', { teams: PLAN.teams, reps: PLAN.teams * PLAN.repsPerTeam, months: PLAN.months, stages: PLAN.stages });
  const { total, work, engine } = reportEditFigures(report, 'segment', samples);
  // Where the time goes, as for edit-latency: the Enter handler, Svelte's update, the painted frame.
  report('segmentEditWatchedOnScreen', Math.min(...samples.map((s) => s.watchedOnScreen)), 'cells', { definition: `of the watched cells (${watchKeys.join(', ')}), those on screen, whose painting the figures time` });
  const allDom = stats('allDom');
  report('segmentEditAllWatchedInDomP50Ms', allDom.p50, 'ms', { definition: 'commit -> every watched cell has its new text, on screen or not (sections off screen are held a frame behind)' });
  report('segmentEditAllWatchedInDomP95Ms', allDom.p95, 'ms');
  report('segmentEditSyncP50Ms', stats('sync').p50, 'ms', { definition: 'the synchronous Enter handler: document update, engine, per-cell state writes' });
  report('segmentEditFlushP50Ms', stats('flush').p50, 'ms', { definition: 'handler returned -> changed text in the DOM (Svelte effects)' });
  report('segmentEditRenderP50Ms', stats('afterFlush').p50, 'ms', { definition: 'changed text in the DOM -> the next frame: style, layout and paint (forced before the frame by the focus hand-off and the hover hit test)' });
  const floorDefinition = `the browser alone: the ${floor.changed.texts} texts and ${floor.changed.attributes} attributes one commit changed, written back and forth with no app code, -> next painted frame, the idle wait for the frame clock left out`;
  report('segmentRenderFloorWorkP50Ms', floor.work.p50, 'ms', { definition: floorDefinition, samples: SAMPLES });
  report('segmentRenderFloorWorkP95Ms', floor.work.p95, 'ms');
  if (floor.work.p50 > 0) report('segmentEditWorkToRenderFloorRatioP50', round2(work.p50 / floor.work.p50), 'x');
  log(`the browser's own floor for the same DOM changes (${floor.changed.texts} texts, ${floor.changed.attributes} attributes): work ${floor.work.p50}/${floor.work.p95} ms`);
  log(`20 reps x 12 months x 8 stages (${inputs} typed cells): edit p50/p95 ${total.p50}/${total.p95} ms, work ${work.p50}/${work.p95}, engine ${engine.p50}/${engine.p95}`);
  await page.close();
}
