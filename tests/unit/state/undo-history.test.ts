import { describe, expect, it } from 'vitest';
import { UndoHistory, undoDepthFor } from '../../../src/lib/state/undo-history.svelte';

describe('undo history', () => {
  it('undo returns the state before the last edit', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    expect(history.undo(() => 'b')).toBe('a');
  });

  it('redo returns the state that was undone', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    history.undo(() => 'b');
    expect(history.redo(() => 'a')).toBe('b');
  });

  it('keeps for redo the step that swap returns', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    const shown: string[] = [];
    history.undo((step) => (shown.push(step), 'back to b'));
    expect(history.redo((step) => (shown.push(step), 'a'))).toBe('back to b');
    expect(shown).toEqual(['a', 'back to b']);
  });

  it('a new edit after undo ends the redo chain', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    history.undo(() => 'b');
    history.record('a');
    expect(history.canRedo).toBe(false);
  });

  it('has nothing to undo at the start', () => {
    expect(new UndoHistory<string>().undo(() => 'a')).toBeUndefined();
  });

  it('forgets the oldest state beyond its limit', () => {
    const history = new UndoHistory<number>(2);
    history.record(1);
    history.record(2);
    history.record(3);
    history.undo(() => 4);
    history.undo(() => 3);
    expect(history.undo(() => 2)).toBeUndefined();
  });

  it('forgets the oldest states at once when its limit is lowered', () => {
    const history = new UndoHistory<number>(10);
    for (let i = 1; i <= 5; i++) history.record(i);
    history.limit = 2;
    expect(history.undo(() => 6)).toBe(5);
    expect(history.undo(() => 5)).toBe(4);
    expect(history.undo(() => 4)).toBeUndefined();
  });
});

describe('undo depth for the size of a workbook', () => {
  it('keeps 500 steps of an ordinary workbook', () => {
    expect(undoDepthFor(2_000)).toBe(500);
  });

  it('keeps fewer steps of a plan with tens of thousands of typed cells, so history stays a few hundred MB at most', () => {
    // 53,760 typed cells (the 100k benchmark plan): one kept copy is ~3 MB.
    expect(undoDepthFor(53_760)).toBe(74);
  });

  it('never keeps fewer than 20 steps', () => {
    expect(undoDepthFor(10_000_000)).toBe(20);
  });
});
