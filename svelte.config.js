import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// FUNNELBOOK_BUILD_DIR lets two builds run side by side (e.g. build-a), each with its own
// output and SvelteKit work folder; the default is build/ and .svelte-kit/.
const buildDir = process.env.FUNNELBOOK_BUILD_DIR || 'build';
const outDir = buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // A single-page app: every path falls back to index.html and routes render in the browser.
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', strict: false }),
    outDir,
    serviceWorker: { register: true },
  },
};

export default config;
