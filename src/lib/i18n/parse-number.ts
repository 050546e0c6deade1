/**
 * Lenient number entry for cells: accepts what people actually type in a
 * Chinese or English spreadsheet (`1,200`, `25%`, `50万`, `1.2亿`, `500k`,
 * `¥50万元`, full-width digits from a Chinese IME) and returns an exact value.
 */

export type ParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' };

export interface ParseNumberOptions {
  /** The cell holds a percentage (e.g. a conversion rate); see `parseNumberInput`. */
  percent?: boolean;
}

const NOT_A_NUMBER: ParseResult = { ok: false, reason: 'not-a-number' };

// A Chinese IME emits full-width forms; map them to ASCII before matching.
const FULL_WIDTH: Record<string, string> = {
  '．': '.',
  '，': ',',
  '％': '%',
  '－': '-',
  '＋': '+',
};

function normaliseFullWidth(text: string): string {
  return text.replace(/[０-９．，％－＋]/g, (ch) =>
    ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : FULL_WIDTH[ch],
  );
}

// Grouped integers must start with 1-9 so that a European decimal comma such
// as `0,500` is rejected rather than silently read as 500.
const DECIMAL = String.raw`(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)?(?:\.\d*)?`;
const PREFIX = String.raw`^(?<sign1>[+-])?(?<currency>[¥￥$€£])?\s*(?<sign2>[+-])?`;

const SIMPLE = new RegExp(
  `${PREFIX}(?<num>${DECIMAL})(?:e(?<exp>[+-]?\\d+))?\\s*(?<suffix>%|万元?|亿元?|千元?|元|w|k|m|bn|b)?$`,
  'i',
);
// The one compound form people write for large amounts: `1亿2000万`.
const YI_WAN = new RegExp(`${PREFIX}(?<yi>${DECIMAL})\\s*亿\\s*(?<wan>${DECIMAL})\\s*万元?$`);

/** Power of ten each suffix stands for. */
const SUFFIX_POWER: Record<string, number> = {
  '%': -2,
  万: 4,
  万元: 4,
  亿: 8,
  亿元: 8,
  千: 3,
  千元: 3,
  元: 0,
  w: 4,
  k: 3,
  m: 6,
  b: 9,
  bn: 9,
};

/** An exact decimal: digits × 10^exponent. */
interface Decimal {
  digits: string;
  exponent: bigint;
}

/** Splits `1,234.5` into digits `12345` and exponent -1; null when there is no digit. */
function toDecimal(num: string): Decimal | null {
  const [intPart, fracPart = ''] = num.replace(/,/g, '').split('.');
  const digits = intPart + fracPart;
  if (digits === '') return null;
  return { digits, exponent: -BigInt(fracPart.length) };
}

function shift(d: Decimal, power: number | bigint): Decimal {
  return { digits: d.digits, exponent: d.exponent + BigInt(power) };
}

// Number() on a decimal string is correctly rounded, so scaling by shifting the
// exponent gives `1.2亿` === 120000000 and `7%` === 0.07 with no float error.
function toNumber(d: Decimal, negative: boolean): number {
  return Number(`${negative ? '-' : ''}${d.digits}e${d.exponent}`);
}

function addDecimals(a: Decimal, b: Decimal): Decimal {
  const exponent = a.exponent < b.exponent ? a.exponent : b.exponent;
  const scaled = (d: Decimal) => BigInt(d.digits) * 10n ** (d.exponent - exponent);
  return { digits: (scaled(a) + scaled(b)).toString(), exponent };
}

function finish(value: number): ParseResult {
  // Overflow (`1e400`) is not a usable cell value; -0 would display as "-0".
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Parses user-typed text into a number.
 *
 * With `percent: true`, a bare number (no `%`, no unit) follows Excel's
 * automatic percent entry: magnitudes >= 1 are percent points (`25` -> 0.25),
 * smaller ones are already the fraction (`0.25` -> 0.25).
 */
export function parseNumberInput(text: string, options: ParseNumberOptions = {}): ParseResult {
  const input = normaliseFullWidth(text).trim();
  if (input === '') return { ok: false, reason: 'empty' };

  const simple = SIMPLE.exec(input);
  const match = simple ?? YI_WAN.exec(input);
  if (!match?.groups) return NOT_A_NUMBER;
  const { sign1, sign2 } = match.groups;
  if (sign1 && sign2) return NOT_A_NUMBER;
  const negative = (sign1 ?? sign2) === '-';

  if (!simple) {
    const yi = toDecimal(match.groups.yi);
    const wan = toDecimal(match.groups.wan);
    if (!yi || !wan) return NOT_A_NUMBER;
    // `1亿20000万` is a typo, not a number anyone means.
    if (toNumber(wan, false) >= 10_000) return NOT_A_NUMBER;
    return finish(toNumber(addDecimals(shift(yi, 8), shift(wan, 4)), negative));
  }

  const base = toDecimal(simple.groups!.num);
  if (!base) return NOT_A_NUMBER;
  const { exp, suffix } = simple.groups!;
  let decimal = exp === undefined ? base : shift(base, BigInt(exp));

  if (suffix !== undefined) {
    return finish(toNumber(shift(decimal, SUFFIX_POWER[suffix.toLowerCase()]), negative));
  }
  if (options.percent && Math.abs(toNumber(decimal, false)) >= 1) {
    decimal = shift(decimal, -2);
  }
  return finish(toNumber(decimal, negative));
}
