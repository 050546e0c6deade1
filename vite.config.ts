import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // FUNNELBOOK_NO_MINIFY=1 keeps function names readable in bench profiles (BENCH_PROFILE).
  build: { minify: process.env.FUNNELBOOK_NO_MINIFY ? false : 'oxc' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-messages.ts'],
    environment: 'node',
    // Property tests run hundreds of engine builds; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
