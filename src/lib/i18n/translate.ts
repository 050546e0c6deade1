import { enCore } from './messages/en-core';
import type { MessageKey } from './messages/en';
import { zhCNCore } from './messages/zh-cn-core';
import type { Locale } from './format-number';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

// The first page carries only the core strings; the features' strings join when a workbook opens.
const catalogues: Record<Locale, Record<string, string>> = { en: { ...enCore }, 'zh-CN': { ...zhCNCore } };
let featuresLoaded: Promise<void> | null = null;

/** Loads every feature's strings (once); a workbook page awaits this before it renders. */
export function loadAllMessages(): Promise<void> {
  featuresLoaded ??= import('./messages/features').then(({ features }) => {
    Object.assign(catalogues.en, features.en);
    Object.assign(catalogues['zh-CN'], features['zh-CN']);
  });
  return featuresLoaded;
}

export type Params = Record<string, string | number>;

/** Whether a message exists (among those loaded), for keys computed at run time. */
export const hasMessage = (key: string): key is MessageKey => key in catalogues.en;

/** Looks a message up and fills `{name}` placeholders; the values are inserted as plain text. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The browser's preferred language decides the first locale: any Chinese variant gets zh-CN. */
export function detectLocale(languages: readonly string[] | undefined): Locale {
  const first = languages?.[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}
