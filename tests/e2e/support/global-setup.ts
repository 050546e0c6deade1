// Vitest globalSetup for the e2e suite (vitest.e2e.config.ts): runs once in the
// main process, serves build/ on 127.0.0.1 at a free port, and hands its base
// URL (no trailing slash) to tests, which read it with `inject('baseURL')`.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:38211 — the built app served with SPA fallback. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const buildDir = path.resolve(project.config.root, process.env.FUNNELBOOK_BUILD_DIR || 'build');
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`${buildDir}/index.html not found: build the app first (npx svelte-kit sync && npx vite build)`);
  }
  try {
    accessSync(chromiumPath(), constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${chromiumPath()}: run bash scripts/ensure-chromium.sh (or set CHROMIUM_PATH)`);
  }

  const server = await startStaticServer(buildDir);
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}
