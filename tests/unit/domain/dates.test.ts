import { describe, expect, it } from 'vitest';
import { addMonths, isoFromSerial, monthEnd, monthOf, monthStart, serialFromIso, yearOf } from '../../../src/lib/domain';

const d = serialFromIso;

describe('spreadsheet serial dates', () => {
  it('counts days from 1899-12-30, as Excel and HyperFormula do', () => {
    expect(d('1899-12-30')).toBe(0);
  });

  it('numbers 2026-12-31 as 46387', () => {
    // 1970-01-01 is 25569; 2026-12-31 is 20818 days later.
    expect(d('2026-12-31')).toBe(46_387);
  });

  it('numbers 1900-03-01 as 61, the first day Excel and HyperFormula agree on', () => {
    expect(d('1900-03-01')).toBe(61);
  });

  it('turns a serial back into its ISO date', () => {
    expect(isoFromSerial(46_387)).toBe('2026-12-31');
  });

  it('drops the time of day from a fractional serial', () => {
    expect(isoFromSerial(46_387.75)).toBe('2026-12-31');
  });

  it('rejects a date that does not exist', () => {
    expect(() => d('2026-02-30')).toThrow(RangeError);
  });

  it('rejects text that is not an ISO date', () => {
    expect(() => d('31/12/2026')).toThrow(RangeError);
  });

  it('reads the calendar year and month of a serial', () => {
    expect([yearOf(d('2026-11-15')), monthOf(d('2026-11-15'))]).toEqual([2026, 11]);
  });

  it('finds the first day of the month', () => {
    expect(isoFromSerial(monthStart(d('2026-02-17')))).toBe('2026-02-01');
  });

  it('finds the last day of a leap February, as EOMONTH(x, 0) does', () => {
    expect(isoFromSerial(monthEnd(d('2024-02-10')))).toBe('2024-02-29');
  });

  it('finds the last day of a common February', () => {
    expect(isoFromSerial(monthEnd(d('2026-02-10')))).toBe('2026-02-28');
  });

  it('adds months across a year end, landing on the first of the month', () => {
    expect(isoFromSerial(addMonths(d('2026-11-15'), 2))).toBe('2027-01-01');
  });

  it('subtracts months from the last day of a month without overflowing', () => {
    expect(isoFromSerial(addMonths(d('2026-03-31'), -1))).toBe('2026-02-01');
  });
});
