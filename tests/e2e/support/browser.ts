// Typed helpers for driving headless Chromium in e2e tests.
// The implementation is shared with the benchmarks: scripts/browser.mjs.
//
//   const browser = await launchBrowser();              // fresh temp profile, en-US
//   const page = await browser.context.newPage();
//   const errors = watchPageErrors(page);
//   await page.goto(`${inject('baseURL')}/`);
//   ...
//   expect(errors).toEqual([]);
//   await browser.close();                              // closes Chromium, deletes the profile
//
// Reopening "the browser" with the same profile (e.g. to check IndexedDB persistence):
//
//   const first = await launchBrowser();
//   ...
//   await first.close({ keepUserDataDir: true });
//   const second = await launchBrowser({ userDataDir: first.userDataDir });
//   ...
//   await second.close({ keepUserDataDir: false });     // last one deletes the profile
import type { BrowserContext, Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  launchBrowser as launch,
  watchPageErrors as watch,
} from '../../../scripts/browser.mjs';

export { CHROMIUM_ARGS, chromiumPath };

export interface LaunchOptions {
  /** Browser locale, e.g. 'en-US' (default) or 'zh-CN'. */
  locale?: string;
  /** Existing profile directory to reuse; default: a fresh temporary directory. */
  userDataDir?: string;
  /** Keep the profile on close(); default: keep it only if it was passed in. */
  keepUserDataDir?: boolean;
  /** e.g. 'UTC' */
  timezoneId?: string;
  viewport?: { width: number; height: number };
  /** More Chromium flags. */
  extraArgs?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** Close the context (and Chromium), then remove the profile unless kept. */
  close(options?: { keepUserDataDir?: boolean }): Promise<void>;
}

/** Launch Debian's headless Chromium ($CHROMIUM_PATH or /usr/bin/chromium) with a persistent profile. */
export function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return launch(options);
}

/** Collect uncaught page exceptions, console errors and crashes; assert the array is empty. */
export function watchPageErrors(page: Page): string[] {
  return watch(page);
}
