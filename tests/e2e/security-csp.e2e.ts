// The built app declares a Content-Security-Policy (svelte.config.js, kit.csp) and runs under it
// without a single violation: the first page, a workbook, the Monte Carlo worker, the service
// worker, the report and a chart's PNG export. And the policy is really enforced: a script that
// got into the page anyway does not run.
import { beforeAll, expect, test } from 'vitest';
import { chart, chartNameOf, download, isPng, openDemoReport } from './support/charts-page';
import { metaPolicyOf, parsePolicy, recordViolations, violations } from './support/csp';
import { freshStoragePerTest } from './support/session';
import { waitForProbability } from './support/what-if-page';
import { baseURL, cell, expectText, openDemo, summaryCell, typeIntoCell, waitForSaved } from './support/workbook-page';

const tab = freshStoragePerTest();
beforeAll(async () => {
  await recordViolations(tab.browser.context);
});

async function servedPolicy(path: string) {
  const html = await (await fetch(`${baseURL}${path}`)).text();
  const text = metaPolicyOf(html);
  if (text === null) throw new Error(`${path} declares no Content-Security-Policy`);
  return parsePolicy(text);
}

test('every page is served with the policy: self only, no plugins, no foreign base URL', async () => {
  for (const path of ['/', '/w/some-id', '/w/some-id/report']) {
    const policy = await servedPolicy(path);
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'self'"]);
  }
});

test('the policy allows no inline script, no eval and no <style> element', async () => {
  const policy = await servedPolicy('/');
  const scripts = policy.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
});

test('the home page, a workbook with its Monte Carlo worker and the report run without a violation', async () => {
  const { page } = tab;
  await openDemo(page);
  await typeIntoCell(cell(page, 1, 'rate'), '20%');
  await expectText(summaryCell(page, 'requiredTop'), '510');
  await waitForSaved(page);
  await waitForProbability(page);
  const pageViolations = await violations(page);

  await openDemoReport(page);

  expect(pageViolations).toEqual([]);
  expect(await violations(page)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('the service worker installs and takes control under the policy', async () => {
  const { page } = tab;
  await openDemo(page);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

  expect(scope).toBe(`${baseURL}/`);
  expect(await violations(page)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('a chart exports as PNG under the policy', async () => {
  const { page } = tab;
  await openDemoReport(page);
  const funnel = chart(page, chartNameOf('FunnelChart') ?? 'funnel');

  const file = await download(page, funnel.locator('button[data-testid=export-png]'));

  expect(isPng(file.bytes)).toBe(true);
  expect(await violations(page)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('a script element that gets into the page is refused by the policy', async () => {
  const { page } = tab;
  await openDemo(page);

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });

  expect(ran).toBe(false);
  expect((await violations(page)).some((entry) => entry.startsWith('script-src-elem'))).toBe(true);
});

test('an inline event handler that gets into the page is refused by the policy', async () => {
  const { page } = tab;
  await openDemo(page);

  const ran = await page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });

  expect(ran).toBe(false);
  expect((await violations(page)).some((entry) => entry.startsWith('script-src-attr'))).toBe(true);
});
