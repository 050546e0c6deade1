import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CellKey } from '../../../src/lib/document';
import type { CellValue } from '../../../src/lib/engine';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';
import { HeldCells, heldCellsOf, withHeldCells } from '../../../src/lib/state/held-cells.svelte';

const KEY = 's.st0.actual' as CellKey;
const num = (value: number): CellValue => ({ type: 'number', value });
const edit = (store: CellStore, value: number) => store.apply(new Map([[KEY, num(value)]]));

/** A section off screen that has drawn KEY at 1. */
function offScreenSection(): { store: CellStore; held: HeldCells } {
  const store = new CellStore();
  edit(store, 1);
  const held = new HeldCells(store);
  held.onScreen = false;
  expect(held.slot(KEY).value).toEqual(num(1));
  return { store, held };
}

describe('cells held while a section is off screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a section on screen reads an edit at once', () => {
    const store = new CellStore();
    const held = new HeldCells(store);
    edit(store, 1);
    held.slot(KEY).value;
    edit(store, 2);
    expect(held.slot(KEY).value).toEqual(num(2));
  });

  it('a section off screen reads the value from before the edit until the store catches up', () => {
    const { store, held } = offScreenSection();
    edit(store, 2);
    expect(held.slot(KEY).value).toEqual(num(1));
    store.catchUp();
    expect(held.slot(KEY).value).toEqual(num(2));
  });

  it('an off-screen section catches up on its own in a task after the edit', () => {
    const { store, held } = offScreenSection();
    edit(store, 2);
    expect(held.slot(KEY).value).toEqual(num(1));
    vi.advanceTimersByTime(0);
    expect(held.slot(KEY).value).toEqual(num(2));
  });

  it('a section scrolled back on screen reads the latest value', () => {
    const { store, held } = offScreenSection();
    edit(store, 2);
    held.onScreen = true;
    expect(held.slot(KEY).value).toEqual(num(2));
  });

  it('the selected cell is never held', () => {
    const store = new CellStore();
    const held = new HeldCells(store);
    held.onScreen = false;
    store.slot(KEY).selected = true;
    expect(held.slot(KEY).selected).toBe(true);
  });

  it('a view of a view holds against the same store', () => {
    const store = new CellStore();
    const outer = heldCellsOf({ cells: store });
    expect(heldCellsOf({ cells: outer }).store).toBe(store);
  });
});

describe('a session seen through held cells', () => {
  class Session {
    readonly cells = new CellStore();
    #saved = 0;
    name = 'a';
    save(): number {
      return ++this.#saved;
    }
    get saved(): number {
      return this.#saved;
    }
  }

  it('reads its cells from the held view', () => {
    const session = new Session();
    const held = heldCellsOf(session);
    expect(withHeldCells(session, held).cells).toBe(held);
  });

  it('calls the session’s own methods, private fields and all', () => {
    const session = new Session();
    const view = withHeldCells(session, heldCellsOf(session));
    expect(view.save()).toBe(1);
    expect(session.saved).toBe(1);
  });

  it('writes what a section sets to the session itself', () => {
    const session = new Session();
    const view = withHeldCells(session, heldCellsOf(session));
    view.name = 'b';
    expect(session.name).toBe('b');
  });
});
