import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/lib/engine';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';

const n = (value: number): CellValue => ({ type: 'number', value });

describe('the cell store', () => {
  it('shows a value set before any view read the cell once the cell is read', () => {
    const store = new CellStore();
    store.apply(new Map([['a.target', n(1)]]));
    store.apply(new Map([['a.target', n(2)]]));
    expect(store.slot('a.target').value).toEqual(n(2));
  });

  it('brings a cell that is read up to date on every later change', () => {
    const store = new CellStore();
    const slot = store.slot('a.target');
    store.apply(new Map([['a.target', n(3)]]));
    expect(slot.value).toEqual(n(3));
    expect(store.slot('a.target')).toBe(slot);
  });

  it('shows an empty cell for one never set', () => {
    expect(new CellStore().slot('a.target').value).toEqual({ type: 'empty' });
  });

  it('holds a value set before the cell was read in its frame-behind copy too', () => {
    const store = new CellStore();
    store.apply(new Map([['a.target', n(4)]]));
    expect(store.later('a.target').value).toEqual(n(4));
  });
});
