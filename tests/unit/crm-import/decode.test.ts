import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../src/lib/crm-import';

// "商机,金额" in GBK, written out byte by byte so the test does not depend on an encoder.
const GBK_HEADER = new Uint8Array([0xc9, 0xcc, 0xbb, 0xfa, 0x2c, 0xbd, 0xf0, 0xb6, 0xee]);

describe('decoding CRM text files', () => {
  it('reads bytes that are not valid UTF-8 as GBK', () => {
    expect(decodeText(GBK_HEADER)).toEqual({ text: '商机,金额', encoding: 'gbk', bom: false });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    const decoded = decodeText(new TextEncoder().encode('商机,金额'));
    expect(decoded).toEqual({ text: '商机,金额', encoding: 'utf-8', bom: false });
  });

  it('drops a UTF-8 byte-order mark so the first header name is clean', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('阶段,数量\n线索,3\n')]);
    const table = parseCsv(bytes);
    expect(table.bom).toBe(true);
    expect(table.headers).toEqual(['阶段', '数量']);
  });

  it('parses a GBK CSV into Chinese headers and rows', () => {
    const bytes = new Uint8Array([...GBK_HEADER, 0x0a, 0x61, 0x2c, 0x31, 0x0a]);
    const table = parseCsv(bytes);
    expect(table.encoding).toBe('gbk');
    expect(table.headers).toEqual(['商机', '金额']);
    expect(table.rows).toEqual([['a', '1']]);
  });

  it('keeps quoted commas and line breaks inside one field', () => {
    const table = parseCsv(new TextEncoder().encode('Name,Amount\n"Acme, Inc.","1,200,000"\n'));
    expect(table.rows).toEqual([['Acme, Inc.', '1,200,000']]);
  });

  it('pads short rows to the header width and skips blank lines', () => {
    const table = parseCsv(new TextEncoder().encode('Stage,Amount,Owner\n\nLeads,5\n'));
    expect(table.rows).toEqual([['Leads', '5', '']]);
  });
});
