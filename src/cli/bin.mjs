#!/usr/bin/env node
// Runs the Funnelbook command line (`npm run funnelbook -- <command>`, or the package's bin).
// The CLI is TypeScript in src/ that shares the app's document, engine and export code. Node 20
// cannot run TypeScript, so Vite (already a dev dependency) bundles src/cli/funnelbook.ts into
// dist-cli/funnelbook.mjs the first time and again whenever a source file is newer than it.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hyperformulaCriterionCache } from '../../scripts/vite-plugins/hyperformula-criterion-cache.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist-cli');
const bundle = join(outDir, 'funnelbook.mjs');
const sources = [join(root, 'src/lib'), join(root, 'src/cli')];
const alsoWatched = [join(root, 'package-lock.json'), join(root, 'scripts/vite-plugins/hyperformula-criterion-cache.mjs')];

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  const newest = Math.max(...sources.map(newestIn), ...alsoWatched.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return newest > built;
}

/** Builds dist-cli/funnelbook.mjs when it is missing or older than a source; returns its path. */
export async function ensureBuilt({ quiet = false } = {}) {
  if (!isStale()) return bundle;
  if (!quiet) process.stderr.write('funnelbook: building the command line into dist-cli/ (once per change of the sources)…\n');
  const { build } = await import('vite');
  // Each build writes to its own folder and then renames one file into place, so two runs that
  // build at the same time never read a half-written bundle.
  const scratch = join(outDir, `.build-${process.pid}-${Date.now()}`);
  mkdirSync(outDir, { recursive: true });
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      clearScreen: false,
      resolve: { alias: { $lib: join(root, 'src/lib') } },
      // HyperFormula is bundled in, with the app's fix of its SUMIF cache (see the plugin).
      plugins: [hyperformulaCriterionCache()],
      ssr: { noExternal: ['hyperformula'] },
      build: {
        ssr: join(root, 'src/cli/funnelbook.ts'),
        outDir: scratch,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        rollupOptions: { output: { format: 'es', entryFileNames: 'funnelbook.mjs', codeSplitting: false } },
      },
    });
    renameSync(join(scratch, 'funnelbook.mjs'), bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return bundle;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { run } = await import(pathToFileURL(await ensureBuilt()).href);
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`funnelbook: the command line could not be built or started: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 70;
  }
}
