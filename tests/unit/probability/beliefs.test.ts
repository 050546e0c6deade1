import { describe, expect, it } from 'vitest';
import {
  beliefInterval,
  betaCdf,
  beliefMean,
  betaQuantile,
  ProbabilityInputError,
  rateBeliefFromCounts,
  rateBeliefFromRange,
} from '../../../src/lib/probability';

function refusal(fn: () => unknown): ProbabilityInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProbabilityInputError) return err;
    throw err;
  }
  throw new Error('expected a ProbabilityInputError');
}

describe('belief from counts', () => {
  it('is Beta(1 + exits, 1 + entries - exits) under the uniform prior', () => {
    expect(rateBeliefFromCounts(50, 10)).toEqual({ alpha: 11, beta: 41 });
  });

  it('adds the counts to a given prior', () => {
    expect(rateBeliefFromCounts(50, 10, { alpha: 0.5, beta: 0.5 })).toEqual({ alpha: 10.5, beta: 40.5 });
  });

  it('refuses more exits than entries', () => {
    expect(refusal(() => rateBeliefFromCounts(10, 11)).code).toBe('bad-counts');
  });

  it('refuses negative counts', () => {
    expect(refusal(() => rateBeliefFromCounts(-1, 0)).code).toBe('bad-counts');
  });
});

describe('belief from a range', () => {
  it.each([
    [0.2, 0.4],
    [0.01, 0.05],
    [0.6, 0.95],
    [0.45, 0.55],
    [0.9, 0.999],
  ])('puts the 5th and 95th percentiles at %s and %s', (low, high) => {
    const { alpha, beta } = rateBeliefFromRange(low, high);
    expect(betaQuantile(0.05, alpha, beta)).toBeCloseTo(low, 6);
    expect(betaQuantile(0.95, alpha, beta)).toBeCloseTo(high, 6);
  });

  it('reports the fitted range back as its 90% interval', () => {
    const interval = beliefInterval(rateBeliefFromRange(0.15, 0.35), 0.9);
    expect(interval.low).toBeCloseTo(0.15, 6);
    expect(interval.high).toBeCloseTo(0.35, 6);
  });

  it('fits a range that touches 0 by moments (mean at the middle of the range)', () => {
    const belief = rateBeliefFromRange(0, 0.1);
    expect(beliefMean(belief)).toBeCloseTo(0.05, 12);
    expect(betaQuantile(0.95, belief.alpha, belief.beta)).toBeGreaterThan(0.09);
    expect(betaQuantile(0.95, belief.alpha, belief.beta)).toBeLessThan(0.12);
  });

  it('refuses a range whose low end is above its high end', () => {
    expect(refusal(() => rateBeliefFromRange(0.4, 0.2)).code).toBe('range-order');
  });

  it('refuses a range outside [0, 1]', () => {
    expect(refusal(() => rateBeliefFromRange(-0.1, 0.2)).code).toBe('range-bounds');
    expect(refusal(() => rateBeliefFromRange(0.5, 1.2)).code).toBe('range-bounds');
    expect(refusal(() => rateBeliefFromRange(Number.NaN, 0.2)).code).toBe('range-bounds');
  });

  it('refuses an empty range (a single rate), which belongs in a stage as a plain number', () => {
    expect(refusal(() => rateBeliefFromRange(0.3, 0.3)).code).toBe('degenerate-range');
  });
});

describe('betaQuantile', () => {
  /** The plain definition: halve [0, 1] until I_x(a, b) = p to a double's resolution. */
  function bisected(p: number, a: number, b: number): number {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 200; i++) {
      const mid = 0.5 * (lo + hi);
      if (mid === lo || mid === hi) break;
      if (betaCdf(mid, a, b) < p) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  }
  const shapes = [[0.3, 0.3], [0.5, 4], [1, 1], [2, 50], [40, 2], [363.5, 1.5], [1, 7000], [12000, 30], [0.05, 900]];
  // Not p near 1: there I_x is 1 - p to the last bit over a whole stretch of x, any of which is right.
  const ps = [1e-9, 0.001, 0.05, 0.2, 0.5, 0.8, 0.95, 0.999];
  for (const [a, b] of shapes) {
    it(`finds the same quantiles as bisection for Beta(${a}, ${b})`, () => {
      for (const p of ps) {
        const x = betaQuantile(p, a, b);
        const reference = bisected(p, a, b);
        expect(Math.abs(x - reference)).toBeLessThanOrEqual(1e-12 + 1e-9 * reference);
      }
    });
  }
});
