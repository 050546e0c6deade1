import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealsNeeded, forwardEntries, requiredEntries, type RoundingMode } from '../../../src/lib/domain';

const rates = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
const deals = fc.integer({ min: 1, max: 100_000 });

describe('funnel laws', () => {
  it('forward(reverse(deals)) reaches the deals with per-stage rounding', () => {
    fc.assert(
      fc.property(deals, rates, (d, r) => {
        const top = requiredEntries(d, r, 'per-stage')[0];
        expect(forwardEntries(top, r, 'per-stage').at(-1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });

  it('forward(reverse(deals)) gives back the deals in exact mode', () => {
    fc.assert(
      fc.property(deals, rates, (d, r) => {
        const top = requiredEntries(d, r, 'exact')[0];
        expect(forwardEntries(top, r, 'exact').at(-1)).toBeCloseTo(d, 6);
      }),
    );
  });

  it('per-stage rounding never asks for less than exact', () => {
    fc.assert(
      fc.property(deals, rates, (d, r) => {
        const rounded = requiredEntries(d, r, 'per-stage');
        const exact = requiredEntries(d, r, 'exact');
        expect(rounded.every((value, i) => value >= exact[i] - 1e-9 * exact[i])).toBe(true);
      }),
    );
  });

  it('forward(reverse(revenue target)) earns the target in both rounding modes', () => {
    const modes: RoundingMode[] = ['per-stage', 'exact'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), rates, (target, avg, r) => {
        const d = dealsNeeded(target, avg);
        for (const mode of modes) {
          const won = forwardEntries(requiredEntries(d, r, mode)[0], r, mode).at(-1)!;
          // Whole deals needed round up, so the revenue may exceed the target, never fall short.
          expect(won * avg).toBeGreaterThanOrEqual(target * (1 - 1e-9));
        }
      }),
    );
  });
});
