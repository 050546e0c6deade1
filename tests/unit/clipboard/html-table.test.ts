import { describe, expect, it } from 'vitest';
import { readHtmlTable, serializeHtmlTable, withoutScriptsAndStyles, type PastedTableLike } from '../../../src/lib/clipboard';

interface FakeCell {
  text: string;
  attrs?: Record<string, string>;
  colSpan?: number;
  rowSpan?: number;
}

/** The parts of a parsed <table> that reading uses, as a browser's DOMParser would give them. */
const table = (rows: FakeCell[][]): PastedTableLike => ({
  rows: rows.map((cells) => ({
    cells: cells.map((cell) => ({
      textContent: cell.text,
      getAttribute: (name: string) => cell.attrs?.[name] ?? null,
      colSpan: cell.colSpan ?? 1,
      rowSpan: cell.rowSpan ?? 1,
    })),
  })),
});

describe('writing an HTML table for Excel and Sheets', () => {
  it('gives Excel the exact number in x:num', () => {
    expect(serializeHtmlTable([[{ text: '33.33333333%', number: 1 / 3, format: '0.00%' }]])).toContain(`x:num="${1 / 3}"`);
  });

  it('keeps the percent look with mso-number-format', () => {
    expect(serializeHtmlTable([[{ text: '25%', number: 0.25, format: '0.00%' }]])).toContain(`mso-number-format:'0.00%'`);
  });

  it('marks text cells with the Text format so Excel never runs them as formulas', () => {
    expect(serializeHtmlTable([[{ text: '=1+1', isText: true }]])).toContain(`<td style="mso-number-format:'\\@'">=1+1</td>`);
  });

  it('escapes markup in names', () => {
    const html = serializeHtmlTable([[{ text: '<img src=x onerror=alert(1)>', isText: true }]]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('writes one row per range row and one cell per range cell', () => {
    const html = serializeHtmlTable([[{ text: 'a' }, { text: 'b' }], [{ text: 'c' }, { text: 'd' }]]);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td/g)).toHaveLength(4);
  });
});

describe('reading a pasted HTML table', () => {
  it('reads the shown text of each cell, row by row', () => {
    expect(readHtmlTable(table([[{ text: 'a' }, { text: 'b' }], [{ text: 'c' }, { text: 'd' }]])).map((r) => r.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('collapses the white space Excel wraps into long cells', () => {
    expect(readHtmlTable(table([[{ text: '\r\n  Qualified\r\n  leads\u00a0' }]]))[0][0].text).toBe('Qualified leads');
  });

  it('takes the exact number from Excel’s x:num', () => {
    expect(readHtmlTable(table([[{ text: '33.33%', attrs: { 'x:num': '0.333333333333333' } }]]))[0][0].number).toBe(0.333333333333333);
  });

  it('ignores a bare x:num (the shown text is the number)', () => {
    expect(readHtmlTable(table([[{ text: '408', attrs: { 'x:num': '' } }]]))[0][0]).toEqual({ text: '408' });
  });

  it('takes the exact number from Google Sheets’ data-sheets-value', () => {
    expect(readHtmlTable(table([[{ text: '25%', attrs: { 'data-sheets-value': '{"1":3,"3":0.25}' } }]]))[0][0].number).toBe(0.25);
  });

  it('ignores a data-sheets-value it cannot read', () => {
    expect(readHtmlTable(table([[{ text: 'x', attrs: { 'data-sheets-value': '{not json' } }]]))[0][0]).toEqual({ text: 'x' });
  });

  it('takes a formula from Excel’s x:fmla', () => {
    expect(readHtmlTable(table([[{ text: '0.5', attrs: { 'x:fmla': '=B2*2' } }]]))[0][0].formula).toBe('=B2*2');
  });

  it('leaves the cells a merged cell covers empty', () => {
    const cells = readHtmlTable(table([[{ text: 'wide', colSpan: 2 }, { text: 'c' }], [{ text: 'tall', rowSpan: 2 }, { text: 'x' }, { text: 'y' }], [{ text: 'z' }, { text: 'w' }]]));
    expect(cells.map((r) => r.map((c) => c.text))).toEqual([
      ['wide', '', 'c'],
      ['tall', 'x', 'y'],
      ['', 'z', 'w'],
    ]);
  });

  it('reads a table with no rows as no cells', () => {
    expect(readHtmlTable(table([]))).toEqual([]);
  });
});

describe('what of pasted HTML is parsed at all', () => {
  it('drops script elements and their text', () => {
    expect(withoutScriptsAndStyles('<td>a<script>alert(1)</script></td>')).toBe('<td>a</td>');
  });

  it('drops style elements, as Excel puts one in the head', () => {
    expect(withoutScriptsAndStyles('<style>\r\n<!--.xl65 {mso-number-format:"0%";}-->\r\n</style><table>')).toBe('<table>');
  });

  it('drops style attributes in either quoting', () => {
    expect(withoutScriptsAndStyles(`<td style='width:54pt' x:num="1">1</td><td style="a:b">2</td>`)).toBe('<td x:num="1">1</td><td>2</td>');
  });

  it('drops event handler attributes', () => {
    expect(withoutScriptsAndStyles('<img src=x onerror="alert(1)"><td onclick=go()>a</td>')).toBe('<img src=x><td>a</td>');
  });

  it('leaves cell text that merely mentions style= alone', () => {
    expect(withoutScriptsAndStyles('<td>use style=bold here</td>')).toBe('<td>use style=bold here</td>');
  });

  it('keeps the cells and their number attributes', () => {
    expect(withoutScriptsAndStyles('<table><tr><td class=xl65 x:num="0.25">25%</td></tr></table>')).toBe('<table><tr><td class=xl65 x:num="0.25">25%</td></tr></table>');
  });
});
