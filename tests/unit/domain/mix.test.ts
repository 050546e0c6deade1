import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blendedAverage, dealsNeededWithMix, dealsPerBucket, mixShareTotal, sharesAddUp } from '../../../src/lib/domain';

describe('deal-size mix', () => {
  it('adds up the typed shares', () => {
    expect(mixShareTotal([{ share: 0.5, value: 1 }, { share: null, value: 2 }, { share: 0.25, value: null }])).toBe(0.75);
  });

  it('weights each bucket value by its share', () => {
    // (0.75 * 10,000 + 0.25 * 50,000) / 1 = 7,500 + 12,500 = 20,000.
    expect(blendedAverage([{ share: 0.75, value: 10_000 }, { share: 0.25, value: 50_000 }])).toBe(20_000);
  });

  it('averages over the buckets with both share and value typed', () => {
    expect(blendedAverage([{ share: 0.5, value: 10_000 }, { share: 0.5, value: null }])).toBe(10_000);
  });

  it('has no average until a bucket is fully typed', () => {
    expect(blendedAverage([{ share: null, value: 10_000 }, { share: 0.5, value: null }])).toBeNull();
  });

  it('needs no deals figure while the mix has no average', () => {
    expect(dealsNeededWithMix(500_000, [])).toBeNull();
  });

  it('splits the deals over the buckets by share', () => {
    expect(dealsPerBucket(40, [{ share: 0.5, value: 1 }, { share: 0.25, value: 2 }, { share: 0.25, value: 3 }])).toEqual([20, 10, 10]);
  });

  it('normalises the split when a share is not typed', () => {
    // Shares 0.5 and 0.3 total 0.8: 40 * 0.5 / 0.8 = 25, 40 * 0.3 / 0.8 = 15.
    const split = dealsPerBucket(40, [{ share: 0.5, value: 1 }, { share: null, value: 2 }, { share: 0.3, value: 3 }]);
    expect(split[0]).toBe(25);
    expect(split[1]).toBeNull();
    expect(split[2]).toBeCloseTo(15, 12);
  });

  it('accepts shares that add up to 99.9%', () => {
    expect(sharesAddUp(0.999)).toBe(true);
  });

  it('rejects shares that add up to 99.8%', () => {
    expect(sharesAddUp(0.998)).toBe(false);
  });

  it('rejects shares that add up to 100.2%', () => {
    expect(sharesAddUp(1.002)).toBe(false);
  });

  it('keeps the blended average between the smallest and largest bucket value', () => {
    const bucket = fc.record({ share: fc.double({ min: 0.001, max: 1, noNaN: true }), value: fc.double({ min: 1, max: 1e6, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(bucket, { minLength: 1, maxLength: 8 }), (buckets) => {
        const values = buckets.map((b) => b.value);
        const blended = blendedAverage(buckets)!;
        expect(blended).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
        expect(blended).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
      }),
    );
  });
});
