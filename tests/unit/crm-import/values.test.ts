import { describe, expect, it } from 'vitest';
import { monthOf, parseAmount, parseDate } from '../../../src/lib/crm-import';
import { parseDateInput } from '../../../src/lib/i18n/parse-date';

const serial = (iso: string) => {
  const parsed = parseDateInput(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.value;
};

describe('amounts and dates in CRM exports', () => {
  it('reads 50万 as 500,000', () => {
    expect(parseAmount('50万')).toBe(500_000);
  });

  it('reads grouped thousands and decimals', () => {
    expect(parseAmount('1,200,000')).toBe(1_200_000);
    expect(parseAmount('85,000.00')).toBe(85_000);
  });

  it('reads an amount with a currency sign or a currency code', () => {
    expect(parseAmount('¥8.5万')).toBe(85_000);
    expect(parseAmount('USD 1,200.50')).toBe(1200.5);
    expect(parseAmount('500000 CNY')).toBe(500_000);
  });

  it('gives null for text that is no amount', () => {
    expect(parseAmount('tbd')).toBeNull();
  });

  it('reads year-first dates in the forms Chinese and English exports use', () => {
    const day = serial('2026-02-03');
    expect(parseDate('2026/02/03')).toBe(day);
    expect(parseDate('2026年2月3日')).toBe(day);
    expect(parseDate('2026-02-03 14:35')).toBe(day);
    expect(parseDate('2026-02-03T14:35:00Z')).toBe(day);
  });

  it('reads an Excel serial, dropping the time of day', () => {
    const day = serial('2026-02-03');
    expect(parseDate(`${day}.75`)).toBe(day);
  });

  it('refuses month-first dates rather than guessing', () => {
    expect(parseDate('02/03/2026')).toBeNull();
  });

  it('names the month of a serial as YYYY-MM', () => {
    expect(monthOf(serial('2026-02-28'))).toBe('2026-02');
  });
});
