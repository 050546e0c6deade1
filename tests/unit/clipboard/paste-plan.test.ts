import { describe, expect, it } from 'vitest';
import { planPaste, typedText, type CellAccess, type PastedCell, type PasteTarget } from '../../../src/lib/clipboard';

// A 4 x 3 table: column 0 is text (a name), column 1 an input, column 2 a formula; row 3 col 1 is unused.
const target: PasteTarget = {
  rows: 4,
  columns: 3,
  keyAt: (row, column) => `r${row}c${column}`,
  accessOf: (key): CellAccess => (key === 'r3c1' ? 'locked' : key.endsWith('c2') ? 'formula' : 'input'),
  isText: (key) => key.endsWith('c0'),
};
const cells = (rows: string[][]): PastedCell[][] => rows.map((row) => row.map((text) => ({ text })));
const at = (row: number, column: number) => ({ top: row, left: column, bottom: row, right: column });

describe('where a paste lands', () => {
  it('writes from the selected cell to the right and down', () => {
    expect(planPaste(cells([['a', '1'], ['b', '2']]), target, at(0, 0)).entries).toEqual([
      { key: 'r0c0', text: 'a' },
      { key: 'r0c1', text: '1' },
      { key: 'r1c0', text: 'b' },
      { key: 'r1c1', text: '2' },
    ]);
  });

  it('counts non-empty cells that fall beyond the table', () => {
    expect(planPaste(cells([['1', '2', 'x'], ['3', '', '']]), target, at(2, 1)).outside).toBe(1);
  });

  it('counts rows beyond the last row', () => {
    expect(planPaste(cells([['1'], ['2'], ['3']]), target, at(2, 1)).outside).toBe(1);
  });

  it('reports a value aimed at a computed cell instead of writing it', () => {
    const plan = planPaste(cells([['1', '2']]), target, at(0, 1));
    expect([plan.entries, plan.readOnly]).toEqual([[{ key: 'r0c1', text: '1' }], ['r0c2']]);
  });

  it('writes a formula into a computed cell, as typing it would', () => {
    expect(planPaste(cells([['=B2*2']]), target, at(0, 2)).entries).toEqual([{ key: 'r0c2', text: '=B2*2' }]);
  });

  it('leaves a computed cell alone when the pasted cell is empty, without reporting it', () => {
    const plan = planPaste(cells([['']]), target, at(0, 2));
    expect([plan.entries, plan.readOnly]).toEqual([[], []]);
  });

  it('clears an input when the pasted cell is empty', () => {
    expect(planPaste(cells([['', '5']]), target, at(0, 0)).entries).toEqual([
      { key: 'r0c0', text: '' },
      { key: 'r0c1', text: '5' },
    ]);
  });

  it('reports a value aimed at an unused cell', () => {
    expect(planPaste(cells([['5']]), target, at(3, 1)).readOnly).toEqual(['r3c1']);
  });

  it('fills the whole selected range with a single pasted value', () => {
    const plan = planPaste(cells([['7']]), target, { top: 0, left: 1, bottom: 2, right: 1 });
    expect(plan.entries.map((e) => e.key)).toEqual(['r0c1', 'r1c1', 'r2c1']);
  });

  it('starts at the top-left of a selected range', () => {
    expect(planPaste(cells([['x']]), target, { top: 1, left: 0, bottom: 1, right: 0 }).entries[0].key).toBe('r1c0');
  });

  it('says which cells it covers, for selecting them afterwards', () => {
    expect(planPaste(cells([['1', '2', '3', '4'], ['5', '6', '7', '8']]), target, at(2, 0)).area).toEqual({ top: 2, left: 0, bottom: 3, right: 2 });
  });
});

describe('the text a pasted cell stands for', () => {
  it('uses the exact number behind a rounded percentage, still as a percentage', () => {
    expect(typedText({ text: '33.33%', number: 1 / 3 }, false)).toBe('33.33333333%');
  });

  it('uses the exact number behind a formatted number', () => {
    expect(typedText({ text: '¥1,234.57', number: 1234.5678 }, false)).toBe('1234.5678');
  });

  it('keeps a shown date rather than its serial number', () => {
    expect(typedText({ text: '2026/12/31', number: 46387 }, false)).toBe('2026/12/31');
  });

  it('prefers a formula over the value it showed', () => {
    expect(typedText({ text: '0.5', number: 0.5, formula: '=B2/2' }, false)).toBe('=B2/2');
  });

  it('keeps what a text cell showed, never the number', () => {
    expect(typedText({ text: '2024', number: 2024 }, true)).toBe('2024');
  });

  it('drops the quote a copy puts before a name that looks like a formula', () => {
    expect(typedText({ text: "'=HYPERLINK(\"x\")" }, true)).toBe('=HYPERLINK("x")');
  });

  it('keeps an apostrophe that starts ordinary text', () => {
    expect(typedText({ text: "'90s leads" }, true)).toBe("'90s leads");
  });
});
