import { describe, expect, it } from 'vitest';
import { defaultStageProbability, pipelineGap, weightedForecast } from '../../../src/lib/domain';

const probabilities = (count: number) => Array.from({ length: count }, (_, i) => defaultStageProbability(i, count));

describe('default stage probabilities', () => {
  it('gives four stages 25%, 50%, 75% and 100%', () => {
    expect(probabilities(4)).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('gives five stages 25%, 50%, 75%, 75% and 100%', () => {
    // Four open stages at 1/4, 2/4, 3/4, 4/4 of the way down.
    expect(probabilities(5)).toEqual([0.25, 0.5, 0.75, 0.75, 1]);
  });

  it('keeps a stage exactly one third of the way down in the upper band', () => {
    // Seven stages: open stages at 1/6 .. 6/6; 2/6 is exactly a third.
    expect(probabilities(7)).toEqual([0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1]);
  });

  it('counts a one-stage funnel as won', () => {
    expect(probabilities(1)).toEqual([1]);
  });
});

describe('weighted forecast', () => {
  it('sums each amount times its probability', () => {
    // 1,000,000 * 25% + 400,000 * 50% = 250,000 + 200,000.
    expect(weightedForecast([{ amount: 1_000_000, probability: 0.25 }, { amount: 400_000, probability: 0.5 }])).toBe(450_000);
  });

  it('adds nothing for an opportunity whose amount is not typed yet', () => {
    expect(weightedForecast([{ amount: null, probability: 0.5 }, { amount: 400_000, probability: 0.5 }])).toBe(200_000);
  });

  it('is zero for an empty pipeline', () => {
    expect(weightedForecast([])).toBe(0);
  });

  it('says how far the weighted pipeline falls short of the target', () => {
    expect(pipelineGap(500_000, 450_000)).toBe(50_000);
  });

  it('has no gap while the target is not typed', () => {
    expect(pipelineGap(null, 450_000)).toBeNull();
  });
});
