// End-to-end tests: headless Chromium (playwright-core) against the built app
// (build/), served by tests/e2e/support/global-setup.ts.
// Run with `npm run test:e2e` after `npx vite build` (npm test does both).
// Standalone on purpose: no sveltekit() plugin, the tests only drive a browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One test file at a time: each may run its own Chromium, and CI has 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
