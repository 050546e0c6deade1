// Launching headless Chromium (Debian's, not a Playwright download) through
// playwright-core, shared by the e2e tests (tests/e2e/support/browser.ts) and the
// benchmarks (bench/run.mjs). Plain ESM JavaScript so plain `node` can run it.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (see scripts/ensure-chromium.sh). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Flags for a quiet, deterministic headless Chromium that runs as root in CI. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * @typedef {object} LaunchOptions
 * @property {string} [locale] browser locale, e.g. 'en-US' (default) or 'zh-CN'
 * @property {string} [userDataDir] an existing profile directory to reuse (to "reopen the browser");
 *   default: a fresh temporary directory
 * @property {boolean} [keepUserDataDir] keep the profile directory when closing; default: keep it
 *   if it was passed in as `userDataDir`, remove it if it was created here
 * @property {string} [timezoneId] e.g. 'UTC'
 * @property {{ width: number, height: number }} [viewport]
 * @property {string[]} [extraArgs] more Chromium flags
 */

/**
 * @typedef {object} LaunchedBrowser
 * @property {import('playwright-core').BrowserContext} context a persistent context (its own profile)
 * @property {string} userDataDir the profile directory
 * @property {(options?: { keepUserDataDir?: boolean }) => Promise<void>} close closes the context
 *   (and with it Chromium), then removes the profile directory unless it is kept
 */

/**
 * Launch headless Chromium with a persistent profile.
 * @param {LaunchOptions} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchBrowser(options = {}) {
  const created = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'funnelbook-chromium-')));
  const keepByDefault = options.keepUserDataDir ?? !created;

  /** @type {import('playwright-core').BrowserContext} */
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
      locale: options.locale ?? 'en-US',
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      ...(options.viewport ? { viewport: options.viewport } : {}),
    });
  } catch (err) {
    if (created) await rm(userDataDir, { recursive: true, force: true });
    const hint = `could not launch Chromium at ${chromiumPath()} (run scripts/ensure-chromium.sh, or set CHROMIUM_PATH)`;
    throw new Error(`${hint}: ${err instanceof Error ? err.message : err}`, { cause: err });
  }

  let closed = false;
  return {
    context,
    userDataDir,
    async close(closeOptions = {}) {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        if (!(closeOptions.keepUserDataDir ?? keepByDefault)) {
          await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        }
      }
    },
  };
}

/**
 * Collect a page's uncaught exceptions and console errors into an array that
 * a test can assert is empty: `expect(errors).toEqual([])`.
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function watchPageErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err.stack || err.message}`);
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    errors.push(`console.error: ${msg.text()}${where}`);
  });
  page.on('crash', () => {
    errors.push('crash: the page crashed');
  });
  return errors;
}
