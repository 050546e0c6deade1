import { isoFromSerial } from '$lib/domain';
import type { Grain } from '$lib/document';
import type { Locale, MessageKey, Params } from '$lib/i18n';

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
/** Building a DateTimeFormat costs far more than using one; labels are redrawn on every edit. */
function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' })));
  return format;
}

/**
 * Labels of the period columns: real months or quarters when the period start is known
 * ("Jan 2026", "2026年1月"), else M1…M12 / Q1…Q4.
 */
export function periodLabels(
  grain: Grain,
  count: number,
  start: number | null,
  locale: Locale,
  t: (key: MessageKey, params?: Params) => string,
): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (start === null) return t(grain === 'month' ? 'segments.period.month' : 'segments.period.quarter', { n: i + 1 });
    const [year, month] = isoFromSerial(start).split('-').map(Number);
    const months = grain === 'month' ? i : i * 3;
    const date = new Date(Date.UTC(year, month - 1 + months, 1));
    if (grain === 'month') return monthFormat(locale).format(date);
    const quarter = t('segments.period.quarter', { n: Math.floor(date.getUTCMonth() / 3) + 1 });
    return locale === 'zh-CN' ? `${date.getUTCFullYear()}年${quarter}` : `${quarter} ${date.getUTCFullYear()}`;
  });
}
