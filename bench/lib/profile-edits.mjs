// BENCH_PROFILE: a CPU profile and a Chromium trace of a few extra edits, summarised by where the
// main thread spent the time between each commit and its painted frame.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCommitInPage, openEditor, waitSaved } from './in-page.mjs';

/**
 * CPU profile and a Chromium trace of a few edits (BENCH_PROFILE), to find where the time goes.
 * Only what happens between the commit (t0) and the painted frame (t1) is counted.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 * @param {string} editKey
 * @param {string[]} watchKeys
 * @param {Function} log
 * @param {string[]} values typed in turn into the edited cell
 * @returns {Promise<number>} how many edits it made
 */
export async function profileEdits(page, label, editKey, watchKeys, log, values = ['50%', '60%']) {
  const EDITS = 6;
  const cdp = await page.context().newCDPSession(page);
  /** @type {any[]} */
  const traceEvents = [];
  cdp.on('Tracing.dataCollected', (/** @type {any} */ e) => traceEvents.push(...e.value));
  const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'blink'],
    },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let latencyMs = 0;
  for (let i = 0; i < EDITS; i++) {
    await openEditor(page, editKey, values[i % values.length]);
    const sample = await page.evaluate(measureCommitInPage, { watchKeys, timeoutMs: 30_000, marks: true });
    latencyMs += sample.total;
    await waitSaved(page);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  await cdp.send('Tracing.end');
  await traceDone;
  await cdp.detach();

  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench-results');
  await mkdir(dir, { recursive: true });
  const traceFile = path.join(dir, `edit-latency-${label}.trace.json`);
  await writeFile(traceFile, JSON.stringify({ traceEvents }));
  const profileFile = path.join(dir, `edit-latency-${label}.cpuprofile`);
  await writeFile(profileFile, JSON.stringify(profile));

  const t0s = traceEvents.filter((e) => e.name === 'bench:t0').map((e) => e.ts).sort((a, b) => a - b);
  const t1s = traceEvents.filter((e) => e.name === 'bench:t1').map((e) => e.ts).sort((a, b) => a - b);
  /** @type {[number, number][]} */
  const windows = t0s.map((a, i) => [a, t1s.find((b) => b > a) ?? a]);
  const pid = traceEvents.find((e) => e.name === 'bench:t0')?.pid;
  const mainTid = traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const inWindow = (/** @type {number} */ ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  const windowMs = windows.reduce((s, [a, b]) => s + (b - a) / 1000, 0);
  log(`${label}, ${EDITS} extra edits, ${latencyMs.toFixed(0)} ms of edit latency (${windowMs.toFixed(0)} ms between the trace marks)`);
  log(`  trace: ${path.relative(process.cwd(), traceFile)}; CPU profile: ${path.relative(process.cwd(), profileFile)}`);

  // Self time of main-thread trace slices inside the windows (each slice minus its children).
  const slices = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === mainTid && typeof e.dur === 'number' && inWindow(e.ts))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {Map<string, number>} */
  const selfByName = new Map();
  /** @type {{ end: number, name: string, self: number }[]} */
  const stack = [];
  const pop = () => {
    const top = stack.pop();
    if (top) selfByName.set(top.name, (selfByName.get(top.name) ?? 0) + top.self / 1000);
  };
  for (const e of slices) {
    while (stack.length > 0 && stack[stack.length - 1].end <= e.ts) pop();
    if (stack.length > 0) stack[stack.length - 1].self -= Math.min(e.dur, stack[stack.length - 1].end - e.ts);
    stack.push({ end: e.ts + e.dur, name: e.name, self: e.dur });
  }
  while (stack.length > 0) pop();
  log('  main-thread trace, self time by slice inside the edits (ms):');
  for (const [n, ms] of [...selfByName].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    log(`  ${ms.toFixed(1).padStart(9)}  ${n}`);
  }

  // CPU profile samples inside the windows (profile timestamps share the trace's clock).
  /** @type {Map<string, number>} */
  const self = new Map();
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    ts += deltas[i] ?? 0;
    if (!inWindow(ts)) return;
    const f = byId.get(id).callFrame;
    const where = f.url ? `${f.url.replace(/^.*\/_app\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const label = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(label, (self.get(label) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const sampled = [...self.values()].reduce((a, b) => a + b, 0) / 1000;
  log(`  CPU profile, self time inside the edits (${sampled.toFixed(0)} ms sampled), top functions (ms):`);
  for (const [label, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) log(`  ${(us / 1000).toFixed(1).padStart(9)}  ${label}`);
  return EDITS;
}
