import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { hyperformulaCriterionCache } from './scripts/vite-plugins/hyperformula-criterion-cache.mjs';

export default defineConfig({
  plugins: [hyperformulaCriterionCache(), sveltekit()],
  // The dev server pre-bundles HyperFormula: the same fix applies there.
  optimizeDeps: { rolldownOptions: { plugins: [hyperformulaCriterionCache()] } },
  // FUNNELBOOK_NO_MINIFY=1 keeps function names readable in bench profiles (BENCH_PROFILE).
  build: { minify: process.env.FUNNELBOOK_NO_MINIFY ? false : 'oxc' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-messages.ts'],
    environment: 'node',
    // HyperFormula runs through Vite's plugins in the tests too, so they test the engine the app ships.
    server: { deps: { inline: ['hyperformula'] } },
    // Property tests run hundreds of engine builds; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
