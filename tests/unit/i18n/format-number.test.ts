import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatNumber,
  formatNumberForEdit,
  type NumberKind,
} from '../../../src/lib/i18n/format-number';
import { parseDateInput } from '../../../src/lib/i18n/parse-date';
import { parseNumberInput } from '../../../src/lib/i18n/parse-number';

const ALL_KINDS: NumberKind[] = ['count', 'decimal', 'percent', 'money', 'rate-delta', 'date'];

/** 2026-12-31 as a spreadsheet serial day number. */
const NEW_YEARS_EVE_2026 = 46387;

describe('formatNumber', () => {
  describe('count', () => {
    it.each([
      [408, '408'],
      [1200, '1,200'],
      [-1200, '-1,200'],
      [3_800_000, '3,800,000'],
    ])('shows the whole number %s as %s', (value, expected) => {
      expect(formatNumber(value, 'count', 'en')).toBe(expected);
    });

    it.each([
      [38.25, '38.25'],
      [38.256, '38.26'],
      [38.5, '38.5'],
    ])('shows the fractional count %s with up to 2 decimals: %s', (value, expected) => {
      expect(formatNumber(value, 'count', 'en')).toBe(expected);
    });

    it('groups thousands in zh-CN too', () => {
      expect(formatNumber(1200, 'count', 'zh-CN')).toBe('1,200');
    });

    it('shows a negative value that rounds to zero without a minus sign', () => {
      expect(formatNumber(-0.001, 'count', 'en')).toBe('0');
    });
  });

  describe('decimal', () => {
    it.each([
      [1234.56789, '1,234.5679'],
      [0.5, '0.5'],
      [2, '2'],
      [-1.23456, '-1.2346'],
    ])('shows %s with up to 4 decimals: %s', (value, expected) => {
      expect(formatNumber(value, 'decimal', 'en')).toBe(expected);
    });

    it('keeps 4 significant digits of a small value instead of rounding it to 0', () => {
      expect(formatNumber(0.000123456, 'decimal', 'en')).toBe('0.0001235');
    });
  });

  describe('percent', () => {
    it.each([
      [0.25, '25%'],
      [0.125, '12.5%'],
      [2 / 3, '66.67%'],
      [1, '100%'],
      [0.1 + 0.2, '30%'],
      [-0.05, '-5%'],
    ])('shows the fraction %s as %s', (value, expected) => {
      expect(formatNumber(value, 'percent', 'en')).toBe(expected);
    });

    it('uses the same percent form in zh-CN', () => {
      expect(formatNumber(0.125, 'percent', 'zh-CN')).toBe('12.5%');
    });
  });

  describe('rate-delta', () => {
    it.each([
      [0.05, '+5 pts'],
      [-0.125, '-12.5 pts'],
      [0.0333, '+3.3 pts'],
    ])('shows the gap %s as signed percentage points in en: %s', (value, expected) => {
      expect(formatNumber(value, 'rate-delta', 'en')).toBe(expected);
    });

    it.each([
      [0.05, '+5个百分点'],
      [-0.125, '-12.5个百分点'],
    ])('shows the gap %s as 个百分点 in zh-CN: %s', (value, expected) => {
      expect(formatNumber(value, 'rate-delta', 'zh-CN')).toBe(expected);
    });

    it('shows no sign for a zero gap', () => {
      expect(formatNumber(0, 'rate-delta', 'en')).toBe('0 pts');
    });

    it('rounds the decimal value, not the float product (0.0515 is +5.2 pts)', () => {
      expect(formatNumber(0.0515, 'rate-delta', 'en')).toBe('+5.2 pts');
    });
  });

  describe('money in en', () => {
    it.each([
      [3_800_000, '3,800,000'],
      [1_200_000_000, '1,200,000,000'],
      [1234.5, '1,234.5'],
      [1234.567, '1,234.57'],
      [-950, '-950'],
    ])('shows %s in full with grouping: %s', (value, expected) => {
      expect(formatNumber(value, 'money', 'en')).toBe(expected);
    });
  });

  describe('money in zh-CN', () => {
    it.each([
      [120_000_000, '1.2亿'],
      [1_234_567_890, '12.35亿'],
      [-250_000_000, '-2.5亿'],
    ])('shows %s (>= 1亿) in 亿: %s', (value, expected) => {
      expect(formatNumber(value, 'money', 'zh-CN')).toBe(expected);
    });

    it.each([
      [3_800_000, '380万'],
      [123_456, '12.35万'],
      [10_000, '1万'],
      [-3_800_000, '-380万'],
    ])('shows %s (>= 1万) in 万: %s', (value, expected) => {
      expect(formatNumber(value, 'money', 'zh-CN')).toBe(expected);
    });

    it.each([
      [9999, '9,999'],
      [1234.5, '1,234.5'],
      [0, '0'],
    ])('shows %s (< 1万) plainly: %s', (value, expected) => {
      expect(formatNumber(value, 'money', 'zh-CN')).toBe(expected);
    });

    it('moves up to 亿 when rounding in 万 would reach 10,000万', () => {
      expect(formatNumber(99_999_999, 'money', 'zh-CN')).toBe('1亿');
    });

    it('moves up to 万 when rounding would reach 10,000', () => {
      expect(formatNumber(9999.999, 'money', 'zh-CN')).toBe('1万');
    });

    it('keeps counting in 亿 beyond 1万亿', () => {
      expect(formatNumber(1e12, 'money', 'zh-CN')).toBe('10,000亿');
    });
  });

  describe('date', () => {
    it('shows a serial as year-month-day in en', () => {
      expect(formatNumber(NEW_YEARS_EVE_2026, 'date', 'en')).toBe('2026-12-31');
    });

    it('shows a serial as 年月日 in zh-CN', () => {
      expect(formatNumber(NEW_YEARS_EVE_2026, 'date', 'zh-CN')).toBe('2026年12月31日');
    });

    it('pads month and day in en', () => {
      expect(formatNumber(46027, 'date', 'en')).toBe('2026-01-05');
    });

    it('writes month and day without leading zeros in zh-CN', () => {
      expect(formatNumber(46027, 'date', 'zh-CN')).toBe('2026年1月5日');
    });

    it('drops the time of day from a fractional serial', () => {
      expect(formatNumber(NEW_YEARS_EVE_2026 + 0.75, 'date', 'en')).toBe('2026-12-31');
    });

    it('keeps a serial a float error short of a whole day on that day', () => {
      expect(formatNumber(NEW_YEARS_EVE_2026 - 1e-11, 'date', 'en')).toBe('2026-12-31');
    });

    it.each([0, -1, 2_958_466])('shows the serial %s, outside 1900..9999, as a dash', (value) => {
      expect(formatNumber(value, 'date', 'en')).toBe('—');
    });
  });

  describe('non-finite values', () => {
    it.each(ALL_KINDS)('shows NaN as a dash for %s', (kind) => {
      expect(formatNumber(Number.NaN, kind, 'en')).toBe('—');
    });

    it.each([Infinity, -Infinity])('shows %s as a dash', (value) => {
      expect(formatNumber(value, 'money', 'zh-CN')).toBe('—');
    });
  });

  describe('formatter cache', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('builds one Intl.NumberFormat per locale and style, however often it formats', async () => {
      vi.resetModules();
      const fresh = await import('../../../src/lib/i18n/format-number');
      const RealNumberFormat = Intl.NumberFormat;
      const construct = vi
        .spyOn(Intl, 'NumberFormat')
        .mockImplementation(function (...args: ConstructorParameters<typeof RealNumberFormat>) {
          return new RealNumberFormat(...args);
        });
      fresh.formatNumber(1, 'count', 'en');
      fresh.formatNumber(2, 'count', 'en');
      fresh.formatNumber(3, 'count', 'en');
      expect(construct).toHaveBeenCalledTimes(1);
    });
  });
});

