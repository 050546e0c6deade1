import { expect, inject, test } from 'vitest';
import { launchBrowser, watchPageErrors } from './support/browser';

const baseURL = inject('baseURL');

test('the home page loads in Chromium with no page errors', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);

    const response = await page.goto(`${baseURL}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    expect(await page.title()).toContain('Funnelbook');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
