import { describe, expect, it } from 'vitest';
import {
  dealsNeeded,
  forwardEntries,
  requiredEntries,
  stageRates,
  totalSuccessRate,
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

describe('rounding guards', () => {
  it('does not round 7 / 0.07 up to 101', () => {
    expect(requiredEntries(7, [0.07], 'per-stage')[0]).toBe(100);
  });

  it('marks every stage above a zero rate as impossible', () => {
    expect(requiredEntries(10, [0.5, 0], 'per-stage')).toEqual([Infinity, Infinity, 10]);
  });
});