describe('formatNumberForEdit', () => {
  it.each([
    [0.25, '25%'],
    [0.125, '12.5%'],
    [0.07, '7%'],
    [12.5, '1250%'],
    [1 / 3, '33.33333333%'],
    [0, '0%'],
  ])('writes the percent %s as %s', (value, expected) => {
    expect(formatNumberForEdit(value, 'percent')).toBe(expected);
  });

  it.each([
    [3_800_000, '3800000'],
    [1234.5, '1234.5'],
    [-42, '-42'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
  ])('writes the money value %s plainly as %s', (value, expected) => {
    expect(formatNumberForEdit(value, 'money')).toBe(expected);
  });

  it('writes a date as year-month-day', () => {
    expect(formatNumberForEdit(NEW_YEARS_EVE_2026, 'date')).toBe('2026-12-31');
  });

  it('writes a fractional date serial as its day', () => {
    expect(formatNumberForEdit(NEW_YEARS_EVE_2026 + 0.5, 'date')).toBe('2026-12-31');
  });

  it('gives an empty editor for a date serial outside 1900..9999', () => {
    expect(formatNumberForEdit(0, 'date')).toBe('');
  });

  it('writes -0 as 0', () => {
    expect(formatNumberForEdit(-0, 'count')).toBe('0');
  });

  it.each(ALL_KINDS)('gives an empty editor for NaN in %s', (kind) => {
    expect(formatNumberForEdit(Number.NaN, kind)).toBe('');
  });

  describe('round trip through parseNumberInput', () => {
    // Integers and values with up to 6 decimals, built from their decimal text.
    const sixDecimals = fc
      .integer({ min: -999_999_999, max: 999_999_999 })
      .map((n) => Number(`${n}e-6`));
    const sane = fc.oneof(fc.integer(), sixDecimals);

    it.each(['count', 'decimal', 'money', 'rate-delta'] as const)(
      'parses %s edit text back to the same value',
      (kind) => {
        fc.assert(
          fc.property(sane, (value) => {
            expect(parseNumberInput(formatNumberForEdit(value, kind))).toEqual({ ok: true, value });
          }),
        );
      },
    );

    it('parses plain edit text back to the same value for any finite double', () => {
      fc.assert(
        // -0 has its own test: it is written as 0 and so reads back as +0.
        fc.property(
          fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
          (value) => {
            expect(parseNumberInput(formatNumberForEdit(value, 'money'))).toEqual({ ok: true, value });
          },
        ),
      );
    });

    it('parses date edit text back to the same serial', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 2_958_465 }), (serial) => {
          expect(parseDateInput(formatNumberForEdit(serial, 'date'))).toEqual({ ok: true, value: serial });
        }),
      );
    });

    it('parses percent edit text back to the same value in a percent cell', () => {
      fc.assert(
        fc.property(sane, (value) => {
          expect(parseNumberInput(formatNumberForEdit(value, 'percent'), { percent: true })).toEqual({
            ok: true,
            value,
          });
        }),
      );
    });
  });
});
