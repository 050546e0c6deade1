import { describe, expect, it } from 'vitest';
import { UndoHistory } from '../../../src/lib/state/undo-history.svelte';

describe('undo history', () => {
  it('undo returns the state before the last edit', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    expect(history.undo('b')).toBe('a');
  });

  it('redo returns the state that was undone', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    history.undo('b');
    expect(history.redo('a')).toBe('b');
  });

  it('a new edit after undo ends the redo chain', () => {
    const history = new UndoHistory<string>();
    history.record('a');
    history.undo('b');
    history.record('a');
    expect(history.canRedo).toBe(false);
  });

  it('has nothing to undo at the start', () => {
    expect(new UndoHistory<string>().undo('a')).toBeUndefined();
  });

  it('forgets the oldest state beyond its limit', () => {
    const history = new UndoHistory<number>(2);
    history.record(1);
    history.record(2);
    history.record(3);
    history.undo(4);
    history.undo(3);
    expect(history.undo(2)).toBeUndefined();
  });
});
