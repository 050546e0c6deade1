import { describe, expect, it } from 'vitest';
import { KeyedMirror } from '../../../src/lib/state/keyed-mirror.svelte';
import { sameContent } from '../../../src/lib/state/stable-map';

// Svelte's server build runs these tests (no effects in Node), so what is checked is what the
// readers would see: a slot keeps its object unless its own entry changed in content.
type Note = { level: string };

describe('a map seen key by key', () => {
  it('a key whose entry is equal in content keeps the object its readers hold', () => {
    const mirror = new KeyedMirror<string, Note>(sameContent);
    const first = { level: 'warning' };
    mirror.sync(new Map([['a', first]]));
    expect(mirror.slot('a').value).toBe(first);
    mirror.sync(new Map([['a', { level: 'warning' }], ['b', { level: 'error' }]]));
    expect(mirror.slot('a').value).toBe(first);
  });

  it('a key whose entry changed or went reads the new entry', () => {
    const mirror = new KeyedMirror<string, Note>(sameContent);
    mirror.sync(new Map([['a', { level: 'warning' }]]));
    mirror.slot('a').value;
    mirror.sync(new Map([['a', { level: 'error' }]]));
    expect(mirror.slot('a').value).toEqual({ level: 'error' });
    mirror.sync(new Map());
    expect(mirror.slot('a').value).toBeUndefined();
  });

  it('a key first read after a sync starts from the latest map', () => {
    const mirror = new KeyedMirror<string, Note>();
    mirror.sync(new Map([['c', { level: 'error' }]]));
    expect(mirror.slot('c').value).toEqual({ level: 'error' });
    expect(mirror.slot('d').value).toBeUndefined();
  });
});
