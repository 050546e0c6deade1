import { describe, expect, it } from 'vitest';
import {
  blendedAverage,
  dealsNeeded,
  dealsNeededWithMix,
  forwardEntries,
  isoFromSerial,
  isPastDate,
  latestEntryDates,
  mixShareTotal,
  periodProgress,
  serialFromIso,
  sharesAddUp,
  requiredEntries,
  stageRates,
  totalSuccessRate,
  weightedForecast,
  weightedValue,
} from '../../../src/lib/domain';

describe('worked example 1: reverse with per-stage rounding', () => {
  const rates = [0.25, 0.5, 0.75, 1];

  it('needs 38 deals for a 3,800,000 target at 100,000 a deal', () => {
    expect(dealsNeeded(3_800_000, 100_000)).toBe(38);
  });

  it('reverses 38 deals to 408, 102, 51, 38, 38 when each stage is rounded up', () => {
    expect(requiredEntries(38, rates, 'per-stage')).toEqual([408, 102, 51, 38, 38]);
  });

  it('carries fractions in exact mode', () => {
    expect(requiredEntries(38, rates, 'exact')[0]).toBeCloseTo(405.333333, 5);
  });

  it('forwards 408 to 102, 51, 38, 38 with per-stage rounding', () => {
    expect(forwardEntries(408, rates, 'per-stage')).toEqual([408, 102, 51, 38, 38]);
  });

  it('forwards 408 to 38.25 won deals in exact mode', () => {
    expect(forwardEntries(408, rates, 'exact')[4]).toBe(38.25);
  });
});

describe('worked example 2: weighted forecast', () => {
  it('counts 1,000,000 in a 25% stage as 250,000', () => {
    expect(weightedValue(1_000_000, 0.25)).toBe(250_000);
  });

  it('forecasts 250,000 from a pipeline of one 1,000,000 opportunity at 25%', () => {
    expect(weightedForecast([{ amount: 1_000_000, probability: 0.25 }])).toBe(250_000);
  });
});

describe('worked example 3: weekly report funnel', () => {
  const entries = [100, 80, 40, 20, 10, 5];

  it('has stage rates 80%, 50%, 50%, 50%, 50%', () => {
    expect(stageRates(entries)).toEqual([0.8, 0.5, 0.5, 0.5, 0.5]);
  });

  it('has a total success rate of 5%', () => {
    expect(totalSuccessRate(stageRates(entries))).toBeCloseTo(0.05, 12);
  });
});

describe('worked example 4: e-commerce conversion', () => {
  it('converts 50,000 visitors to 1,000 purchases at 2%', () => {
    expect(stageRates([50_000, 1_000])).toEqual([0.02]);
  });
});

describe('worked example 5: deal-size mix', () => {
  // Historical shares 56.5%, 27.8%, 11%, 4.6% of deals under 10k, 10k-30k, 30k-50k, over 50k.
  const buckets = [
    { share: 0.565, value: 4_000 },
    { share: 0.278, value: 15_000 },
    { share: 0.11, value: 35_000 },
    { share: 0.046, value: 65_000 },
  ];

  it('counts shares adding up to 99.9% as adding up', () => {
    expect(sharesAddUp(mixShareTotal(buckets))).toBe(true);
  });

  it('blends the bucket values into an average deal of about 13,283', () => {
    // 2,260 + 4,170 + 3,850 + 2,990 = 13,270, over shares totalling 0.999.
    expect(blendedAverage(buckets)).toBeCloseTo(13_283.28, 2);
  });

  it('needs 38 deals for a 500,000 target', () => {
    // 500,000 / 13,283.28 = 37.64 -> 38.
    expect(dealsNeededWithMix(500_000, buckets)).toBe(38);
  });
});

describe('worked example 6: period progress', () => {
  // A 30-day June, 25 days gone: 100 leads, 80% should become opportunities, 60 have.
  const progress = () => periodProgress({ daysInPeriod: 30, daysGone: 25, required: [100, 80], actual: [100, 60] });

  it('is 20 points short of the 80% goal', () => {
    expect(0.8 - stageRates([100, 60])[0]).toBeCloseTo(0.2, 12);
  });

  it('needs 20 more opportunities, 4 a day over the 5 days left', () => {
    expect(progress().stages[1]).toMatchObject({ remaining: 20, perDay: 4 });
  });

  it('shows that a lead entering now can no longer close by month end', () => {
    // Stage cycles 5 + 8 + 12 = 25 days; closing by 30 June means entering by 5, 10 and 18 June,
    // all before 26 June, the first of the 5 days left.
    const entries = latestEntryDates(serialFromIso('2026-06-30'), [5, 8, 12]);
    expect(entries.map(isoFromSerial)).toEqual(['2026-06-05', '2026-06-10', '2026-06-18']);
    expect(entries.every((date) => isPastDate(date, serialFromIso('2026-06-26')))).toBe(true);
  });
});

describe('rounding guards', () => {
  it('does not round 7 / 0.07 up to 101', () => {
    expect(requiredEntries(7, [0.07], 'per-stage')[0]).toBe(100);
  });

  it('marks every stage above a zero rate as impossible', () => {
    expect(requiredEntries(10, [0.5, 0], 'per-stage')).toEqual([Infinity, Infinity, 10]);
  });
});
