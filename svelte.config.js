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
    // Content-Security-Policy, written by SvelteKit as a <meta> tag into the static index.html, with
    // the sha256 hashes of its own inline bootstrap script (mode 'hash': a static SPA has no server to
    // make nonces). Everything the app loads is its own: scripts, the Monte Carlo worker, the service
    // worker, CSS files. Exceptions, each needed by a feature:
    //  - style-src-attr 'unsafe-inline': inline style *attributes* only (app.html's display:contents
    //    wrapper, SvelteKit's route announcer, SVG chart export that copies computed styles onto the
    //    clone). <style> elements stay forbidden (style-src 'self'); Svelte's compiled CSS is in files.
    //    A style attribute cannot run script, and user text never reaches one (no {@html}).
    //  - img-src data: blob:: a chart is exported as PNG by drawing its SVG (a data: URL) on a canvas.
    // No 'unsafe-eval': zod runs jitless (see src/lib/document/schema.ts).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
