// Browser lifecycles for e2e files, registered as vitest hooks so test bodies stay
// straight-line:
//
//   const tab = freshBrowserPerTest();        // new Chromium + new profile for every test
//   const tab = freshStoragePerTest();        // one Chromium per file, the app's storage wiped per test
//   const tab = sharedBrowserPerFile();       // one Chromium + profile per file, a new page per test
//
//   test('...', async () => {
//     await openDemo(tab.page);
//     ...
//     expect(tab.errors).toEqual([]);
//   });
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, watchPageErrors, type LaunchedBrowser, type LaunchOptions } from './browser';
import { baseURL } from './workbook-page';

export interface Tab {
  browser: LaunchedBrowser;
  page: Page;
  /** Page errors collected by watchPageErrors; assert it is empty at the end of every test. */
  errors: string[];
}

/** Opens a page in `browser` that records its errors. */
export async function openTab(browser: LaunchedBrowser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchPageErrors(page);
  return { page, errors };
}

/** Every test gets its own Chromium with a fresh profile (so the demo has its original numbers). */
export function freshBrowserPerTest(options: LaunchOptions = {}): Tab {
  const tab = {} as Tab;
  beforeEach(async () => {
    tab.browser = await launchBrowser(options);
    Object.assign(tab, await openTab(tab.browser));
  });
  afterEach(async () => {
    await tab.browser?.close();
  });
  return tab;
}

/**
 * One Chromium for the whole file, but every test starts as on a first visit: the
 * app's origin data (IndexedDB, localStorage, caches) is cleared through the DevTools
 * protocol before the test's page opens, so the demo is seeded again with its
 * original numbers. Much cheaper than launching Chromium per test on a 2-core machine.
 */
export function freshStoragePerTest(options: LaunchOptions = {}): Tab {
  const tab = {} as Tab;
  beforeAll(async () => {
    tab.browser = await launchBrowser(options);
  });
  beforeEach(async () => {
    Object.assign(tab, await openTab(tab.browser));
    const cdp = await tab.browser.context.newCDPSession(tab.page);
    await cdp.send('Storage.clearDataForOrigin', { origin: baseURL, storageTypes: 'all' });
    await cdp.detach();
  });
  afterEach(async () => {
    // Every page of the test (second tabs too), so no open connection survives into the next one.
    await Promise.all(tab.browser.context.pages().map((page) => page.close()));
  });
  afterAll(async () => {
    await tab.browser?.close();
  });
  return tab;
}

/** One Chromium (one profile) for the whole file; every test gets a new page. */
export function sharedBrowserPerFile(options: LaunchOptions = {}): Tab {
  const tab = {} as Tab;
  beforeAll(async () => {
    tab.browser = await launchBrowser(options);
  });
  beforeEach(async () => {
    Object.assign(tab, await openTab(tab.browser));
  });
  afterEach(async () => {
    await tab.page?.close();
  });
  afterAll(async () => {
    await tab.browser?.close();
  });
  return tab;
}
