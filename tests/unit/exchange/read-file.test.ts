import { describe, expect, it } from 'vitest';
import { DOC_VERSION, workbookSchema } from '../../../src/lib/document';
import { FILE_MAX_BYTES, readWorkbookFile, writeWorkbookFile } from '../../../src/lib/exchange';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

const fileOf = (doc: unknown) => JSON.stringify(doc, null, 2);

describe('readWorkbookFile', () => {
  it('reads back exactly what writeWorkbookFile wrote', () => {
    const doc = exampleOneWorkbook();
    const read = readWorkbookFile(writeWorkbookFile(doc));
    expect(read).toEqual({ ok: true, doc, dropped: [] });
  });

  it('writes the type and version stamp first', () => {
    const text = writeWorkbookFile(exampleOneWorkbook());
    expect(Object.keys(JSON.parse(text)).slice(0, 2)).toEqual(['type', 'version']);
    expect(text.startsWith(`{\n  "type": "funnelbook",\n  "version": ${DOC_VERSION},`)).toBe(true);
  });

  it('refuses a text over 20 MB before parsing it', () => {
    const text = ' '.repeat(FILE_MAX_BYTES + 1);
    expect(readWorkbookFile(text)).toEqual({ ok: false, problem: { kind: 'too-large', bytes: FILE_MAX_BYTES + 1, limit: FILE_MAX_BYTES } });
  });

  it('counts the size in UTF-8 bytes, so 7 million Chinese characters are over the limit', () => {
    const text = JSON.stringify({ name: '漏'.repeat(7_000_000) });
    const read = readWorkbookFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe('too-large');
  });

  it('accepts a file that starts with a byte order mark', () => {
    const doc = exampleOneWorkbook();
    expect(readWorkbookFile('\uFEFF' + writeWorkbookFile(doc)).ok).toBe(true);
  });

  it('names the JSON path, line and column where a text stops being JSON', () => {
    const text = '{\n  "type": "funnelbook",\n  "stages": [\n    { "id": "a", "name": "x" },\n    { "id": "b", "name": }\n  ]\n}';
    expect(readWorkbookFile(text)).toEqual({ ok: false, problem: { kind: 'not-json', path: '$.stages[1].name', line: 5, column: 26 } });
  });

  it('names the place where a truncated file ends', () => {
    const text = writeWorkbookFile(exampleOneWorkbook());
    const cut = text.slice(0, text.indexOf('"cells"') + 30);
    const read = readWorkbookFile(cut);
    expect(read.ok).toBe(false);
    if (!read.ok && read.problem.kind === 'not-json') expect(read.problem.path.startsWith('$.cells')).toBe(true);
  });

  it('refuses nesting deeper than a workbook could have', () => {
    const text = '['.repeat(10_000) + ']'.repeat(10_000);
    const read = readWorkbookFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe('too-deep');
  });

  it('refuses a document that is not a Funnelbook', () => {
    expect(readWorkbookFile('{"type":"spreadsheet","version":1}')).toEqual({ ok: false, problem: { kind: 'wrong-type' } });
    expect(readWorkbookFile('[1,2]')).toEqual({ ok: false, problem: { kind: 'not-object' } });
  });

  it('refuses a file from a newer version as such', () => {
    const doc = { ...exampleOneWorkbook(), version: DOC_VERSION + 1 };
    expect(readWorkbookFile(fileOf(doc))).toEqual({ ok: false, problem: { kind: 'too-new', version: DOC_VERSION + 1 } });
  });

  it('names the path of a required field that is wrong', () => {
    const doc = exampleOneWorkbook();
    const bad = { ...doc, stages: doc.stages.map((s, i) => (i === 2 ? { ...s, name: 'x'.repeat(500) } : s)) };
    const read = readWorkbookFile(fileOf(bad));
    expect(read.ok).toBe(false);
    if (!read.ok && read.problem.kind === 'invalid') {
      expect(read.problem.path).toBe('$.stages[2].name');
      expect(read.problem.code).toBe('too_big');
    } else expect.unreachable();
  });

  it('strips __proto__, constructor and prototype keys and reports where they were', () => {
    const doc = exampleOneWorkbook();
    const text = fileOf(doc).replace('"cells": {', '"cells": { "__proto__": { "polluted": "yes" }, "constructor": "x",').replace('"period": {', '"period": { "prototype": 1,');
    const read = readWorkbookFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.dropped).toEqual(['$.period.prototype', '$.cells.__proto__', '$.cells.constructor']);
    expect(read.doc).toEqual(doc);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read.doc.cells)).toBe(Object.prototype);
  });

  it('leaves out an invalid cell entry and reports it, keeping the rest', () => {
    const doc = exampleOneWorkbook();
    const key = Object.keys(doc.cells)[0];
    const read = readWorkbookFile(fileOf({ ...doc, cells: { ...doc.cells, [key]: 42 } }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.dropped).toEqual([`$.cells[${JSON.stringify(key)}]`]);
    const { [key]: _gone, ...rest } = doc.cells;
    expect(read.doc.cells).toEqual(rest);
  });

  it('reports fields it does not know instead of keeping them silently', () => {
    const doc = exampleOneWorkbook();
    const read = readWorkbookFile(fileOf({ ...doc, colour: 'red', stages: doc.stages.map((s) => ({ ...s, x: 1 })) }));
    expect(read.ok && [...read.dropped].sort()).toEqual(['$.colour', ...doc.stages.map((_, i) => `$.stages[${i}].x`)].sort());
    expect(read.ok && workbookSchema.parse(read.doc)).toEqual(doc);
  });
});
