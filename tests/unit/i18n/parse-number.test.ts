import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../src/lib/i18n/parse-number';

describe('parseNumberInput', () => {
  describe('plain numbers', () => {
    it.each([
      ['1200', 1200],
      ['-3.5', -3.5],
      ['+7', 7],
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['1E3', 1000],
      ['2.5e-2', 0.025],
      ['0', 0],
    ])('reads %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });

    it('trims surrounding whitespace', () => {
      expect(parseNumberInput(' \t 42 \n')).toEqual({ ok: true, value: 42 });
    });

    it('reads -0 as positive zero', () => {
      expect(parseNumberInput('-0')).toStrictEqual({ ok: true, value: 0 });
    });
  });

  describe('thousands separators', () => {
    it.each([
      ['1,200', 1200],
      ['1,234,567.89', 1234567.89],
      ['-12,000', -12000],
    ])('reads %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });

    it('treats the Chinese comma ， as a thousands separator', () => {
      expect(parseNumberInput('1，200')).toEqual({ ok: true, value: 1200 });
    });
  });

  describe('full-width input from a Chinese IME', () => {
    it.each([
      ['１２００', 1200],
      ['１，２３４．５', 1234.5],
      ['－５', -5],
      ['＋７', 7],
      ['２５％', 0.25],
    ])('reads %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });

    it('trims an ideographic space', () => {
      expect(parseNumberInput('\u3000１２\u3000')).toEqual({ ok: true, value: 12 });
    });
  });

  describe('percent sign', () => {
    it.each([
      ['25%', 0.25],
      ['12.5%', 0.125],
      ['-5%', -0.05],
      ['150%', 1.5],
      ['25 %', 0.25],
    ])('reads %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('Chinese units', () => {
    it('reads 50万 as 500,000', () => {
      expect(parseNumberInput('50万')).toEqual({ ok: true, value: 500_000 });
    });

    it('reads 1.2亿 as 120,000,000', () => {
      expect(parseNumberInput('1.2亿')).toEqual({ ok: true, value: 120_000_000 });
    });

    it('reads 3千 as 3,000', () => {
      expect(parseNumberInput('3千')).toEqual({ ok: true, value: 3000 });
    });

    it.each([
      ['50万元', 500_000],
      ['2亿元', 200_000_000],
      ['100元', 100],
    ])('reads the 元 suffix in %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });

    it('allows a space before the unit', () => {
      expect(parseNumberInput('50 万')).toEqual({ ok: true, value: 500_000 });
    });

    it('reads 1亿2000万 as 120,000,000', () => {
      expect(parseNumberInput('1亿2000万')).toEqual({ ok: true, value: 120_000_000 });
    });

    it.each([
      ['-1亿2000万', -120_000_000],
      ['¥1亿5000万元', 150_000_000],
      ['2亿0.5万', 200_005_000],
    ])('reads the compound 亿万 form %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('Latin suffixes', () => {
    it.each([
      ['500k', 500_000],
      ['500K', 500_000],
      ['1.5m', 1_500_000],
      ['1.5M', 1_500_000],
      ['2b', 2e9],
      ['2bn', 2e9],
      ['2BN', 2e9],
    ])('reads %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['50w', 500_000],
      ['50W', 500_000],
    ])('reads the 万 shorthand %s as %d', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('currency symbols', () => {
    it.each([
      ['¥50万', 500_000],
      ['￥1,200', 1200],
      ['$1.5k', 1500],
      ['€100', 100],
      ['$ 100', 100],
      ['-$5', -5],
      ['$-5', -5],
    ])('ignores the symbol in %s', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('exact results', () => {
    it.each([
      ['1.2亿', 120_000_000],
      ['0.1万', 1000],
      ['12.5%', 0.125],
      ['7%', 0.07],
      ['0.3%', 0.003],
      ['1.1k', 1100],
      ['0.7m', 700_000],
    ])('reads %s as exactly %s', (input, expected) => {
      expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('percent cells', () => {
    it.each([
      ['25', 0.25],
      ['100', 1],
      ['1', 0.01],
      ['7', 0.07],
      ['-25', -0.25],
    ])('reads the bare number %s (>= 1) as percent points: %d', (input, expected) => {
      expect(parseNumberInput(input, { percent: true })).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['0.25', 0.25],
      ['-0.5', -0.5],
      ['0', 0],
    ])('reads the bare number %s (< 1) as the fraction %d', (input, expected) => {
      expect(parseNumberInput(input, { percent: true })).toEqual({ ok: true, value: expected });
    });

    it.each([
      ['25%', 0.25],
      ['0.5%', 0.005],
    ])('always reads %s with a percent sign as percent points', (input, expected) => {
      expect(parseNumberInput(input, { percent: true })).toEqual({ ok: true, value: expected });
    });

    it('takes a number with a unit at face value', () => {
      expect(parseNumberInput('1万', { percent: true })).toEqual({ ok: true, value: 10_000 });
    });

    it('reads a bare number literally outside percent cells', () => {
      expect(parseNumberInput('25')).toEqual({ ok: true, value: 25 });
    });
  });

  describe('rejections', () => {
    it.each([
      'abc',
      '12abc',
      '1.2.3',
      '5%%',
      '万',
      '--5',
      '+-5',
      '1,2',
      '1,2345',
      '12,34,567',
      '0,500',
      '1.000,5',
      '2百',
      '1亿2',
      '1亿20000万',
      '50万%',
      '12 34',
      '%',
      '.',
      '-',
      '$',
      '1e',
      'e3',
      'Infinity',
      'NaN',
      '0x10',
    ])('rejects %s as not a number', (input) => {
      expect(parseNumberInput(input)).toEqual({ ok: false, reason: 'not-a-number' });
    });

    it('rejects a value too large for a double', () => {
      expect(parseNumberInput('1e400')).toEqual({ ok: false, reason: 'not-a-number' });
    });

    it.each(['', '   ', '\t\n', '\u3000'])('reports %j as empty', (input) => {
      expect(parseNumberInput(input)).toEqual({ ok: false, reason: 'empty' });
    });
  });

  describe('properties', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789０１２３４５６７８９.,，．%％+-－＋eE万亿千元wkmbn¥￥$€ \u3000'.split(''),
      ),
    });

    it('never throws, for any string', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), numberish), (text) => {
          parseNumberInput(text);
          parseNumberInput(text, { percent: true });
        }),
        { numRuns: 2000 },
      );
    });

    it('only ever returns finite values', () => {
      fc.assert(
        fc.property(numberish, fc.boolean(), (text, percent) => {
          const result = parseNumberInput(text, { percent });
          return !result.ok || Number.isFinite(result.value);
        }),
        { numRuns: 2000 },
      );
    });

    it('reads back integers written with en-US grouping', () => {
      const grouped = new Intl.NumberFormat('en-US');
      fc.assert(
        fc.property(fc.maxSafeInteger(), (n) => {
          expect(parseNumberInput(grouped.format(n))).toEqual({ ok: true, value: n });
        }),
      );
    });
  });
});
