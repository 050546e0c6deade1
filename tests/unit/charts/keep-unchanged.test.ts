import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../../src/lib/charts';

describe('keeping unchanged chart parts', () => {
  it('hands back the previous object for an item equal in content', () => {
    const keep = keepUnchanged<{ id: string; y: number }>();
    const first = keep([{ id: 'a', y: 1 }, { id: 'b', y: 2 }]);
    const second = keep([{ id: 'a', y: 1 }, { id: 'b', y: 3 }]);
    expect(second[0]).toBe(first[0]);
  });

  it('hands back the new object for an item that changed', () => {
    const keep = keepUnchanged<{ id: string; y: number }>();
    const first = keep([{ id: 'a', y: 1 }, { id: 'b', y: 2 }]);
    const second = keep([{ id: 'a', y: 1 }, { id: 'b', y: 3 }]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].y).toBe(3);
  });
});
