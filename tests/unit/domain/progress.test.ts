import { describe, expect, it } from 'vitest';
import { periodProgress } from '../../../src/lib/domain';

// A 30-day month, 25 days gone: 100 leads should become 80 opportunities; 60 have so far.
const month = { daysInPeriod: 30, daysGone: 25, required: [100, 80], actual: [100, 60] };

describe('period progress', () => {
  it('says how much of the period has gone', () => {
    expect(periodProgress(month).elapsedShare).toBeCloseTo(25 / 30, 12);
  });

  it('counts the days left', () => {
    expect(periodProgress(month).daysLeft).toBe(5);
  });

  it('pro-rates the requirement to the days gone', () => {
    // 80 * 25/30 = 66.67 opportunities should be in by now.
    expect(periodProgress(month).stages[1].proRated).toBeCloseTo(66.666667, 5);
  });

  it('spreads what is still needed over the days left', () => {
    // 80 - 60 = 20 opportunities over 5 days.
    expect(periodProgress(month).stages[1]).toMatchObject({ remaining: 20, perDay: 4 });
  });

  it('needs nothing more from a stage that is already ahead', () => {
    expect(periodProgress({ ...month, actual: [120, 60] }).stages[0]).toMatchObject({ remaining: 0, perDay: 0 });
  });

  it('leaves what remains empty while the actual figure is not typed', () => {
    expect(periodProgress({ ...month, actual: [100, null] }).stages[1]).toMatchObject({ remaining: null, perDay: null });
  });

  it('has no daily need once the period is over', () => {
    expect(periodProgress({ ...month, daysGone: 30 }).stages[1]).toMatchObject({ remaining: 20, perDay: null });
  });

  it('has no elapsed share for a period of no days', () => {
    expect(periodProgress({ ...month, daysInPeriod: 0, daysGone: 0 }).elapsedShare).toBeNull();
  });
});
