import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../src/lib/i18n/parse-date';

describe('parseDateInput', () => {
  describe('year-first forms', () => {
    it.each(['2026-12-31', '2026/12/31', '2026.12.31', '2026年12月31日', '2026年12月31号'])('reads %s as serial 46387', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: true, value: 46387 });
    });

    it('reads a month and day without leading zeros', () => {
      expect(parseDateInput('2026-1-5')).toEqual(parseDateInput('2026-01-05'));
    });

    it('reads 2026年1月5日 the same as 2026-01-05', () => {
      expect(parseDateInput('2026年1月5日')).toEqual(parseDateInput('2026-01-05'));
    });

    it('reads a Chinese date without the final 日', () => {
      expect(parseDateInput('2026年12月31')).toEqual({ ok: true, value: 46387 });
    });

    it('reads full-width digits from a Chinese IME', () => {
      expect(parseDateInput('２０２６年１２月３１日')).toEqual({ ok: true, value: 46387 });
    });

    it('trims surrounding whitespace', () => {
      expect(parseDateInput('  2026-12-31 \t')).toEqual({ ok: true, value: 46387 });
    });
  });

  describe('the serial day count', () => {
    it('counts 1900-01-01 as day 2, as HyperFormula does', () => {
      expect(parseDateInput('1900-01-01')).toEqual({ ok: true, value: 2 });
    });

    it('counts 1900-03-01 as day 61, as Excel does', () => {
      expect(parseDateInput('1900-03-01')).toEqual({ ok: true, value: 61 });
    });

    it('counts 9999-12-31 as day 2958465', () => {
      expect(parseDateInput('9999-12-31')).toEqual({ ok: true, value: 2_958_465 });
    });

    it('accepts 29 February in a leap year', () => {
      expect(parseDateInput('2028-02-29')).toEqual({ ok: true, value: 46812 });
    });

    it('gives consecutive serials to consecutive days across a year end', () => {
      const last = parseDateInput('2026-12-31');
      const first = parseDateInput('2027-01-01');
      expect(first.ok && last.ok && first.value - last.value).toBe(1);
    });

    it('takes a plain serial number as it is', () => {
      expect(parseDateInput('46387')).toEqual({ ok: true, value: 46387 });
    });

    it('agrees with UTC calendar arithmetic for every day 1900..9999', () => {
      const epoch = Date.UTC(1899, 11, 30);
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 2_958_465 }), (serial) => {
          const iso = new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
          expect(parseDateInput(iso)).toEqual({ ok: true, value: serial });
        }),
      );
    });
  });

  describe('refusals', () => {
    it.each(['2026-02-30', '2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00'])('refuses the impossible date %s', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });

    it.each(['12/31/2026', '31/12/2026', '31.12.2026', '03/04/2026'])('refuses the day-or-month-first form %s', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });

    it.each(['1899-12-31', '0999-01-01'])('refuses %s, before 1900', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });

    it('refuses a five-digit year', () => {
      expect(parseDateInput('10000-01-01')).toEqual({ ok: false });
    });

    it('refuses mixed separators', () => {
      expect(parseDateInput('2026-12/31')).toEqual({ ok: false });
    });

    it.each(['0', '1', '2958466'])('refuses the serial %s, outside 1900..9999', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });

    it.each(['-5', '46387.5', '4.6e4', '46,387'])('refuses %s, which is not a plain whole serial', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });

    it.each(['', '   ', 'tomorrow', '2026-12', '2026年12月', '26-12-31'])('refuses %j', (input) => {
      expect(parseDateInput(input)).toEqual({ ok: false });
    });
  });
});
