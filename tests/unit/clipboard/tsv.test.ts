import { describe, expect, it } from 'vitest';
import { parseTsv, serializeTsv } from '../../../src/lib/clipboard';

describe('TSV as Excel writes and reads it', () => {
  it('separates cells with tabs and ends every row with CRLF', () => {
    expect(serializeTsv([['a', '1'], ['b', '2']])).toBe('a\t1\r\nb\t2\r\n');
  });

  it('quotes a cell holding a tab, a line break or a quote, doubling inner quotes', () => {
    expect(serializeTsv([['a\tb', 'two\nlines', 'say "hi"']])).toBe('"a\tb"\t"two\nlines"\t"say ""hi"""\r\n');
  });

  it('reads back what it writes, whatever the cells hold', () => {
    const rows = [['a\tb', 'two\r\nlines', '"quoted"', ''], ['', 'x', '50万', '25%']];
    expect(parseTsv(serializeTsv(rows))).toEqual(rows);
  });

  it('does not read the line break after the last row as an extra row', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
  });

  it('reads LF-only and CR-only line breaks as rows', () => {
    expect(parseTsv('1\n2\r3')).toEqual([['1'], ['2'], ['3']]);
  });

  it('takes a field literally when its quote does not close at the field end', () => {
    expect(parseTsv('"5" inch\tx')).toEqual([['"5" inch', 'x']]);
  });

  it('keeps an unclosed quote as text', () => {
    expect(parseTsv('"open\tx')).toEqual([['"open', 'x']]);
  });

  it('pads ragged rows with empty cells', () => {
    expect(parseTsv('a\tb\tc\r\nd')).toEqual([['a', 'b', 'c'], ['d', '', '']]);
  });

  it('keeps empty cells between tabs', () => {
    expect(parseTsv('a\t\tc')).toEqual([['a', '', 'c']]);
  });

  it('reads an empty clipboard as no rows', () => {
    expect(parseTsv('')).toEqual([]);
  });
});
