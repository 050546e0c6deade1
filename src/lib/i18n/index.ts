// The i18n layer: every string a user reads, in zh-CN and en, and numbers as each locale writes them.
export { i18n } from './i18n.svelte';
export { translate, detectLocale, loadAllMessages, LOCALES, type Params } from './translate';
export type { MessageKey } from './messages/en';
export { formatNumber, formatNumberForEdit, type Locale } from './format-number';
export { parseNumberInput } from './parse-number';
export { parseDateInput, type DateParseResult } from './parse-date';
