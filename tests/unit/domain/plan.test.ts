import { describe, expect, it } from 'vitest';
import { planRates, supportedRevenue, supportedWon } from '../../../src/lib/domain';

describe('this year’s plan from last year’s actual funnel', () => {
  it('adds the improvement to last year’s rate', () => {
    // Last year 400 -> 100 -> 50 -> 38: 25% + 5 points, 50% + 0, 76% + 10 points.
    const rates = planRates([400, 100, 50, 38], [0.05, null, 0.1]);
    expect(rates.map((r) => r!.toFixed(4))).toEqual(['0.3000', '0.5000', '0.8600']);
  });

  it('caps a planned rate at 100%', () => {
    // 95% + 10 points would pass on more than entered.
    expect(planRates([100, 95], [0.1])).toEqual([1]);
  });

  it('takes a missing improvement as none', () => {
    expect(planRates([100, 40, 10], [])).toEqual([0.4, 0.25]);
  });

  it('has no rate out of a stage nobody entered last year', () => {
    expect(planRates([0, 10, 5], [0, 0])).toEqual([null, 0.5]);
  });

  it('has no rate next to a missing entry', () => {
    expect(planRates([100, null, 20], [0, 0])).toEqual([null, null]);
  });

  it('carries the top through every rate without rounding', () => {
    // 400 * 0.3 * 0.5 * 0.86 = 51.6 won deals, not 52.
    expect(supportedWon(400, [0.3, 0.5, 0.86])).toBeCloseTo(51.6, 10);
  });

  it('supports no won figure while a rate is missing', () => {
    expect(supportedWon(400, [0.3, null])).toBeNull();
  });

  it('turns supported deals into revenue at the average deal', () => {
    expect(supportedRevenue(51.6, 100_000)).toBeCloseTo(5_160_000, 6);
  });

  it('has no revenue while the average deal is not typed', () => {
    expect(supportedRevenue(51.6, null)).toBeNull();
  });
});
