import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/lib/exchange';

describe('locateJsonError', () => {
  it('finds no error in any text JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(locateJsonError(text).offset).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('points at text after the end of the document', () => {
    expect(locateJsonError('{"a": 1} x')).toEqual({ offset: 9, path: [], line: 1, column: 10 });
  });

  it('points inside the string with a bad escape, under its key', () => {
    expect(locateJsonError('{"cells": {"a.target": "5\\q"}}')).toMatchObject({ offset: 25, path: ['cells', 'a.target'] });
  });

  it('reads a string of megabytes without running out of stack', () => {
    const text = `{"name": "${'x'.repeat(5_000_000)}`;
    expect(locateJsonError(text)).toMatchObject({ offset: text.length, path: ['name'] });
  });

  it('counts lines and columns from 1', () => {
    expect(locateJsonError('{\n  "a": [1,\n  2,,]\n}')).toMatchObject({ path: ['a', 2], line: 3, column: 5 });
  });
});
