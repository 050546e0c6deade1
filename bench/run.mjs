#!/usr/bin/env node
// Funnelbook benchmark runner (plain ESM JavaScript; Node 20 cannot run TypeScript).
// Run it with `npm run bench` (scripts/bench.sh builds the app first), or directly
// with `node bench/run.mjs [case-name ...]` once build/ exists.
//
// It serves build/ on 127.0.0.1 (scripts/static-server.mjs), then runs every
// module in bench/cases/*.mjs in file-name order, each with its own fresh
// headless Chromium profile (scripts/browser.mjs), prints a table and writes
// every figure to bench-results/latest.json. It exits non-zero if a case throws.
//
// ── Adding a benchmark case ────────────────────────────────────────────────
// Create bench/cases/<something>.mjs exporting:
//
//   export const name = 'edit-latency';              // unique; used to select cases
//   export const description = 'What it measures';  // optional
//   export async function run({ baseURL, context, report, launchBrowser, buildDir, log }) {
//     const page = await context.newPage();
//     await page.goto(`${baseURL}/`);
//     ...
//     report('editLatencyP50Ms', 12.3, 'ms');          // a figure: name, number, unit
//     report('editLatencyP95Ms', 20.1, 'ms', { samples: [...] }); // optional details (JSON)
//   }
//
// What `run` receives:
//   baseURL        http://127.0.0.1:<port>, the built app with SPA fallback (no trailing slash)
//   context        a Playwright BrowserContext (persistent, fresh temp profile, locale en-US);
//                  the runner closes it after the case, so the case need not
//   launchBrowser  (options) => { context, userDataDir, close(options) }, to launch more
//                  Chromiums (e.g. another locale, or reopening the same profile); close what you open
//   buildDir       absolute path of build/
//   log            (...args) => console.log with the case name as prefix
//   report         (metric, value, unit = '', details?) records one figure
//
// Figures end up in bench-results/latest.json as
//   { startedAt, finishedAt, node, chromium, commit, baseURL,
//     cases: { [name]: { ok, durationMs, error?, metrics: { [metric]: { value, unit, details? } } } } }
// Keep cases deterministic: warm up before measuring, repeat and report medians.
// ───────────────────────────────────────────────────────────────────────────

import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPath, launchBrowser } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = path.join(repoRoot, 'bench', 'cases');
// FUNNELBOOK_BUILD_DIR (as for vite build) benchmarks another build folder than build/.
const buildDir = path.join(repoRoot, process.env.FUNNELBOOK_BUILD_DIR || 'build');
const resultsDir = path.join(repoRoot, 'bench-results');

/** @param {string} file @param {string[]} args */
function commandOutput(file, args) {
  try {
    return execFileSync(file, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function loadCases() {
  const files = (await readdir(casesDir)).filter((f) => f.endsWith('.mjs')).sort();
  const cases = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(casesDir, file)).href);
    if (typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      throw new Error(`bench/cases/${file} must export \`name\` (string) and \`run\` (async function)`);
    }
    if (cases.some((c) => c.name === mod.name)) throw new Error(`duplicate benchmark case name: ${mod.name}`);
    cases.push({ file, name: mod.name, description: mod.description ?? '', run: mod.run });
  }
  return cases;
}

/** @param {unknown} value */
function formatValue(value) {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
}

/** @param {string[][]} rows */
function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ r) =>
    r.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main() {
  const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let cases = await loadCases();
  if (selected.length > 0) {
    const unknown = selected.filter((s) => !cases.some((c) => c.name === s));
    if (unknown.length > 0) {
      throw new Error(`unknown benchmark case(s): ${unknown.join(', ')}; known: ${cases.map((c) => c.name).join(', ')}`);
    }
    cases = cases.filter((c) => selected.includes(c.name));
  }

  const results = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    node: process.version,
    chromium: commandOutput(chromiumPath(), ['--version']),
    commit: commandOutput('git', ['rev-parse', 'HEAD']),
    baseURL: '',
    /** @type {Record<string, any>} */
    cases: {},
  };

  const server = await startStaticServer(buildDir);
  results.baseURL = server.url;
  /** @type {Set<{ close(o?: { keepUserDataDir?: boolean }): Promise<void> }>} */
  const open = new Set();
  const closeAll = async () => {
    for (const b of open) await b.close().catch(() => {});
    open.clear();
    await server.close();
  };
  const onSignal = (/** @type {NodeJS.Signals} */ sig) => {
    console.error(`\n${sig}: closing Chromium and the server`);
    closeAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let failed = 0;
  try {
    for (const c of cases) {
      console.log(`\n── ${c.name}${c.description ? `: ${c.description}` : ''}`);
      /** @type {Record<string, { value: number, unit: string, details?: unknown }>} */
      const metrics = {};
      const entry = { ok: false, durationMs: 0, metrics, error: undefined };
      results.cases[c.name] = entry;

      /** Launch a browser tracked by the runner (closed at the end even if the case forgets). */
      const launch = async (/** @type {any} */ options = {}) => {
        const b = await launchBrowser(options);
        const close = b.close;
        const tracked = {
          ...b,
          close: async (/** @type {any} */ o) => {
            open.delete(tracked);
            await close(o);
          },
        };
        open.add(tracked);
        return tracked;
      };

      const started = performance.now();
      const browser = await launch();
      try {
        await c.run({
          baseURL: server.url,
          context: browser.context,
          launchBrowser: launch,
          buildDir,
          log: (/** @type {unknown[]} */ ...args) => console.log(`[${c.name}]`, ...args),
          report(/** @type {string} */ metric, /** @type {number} */ value, unit = '', /** @type {unknown} */ details) {
            if (typeof value !== 'number' || !Number.isFinite(value)) {
              throw new Error(`${c.name}: report('${metric}') needs a finite number, got ${value}`);
            }
            metrics[metric] = details === undefined ? { value, unit } : { value, unit, details };
          },
        });
        entry.ok = true;
      } catch (err) {
        failed++;
        entry.error = err instanceof Error ? err.stack ?? err.message : String(err);
        console.error(`[${c.name}] FAILED: ${entry.error}`);
      } finally {
        entry.durationMs = Math.round(performance.now() - started);
        for (const b of [...open]) await b.close().catch(() => {});
      }
    }
  } finally {
    await closeAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  results.finishedAt = new Date().toISOString();
  await mkdir(resultsDir, { recursive: true });
  const out = path.join(resultsDir, 'latest.json');
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(results, null, 2) + '\n');
  await rename(tmp, out);

  /** @type {string[][]} */
  const rows = [['case', 'metric', 'value', 'unit']];
  for (const [caseName, entry] of Object.entries(results.cases)) {
    if (!entry.ok) rows.push([caseName, 'FAILED', '-', '']);
    for (const [metric, m] of Object.entries(entry.metrics)) rows.push([caseName, metric, formatValue(m.value), m.unit]);
  }
  console.log('');
  printTable(rows);
  console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
  if (failed > 0) {
    console.error(`${failed} benchmark case(s) failed`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
