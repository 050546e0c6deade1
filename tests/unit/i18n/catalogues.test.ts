import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/messages/en';
import { zhCN } from '../../../src/lib/i18n/messages/zh-cn';
import { detectLocale, translate } from '../../../src/lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('zh-CN has no empty message', () => {
    expect(Object.entries(zhCN).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('zh-CN uses the same placeholders as English in every message', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(zhCN[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders with the given values as plain text', () => {
    expect(translate('en', 'home.confirmDelete', { name: '<b>Q1</b>' })).toBe('Delete “<b>Q1</b>”? This cannot be undone.');
  });

  it('speaks Chinese to a browser that prefers zh-TW', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
  });

  it('speaks English to a browser that prefers German', () => {
    expect(detectLocale(['de-DE'])).toBe('en');
  });
});
