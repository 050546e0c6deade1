import { describe, expect, test } from 'vitest';
import { stableMap } from '../../../src/lib/state/stable-map';

describe('stableMap', () => {
  test('a rebuilt map with equal entries is the earlier map', () => {
    const before = new Map([['a', { level: 'warning', params: { rate: 0.5 } }]]);
    const after = new Map([['a', { level: 'warning', params: { rate: 0.5 } }]]);
    expect(stableMap(before, after)).toBe(before);
  });

  test('a changed, added or removed entry gives the new map', () => {
    const before = new Map([['a', { rate: 0.5 }]]);
    expect(stableMap(before, new Map([['a', { rate: 0.6 }]]))).not.toBe(before);
    expect(stableMap(before, new Map([['a', { rate: 0.5 }], ['b', { rate: 0.5 }]]))).not.toBe(before);
    expect(stableMap(before, new Map([['b', { rate: 0.5 }]]))).not.toBe(before);
    expect(stableMap(before, new Map())).not.toBe(before);
  });

  test('the first map is taken as it is', () => {
    const first = new Map([['a', 1]]);
    expect(stableMap(undefined, first)).toBe(first);
  });
});
