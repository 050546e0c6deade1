// Initial JavaScript of the built app: every script the home page loads before
// it is idle, gzipped at level 9 (roughly what a compressing host would send).
//
// Two sources, combined (union, by path):
//  1. build/index.html itself: <script src>, <link rel=modulepreload|preload as=script>
//     and the import("...") / import "..." specifiers in SvelteKit's inline start script;
//  2. Chromium: every JavaScript response the page receives before the `load` event
//     and the following network idle (catches the transitive imports the html does not list).
// The service worker (if the app has one) is reported separately, not in the total.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'initial-js';
export const description = 'JavaScript loaded by the home page before network idle (gzip -9)';

/**
 * Script URLs referenced by an html page, as absolute URLs resolved against `pageURL`.
 * @param {string} html
 * @param {string} pageURL
 * @returns {string[]}
 */
export function scriptsReferencedByHtml(html, pageURL) {
  /** @type {Set<string>} */
  const refs = new Set();
  const add = (/** @type {string} */ ref) => refs.add(new URL(ref, pageURL).href);
  const attr = (/** @type {string} */ tag, /** @type {string} */ name) =>
    tag.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attr(tag, 'as') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (href && (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))) add(href);
  }
  // Inline module code: import("/_app/immutable/entry/start.X.js"), import "...", ... from "..."
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const m of body.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)|\bimport\s+(["'])([^"']+)\3|\bfrom\s*(["'])([^"']+)\5/g)) {
      add(m[2] ?? m[4] ?? m[6]);
    }
  }
  return [...refs].filter((u) => /\.m?js(?:$|[?#])/.test(new URL(u).pathname) || !path.extname(new URL(u).pathname));
}

/** @param {Buffer} buf */
const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** @param {{ baseURL: string, context: import('playwright-core').BrowserContext, buildDir: string, report: Function, log: Function }} ctx */
export async function run({ baseURL, context, buildDir, report, log }) {
  const pageURL = `${baseURL}/`;
  const origin = new URL(pageURL).origin;

  /** Bytes of a same-origin URL, read from build/ (what the server sends). */
  const fromDisk = async (/** @type {string} */ url) => {
    const file = path.resolve(buildDir, '.' + decodeURIComponent(new URL(url).pathname));
    if (!file.startsWith(buildDir + path.sep)) throw new Error(`outside build/: ${url}`);
    return readFile(file);
  };

  const html = await readFile(path.join(buildDir, 'index.html'), 'utf8');
  const htmlRefs = scriptsReferencedByHtml(html, pageURL).filter((u) => new URL(u).origin === origin);

  const page = await context.newPage();
  /** @type {Map<string, import('playwright-core').Response>} */
  const responses = new Map();
  let recording = true;
  page.on('response', (res) => {
    if (!recording) return;
    const url = res.url();
    if (!url.startsWith('http')) return;
    const type = res.request().resourceType();
    const contentType = res.headers()['content-type'] ?? '';
    if (new URL(url).pathname === '/service-worker.js') return;
    if (type === 'script' || /javascript|ecmascript/.test(contentType)) responses.set(url.split('#')[0], res);
  });
  const response = await page.goto(pageURL, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`home page answered ${response?.status()}`);
  await page.waitForLoadState('networkidle');
  recording = false;

  /** @type {Map<string, { path: string, rawBytes: number, gzipBytes: number, source: string }>} */
  const files = new Map();
  const urls = new Set([...htmlRefs, ...responses.keys()]);
  for (const url of urls) {
    const res = responses.get(url);
    /** @type {Buffer} */
    let body;
    if (res && res.status() === 200) {
      body = await res.body().catch(() => fromDisk(url));
    } else if (new URL(url).origin === origin) {
      body = await fromDisk(url);
    } else {
      continue; // a third-party script we could not read: nothing the app ships
    }
    const key = new URL(url).pathname + new URL(url).search;
    const source = htmlRefs.includes(url) && res ? 'html+browser' : res ? 'browser' : 'html';
    files.set(key, { path: key, rawBytes: body.length, gzipBytes: gzipSize(body), source });
  }
  await page.close();

  const list = [...files.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const totalGzip = list.reduce((s, f) => s + f.gzipBytes, 0);
  const totalRaw = list.reduce((s, f) => s + f.rawBytes, 0);
  const onlyInHtml = list.filter((f) => f.source === 'html').map((f) => f.path);
  if (onlyInHtml.length > 0) log(`referenced by index.html but not loaded by the page: ${onlyInHtml.join(', ')}`);

  report('initialJsGzipBytes', totalGzip, 'B', { files: list });
  report('initialJsRawBytes', totalRaw, 'B');
  report('initialJsFiles', list.length, 'files');
  report('indexHtmlGzipBytes', gzipSize(Buffer.from(html)), 'B');

  const sw = await readFile(path.join(buildDir, 'service-worker.js')).catch(() => null);
  if (sw) report('serviceWorkerJsGzipBytes', gzipSize(sw), 'B');
}
