import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // A single-page app: every path falls back to index.html and routes render in the browser.
    adapter: adapter({ fallback: 'index.html', strict: false }),
    serviceWorker: { register: true },
  },
};

export default config;
