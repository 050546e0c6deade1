import { en, type MessageKey } from './messages/en';
import { zhCN } from './messages/zh-cn';
import type { Locale } from './format-number';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type Params = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders; the values are inserted as plain text. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogues[locale][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The browser's preferred language decides the first locale: any Chinese variant gets zh-CN. */
export function detectLocale(languages: readonly string[] | undefined): Locale {
  const first = languages?.[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}
