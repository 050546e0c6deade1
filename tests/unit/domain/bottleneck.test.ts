import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBottlenecks } from '../../../src/lib/domain';

describe('bottleneck ranking', () => {
  it('names the stage whose fix adds the most won deals', () => {
    // 100 -> 80 -> 20 -> 10 against ideals 80%, 50%, 50%: stage 2 converts 25% against 50%.
    expect(rankBottlenecks([100, 80, 20, 10], [0.8, 0.5, 0.5])[0]).toMatchObject({ stage: 1, gain: 10 });
  });

  it('gains nothing at a stage that already meets its ideal', () => {
    expect(rankBottlenecks([100, 80, 20, 10], [0.8, 0.5, 0.5]).find((s) => s.stage === 0)?.gain).toBe(0);
  });

  it('does not change the ranking when every volume is scaled by the same factor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 3, maxLength: 8 }),
        fc.integer({ min: 2, max: 50 }),
        (entries, factor) => {
          const ideals = entries.slice(1).map(() => 0.5);
          const order = (xs: number[]) => rankBottlenecks(xs, ideals).map((s) => s.stage);
          expect(order(entries.map((e) => e * factor))).toEqual(order(entries));
        },
      ),
    );
  });
});
