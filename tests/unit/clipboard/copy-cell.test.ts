import { describe, expect, it } from 'vitest';
import { copyCell } from '../../../src/lib/clipboard';
import { parseNumberInput } from '../../../src/lib/i18n';

describe('what a cell puts on the clipboard', () => {
  it('writes a count as plain digits without thousands separators', () => {
    expect(copyCell({ type: 'number', value: 1234567 }, 'count')).toEqual({ text: '1234567', number: 1234567 });
  });

  it('writes money as plain digits, never in 万', () => {
    expect(copyCell({ type: 'number', value: 500000 }, 'money').text).toBe('500000');
  });

  it('writes a rate as a percentage that reads back as the same fraction', () => {
    const cell = copyCell({ type: 'number', value: 0.25 }, 'percent');
    expect(cell.text).toBe('25%');
    expect(parseNumberInput(cell.text)).toEqual({ ok: true, value: 0.25 });
  });

  it('keeps the exact value of a rounded rate for Excel', () => {
    expect(copyCell({ type: 'number', value: 1 / 3 }, 'percent').number).toBe(1 / 3);
  });

  it('writes a gap in points as a percentage of the same value', () => {
    expect(copyCell({ type: 'number', value: -0.075 }, 'rate-delta').text).toBe('-7.5%');
  });

  it('writes a date as ISO', () => {
    expect(copyCell({ type: 'number', value: 46387 }, 'date').text).toBe('2026-12-31');
  });

  it('marks text as text', () => {
    expect(copyCell({ type: 'text', value: '=1+1' }, 'text')).toEqual({ text: '=1+1', isText: true });
  });

  it('writes an error as its code', () => {
    expect(copyCell({ type: 'error', code: 'DIV_BY_ZERO', display: '#DIV/0!', detail: '' } as never, 'count').text).toBe('#DIV/0!');
  });

  it('writes an empty cell as nothing', () => {
    expect(copyCell({ type: 'empty' }, 'count')).toEqual({ text: '' });
  });
});
