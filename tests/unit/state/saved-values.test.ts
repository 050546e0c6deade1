import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { ERROR_CODES, FunnelEngine } from '../../../src/lib/engine';
import { SAVED_ERROR_CODES, packValues, unpackValues } from '../../../src/lib/state/saved-values';

describe('cell values saved beside a workbook', () => {
  it('come back equal to what the engine computed, errors included', () => {
    const engine = new FunnelEngine(createWorkbook(templateSeed('b2b-pipeline', 'en', 'Saved')));
    const values = engine.allValues();
    // Through a structured clone, as IndexedDB stores them.
    expect(unpackValues(structuredClone(packValues(values)))).toEqual(values);
    engine.destroy();
  });

  it('accept every error code the engine can give, and only those', () => {
    expect([...SAVED_ERROR_CODES].sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each([
    ['not a list', { a: 1 }],
    ['an entry without a value', [['a.target']]],
    ['a key that is not text', [[1, { type: 'number', value: 1 }]]],
    ['an unknown type', [['a.target', { type: 'script', value: 'alert(1)' }]]],
    ['a number that is text', [['a.target', { type: 'number', value: '1' }]]],
    ['an unknown error code', [['a.target', { type: 'error', code: 'XSS', display: '#X', detail: '' }]]],
  ])('are refused whole when one holds %s', (_what, entries) => {
    expect(unpackValues(entries)).toBeNull();
  });
});
