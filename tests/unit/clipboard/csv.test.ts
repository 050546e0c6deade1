import { describe, expect, it } from 'vitest';
import { neutralise, toCsv, UTF8_BOM } from '../../../src/lib/clipboard';

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises text starting like a formula: %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralise('Leads 线索')).toBe('Leads 线索');
  });

  it('starts with a UTF-8 byte-order mark so Excel reads Chinese names', () => {
    expect(toCsv([[{ text: '线索', isText: true }]]).startsWith(UTF8_BOM)).toBe(true);
  });

  it('keeps a negative number a number', () => {
    expect(toCsv([[{ text: '-5' }]])).toBe(`${UTF8_BOM}-5\r\n`);
  });

  it('prefixes a text cell that starts with minus', () => {
    expect(toCsv([[{ text: '-5', isText: true }]])).toBe(`${UTF8_BOM}'-5\r\n`);
  });

  it('quotes fields holding commas, quotes or line breaks', () => {
    expect(toCsv([[{ text: 'a,b', isText: true }, { text: 'say "hi"', isText: true }, { text: 'two\nlines', isText: true }]])).toBe(
      `${UTF8_BOM}"a,b","say ""hi""","two\nlines"\r\n`,
    );
  });

  it('neutralises before quoting, so the quote sits inside the field', () => {
    expect(toCsv([[{ text: '=HYPERLINK("x","y")', isText: true }]])).toBe(`${UTF8_BOM}"'=HYPERLINK(""x"",""y"")"\r\n`);
  });
});
