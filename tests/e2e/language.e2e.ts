// The interface language: English or 中文, chosen with the switch in the header,
// remembered in the browser, and taken from the browser's language on first start.
import { describe, expect, test } from 'vitest';
import { freshStoragePerTest } from './support/session';
import { DEMO_NAME, assumptionCell, openDemo, openHome, reloadWorkbook, textOf, workbookNames } from './support/workbook-page';
import type { Page } from 'playwright-core';

const requiredHeader = (page: Page) => page.locator('th[data-column=required]');
const languageSwitch = (page: Page) => page.locator('select[data-testid=language]');

describe('in an English browser', () => {
  const tab = freshStoragePerTest({ locale: 'en-US' });

  test('the interface starts in English', async () => {
    await openDemo(tab.page);

    expect(await textOf(requiredHeader(tab.page))).toBe('Required entries');
    expect(await languageSwitch(tab.page).inputValue()).toBe('en');
    expect(tab.errors).toEqual([]);
  });

  test('switching the language to 中文 shows Chinese column headers', async () => {
    await openDemo(tab.page);

    await languageSwitch(tab.page).selectOption({ label: '中文' });

    await expect.poll(() => textOf(requiredHeader(tab.page))).toBe('所需入口数量');
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(tab.errors).toEqual([]);
  });

  test('the chosen language is remembered after a reload', async () => {
    await openDemo(tab.page);
    await languageSwitch(tab.page).selectOption({ label: '中文' });
    await expect.poll(() => textOf(requiredHeader(tab.page))).toBe('所需入口数量');

    await reloadWorkbook(tab.page);

    expect(await textOf(requiredHeader(tab.page))).toBe('所需入口数量');
    expect(await languageSwitch(tab.page).inputValue()).toBe('zh-CN');
    expect(tab.errors).toEqual([]);
  });

  test('switching back to English shows English column headers', async () => {
    await openDemo(tab.page);
    await languageSwitch(tab.page).selectOption({ label: '中文' });
    await expect.poll(() => textOf(requiredHeader(tab.page))).toBe('所需入口数量');

    await languageSwitch(tab.page).selectOption({ label: 'English' });

    await expect.poll(() => textOf(requiredHeader(tab.page))).toBe('Required entries');
    expect(tab.errors).toEqual([]);
  });

  test('in Chinese the revenue target is shown in 万', async () => {
    await openDemo(tab.page);

    await languageSwitch(tab.page).selectOption({ label: '中文' });

    await expect.poll(() => textOf(assumptionCell(tab.page, 'target'))).toBe('380万');
    expect(tab.errors).toEqual([]);
  });
});

describe('in a Chinese browser', () => {
  const tab = freshStoragePerTest({ locale: 'zh-CN' });

  test('the interface starts in Chinese', async () => {
    await openDemo(tab.page, DEMO_NAME.zh);

    expect(await textOf(requiredHeader(tab.page))).toBe('所需入口数量');
    expect(await languageSwitch(tab.page).inputValue()).toBe('zh-CN');
    expect(tab.errors).toEqual([]);
  });

  test('the demo workbook has its Chinese name', async () => {
    await openHome(tab.page);

    expect(await workbookNames(tab.page)).toEqual([DEMO_NAME.zh]);
    expect(tab.errors).toEqual([]);
  });

  test('choosing English is remembered after a reload', async () => {
    await openDemo(tab.page, DEMO_NAME.zh);
    await languageSwitch(tab.page).selectOption({ label: 'English' });
    await expect.poll(() => textOf(requiredHeader(tab.page))).toBe('Required entries');

    await reloadWorkbook(tab.page);

    expect(await textOf(requiredHeader(tab.page))).toBe('Required entries');
    expect(tab.errors).toEqual([]);
  });
});
