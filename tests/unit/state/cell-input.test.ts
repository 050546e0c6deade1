import { describe, expect, it } from 'vitest';
import { interpretCellInput, interpretName } from '../../../src/lib/state/cell-input';

const anyFormula = () => true;
const noFormula = () => false;

describe('typed cell input', () => {
  it('stores 50万 in a money cell as 500000', () => {
    expect(interpretCellInput('a.target', '50万', anyFormula)).toEqual({ ok: true, raw: '500000' });
  });

  it('stores 25% in a rate cell as 0.25', () => {
    expect(interpretCellInput('s.abc.rate', '25%', anyFormula)).toEqual({ ok: true, raw: '0.25' });
  });

  it('reads a bare 20 in a rate cell as 20%', () => {
    expect(interpretCellInput('s.abc.rate', '20', anyFormula)).toEqual({ ok: true, raw: '0.2' });
  });

  it('stores 1,200 in an entries cell as 1200', () => {
    expect(interpretCellInput('s.abc.actual', '1,200', anyFormula)).toEqual({ ok: true, raw: '1200' });
  });

  it('keeps a valid formula as typed', () => {
    expect(interpretCellInput('s.abc.actual', '=C4*0.9', anyFormula)).toEqual({ ok: true, raw: '=C4*0.9' });
  });

  it('refuses a formula the engine cannot parse', () => {
    expect(interpretCellInput('s.abc.actual', '=SUM(', noFormula)).toMatchObject({ ok: false, message: 'input.badFormula' });
  });

  it('refuses text in a numeric cell with the text in the message', () => {
    expect(interpretCellInput('s.abc.actual', 'lots', anyFormula)).toEqual({ ok: false, message: 'input.notANumber', params: { text: 'lots' } });
  });

  it('refuses a rate above 100%', () => {
    expect(interpretCellInput('s.abc.rate', '150%', anyFormula)).toMatchObject({ ok: false, message: 'input.rateRange' });
  });

  it('refuses a rate below 0', () => {
    expect(interpretCellInput('s.abc.rate', '-5%', anyFormula)).toMatchObject({ ok: false, message: 'input.rateRange' });
  });

  it('refuses negative entries', () => {
    expect(interpretCellInput('s.abc.actual', '-3', anyFormula)).toMatchObject({ ok: false, message: 'input.negative' });
  });

  it('refuses an average deal value of 0', () => {
    expect(interpretCellInput('a.avgDeal', '0', anyFormula)).toMatchObject({ ok: false, message: 'input.targetPositive' });
  });

  it('clears a cell on empty input', () => {
    expect(interpretCellInput('s.abc.actual', '  ', anyFormula)).toEqual({ ok: true, raw: '' });
  });
});

describe('date cell input', () => {
  it('stores 2026-12-31 as its serial day number', () => {
    expect(interpretCellInput('a.periodStart', '2026-12-31', anyFormula)).toEqual({ ok: true, raw: '46387' });
  });

  it('stores 2026年12月31日 as its serial day number', () => {
    expect(interpretCellInput('a.periodStart', '2026年12月31日', anyFormula)).toEqual({ ok: true, raw: '46387' });
  });

  it('stores a typed serial number as it is', () => {
    expect(interpretCellInput('a.periodStart', '46387', anyFormula)).toEqual({ ok: true, raw: '46387' });
  });

  it('parses dates in an opportunity close cell too', () => {
    expect(interpretCellInput('o.abc.close', '2026/12/31', anyFormula)).toEqual({ ok: true, raw: '46387' });
  });

  it('keeps a valid formula in a date cell', () => {
    expect(interpretCellInput('a.periodEnd', '=PeriodStart+90', anyFormula)).toEqual({ ok: true, raw: '=PeriodStart+90' });
  });

  it('refuses a month-first date with the text in the message', () => {
    expect(interpretCellInput('a.periodStart', '12/31/2026', anyFormula)).toEqual({ ok: false, message: 'input.notADate', params: { text: '12/31/2026' } });
  });

  it('refuses an impossible date', () => {
    expect(interpretCellInput('a.periodStart', '2026-02-30', anyFormula)).toMatchObject({ ok: false, message: 'input.notADate' });
  });

  it('refuses a number with a unit in a date cell', () => {
    expect(interpretCellInput('a.periodStart', '50万', anyFormula)).toMatchObject({ ok: false, message: 'input.notADate' });
  });
});

describe('text cell input', () => {
  it('stores text as typed, trimmed', () => {
    expect(interpretCellInput('o.abc.owner', '  王小明 ', anyFormula)).toEqual({ ok: true, raw: '王小明' });
  });

  it('keeps a leading = as text without checking it as a formula', () => {
    expect(interpretCellInput('o.abc.owner', '=SUM(', noFormula)).toEqual({ ok: true, raw: '=SUM(' });
  });

  it('keeps text that looks like a number as typed', () => {
    expect(interpretCellInput('o.abc.owner', '50万', anyFormula)).toEqual({ ok: true, raw: '50万' });
  });

  it('accepts 200 characters', () => {
    expect(interpretCellInput('o.abc.owner', '好'.repeat(200), anyFormula)).toEqual({ ok: true, raw: '好'.repeat(200) });
  });

  it('refuses 201 characters and says how long the text is', () => {
    expect(interpretCellInput('o.abc.owner', 'x'.repeat(201), anyFormula)).toEqual({ ok: false, message: 'input.nameTooLong', params: { max: 200, length: 201 } });
  });

  it('counts an emoji as one character', () => {
    expect(interpretCellInput('o.abc.owner', '😀'.repeat(200), anyFormula)).toMatchObject({ ok: true });
  });

  it('clears a text cell on empty input', () => {
    expect(interpretCellInput('o.abc.owner', '   ', anyFormula)).toEqual({ ok: true, raw: '' });
  });
});

describe('names', () => {
  it('trims a name', () => {
    expect(interpretName('  Leads  ')).toEqual({ ok: true, raw: 'Leads' });
  });

  it('refuses an empty name', () => {
    expect(interpretName('   ')).toMatchObject({ ok: false, message: 'input.nameEmpty' });
  });

  it('refuses a 200-character name and says how long it is', () => {
    expect(interpretName('x'.repeat(200))).toEqual({ ok: false, message: 'input.nameTooLong', params: { max: 60, length: 200 } });
  });

  it('keeps markup in a name as plain text', () => {
    expect(interpretName('<img src=x onerror=alert(1)>')).toEqual({ ok: true, raw: '<img src=x onerror=alert(1)>' });
  });
});
