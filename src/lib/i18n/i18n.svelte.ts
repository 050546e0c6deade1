import type { CellKind } from '../document';
import { formatNumber, type Locale } from './format-number';
import type { MessageKey } from './messages/en';
import { detectLocale, hasMessage, translate, type Params } from './translate';

const STORAGE_KEY = 'funnelbook.locale';

function initialLocale(): Locale {
  if (typeof localStorage !== 'undefined') {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  }
  return detectLocale(typeof navigator === 'undefined' ? undefined : navigator.languages);
}

/** The interface language, switchable and remembered; every component reads strings through it. */
class I18n {
  locale = $state<Locale>(initialLocale());

  t = (key: MessageKey, params?: Params): string => translate(this.locale, key, params);

  /** Whether a computed key (e.g. a template's named rate) has a message. */
  has = (key: string): key is MessageKey => hasMessage(key);

  /** A number as this locale shows it, for the kind of cell it sits in. */
  number = (value: number, kind: Exclude<CellKind, 'text' | 'flag'>): string => formatNumber(value, kind, this.locale);

  setLocale(locale: Locale): void {
    this.locale = locale;
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

export const i18n = new I18n();
