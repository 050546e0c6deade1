/**
 * Display and edit text for numeric cells in English and Simplified Chinese.
 */
import { ymdFromSerial } from './parse-date';

/** The same union as the document's `NumberKind`; the i18n layer does not depend on the document. */
export type NumberKind = 'count' | 'decimal' | 'percent' | 'money' | 'rate-delta' | 'date';
export type Locale = 'en' | 'zh-CN';

const NOT_FINITE = '—';

type Preset = 'upTo2' | 'decimal' | 'percent' | 'points' | 'edit';

// signDisplay 'negative' keeps values that round to zero from showing as "-0".
const PRESETS: Record<Preset, Intl.NumberFormatOptions> = {
  upTo2: { maximumFractionDigits: 2, signDisplay: 'negative' },
  // Fraction or significant digits, whichever keeps more, so 0.000123 is not shown as 0.
  decimal: {
    maximumFractionDigits: 4,
    maximumSignificantDigits: 4,
    roundingPriority: 'morePrecision',
    signDisplay: 'negative',
  },
  percent: { style: 'percent', maximumFractionDigits: 2, signDisplay: 'negative' },
  points: { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  edit: { maximumSignificantDigits: 10, useGrouping: false, signDisplay: 'negative' },
};

// Constructing Intl.NumberFormat is far slower than calling format(), and
// formatting runs for every visible cell on each render.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, preset: Preset): Intl.NumberFormat {
  const key = `${locale}|${preset}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, PRESETS[preset]);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Multiplies by 10^places through the decimal string rather than float
 * arithmetic, so 0.07 becomes exactly 7 and 123450 / 10^4 exactly 12.345.
 */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

const WAN = 1e4;
const YI = 1e8;
// Thresholds at which the 2-decimal rounding of the smaller unit would reach
// the next unit, so 99,999,999 shows as 1亿 rather than 10,000万.
const WAN_FROM = WAN - 0.005;
const YI_FROM = YI - 50;

function formatChineseMoney(value: number): string {
  const fmt = formatter('zh-CN', 'upTo2');
  const magnitude = Math.abs(value);
  if (magnitude >= YI_FROM) return `${fmt.format(shiftDecimal(value, -8))}亿`;
  if (magnitude >= WAN_FROM) return `${fmt.format(shiftDecimal(value, -4))}万`;
  return fmt.format(value);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2026-12-31`, the form `parseDateInput` reads back; null outside 1900..9999. */
function isoDate(serial: number): string | null {
  const ymd = ymdFromSerial(serial);
  return ymd && `${ymd.year}-${pad2(ymd.month)}-${pad2(ymd.day)}`;
}

/** ISO in English, `2026年1月5日` (unpadded, as Chinese writes it) in zh-CN. */
function formatDate(serial: number, locale: Locale): string {
  const ymd = ymdFromSerial(serial);
  if (!ymd) return NOT_FINITE;
  return locale === 'zh-CN' ? `${ymd.year}年${ymd.month}月${ymd.day}日` : isoDate(serial)!;
}

/**
 * Formats a value for display. Percent and rate-delta values are fractions
 * (0.25 is 25%); a rate-delta is shown in percentage points. A date is a serial day number
 * (see `parseDateInput`); its time of day is dropped, and one outside 1900..9999 shows as a dash.
 */
export function formatNumber(value: number, kind: NumberKind, locale: Locale): string {
  if (!Number.isFinite(value)) return NOT_FINITE;
  switch (kind) {
    case 'count':
      return formatter(locale, 'upTo2').format(value);
    case 'decimal':
      return formatter(locale, 'decimal').format(value);
    case 'percent':
      return formatter(locale, 'percent').format(value);
    case 'rate-delta': {
      const points = formatter(locale, 'points').format(shiftDecimal(value, 2));
      return locale === 'zh-CN' ? `${points}个百分点` : `${points} pts`;
    }
    case 'money':
      return locale === 'zh-CN' ? formatChineseMoney(value) : formatter(locale, 'upTo2').format(value);
    case 'date':
      return formatDate(value, locale);
  }
}

/** Writes the shortest round-trip digits of `value` without exponent notation. */
function toPlainString(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, intPart, fracPart = '', exp] = match;
  const digits = intPart + fracPart;
  const point = intPart.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The text placed in the cell editor: no grouping or units so it parses back
 * with `parseNumberInput`; percentages keep the `%` so the user edits the
 * number they saw; dates are written `2026-12-31` in either locale so they parse back with
 * `parseDateInput`. Non-finite values, and dates outside 1900..9999, give an empty editor.
 */
export function formatNumberForEdit(value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return '';
  if (kind === 'date') return isoDate(value) ?? '';
  if (kind === 'percent') return `${formatter('en', 'edit').format(shiftDecimal(value, 2))}%`;
  // The shortest round-trip digits, so an untouched edit commits the same value.
  return value === 0 ? '0' : toPlainString(value);
}
