import { describe, expect, it } from 'vitest';
import {
  beliefMean,
  betaBinomialPmf,
  ProbabilityInputError,
  Rng,
  rateBeliefFromCounts,
  rateBeliefFromRange,
  simulate,
  type RateBelief,
  type StageRate,
} from '../../../src/lib/probability';
import { compile, runTrials, runTrialsReference } from '../../../src/lib/probability/kernel';

/** Exact P(won >= k) for a one-stage funnel: the Beta-Binomial upper tail. */
function exactAtLeast(top: number, belief: RateBelief, k: number): number {
  return betaBinomialPmf(top, belief.alpha, belief.beta)
    .slice(k)
    .reduce((s, p) => s + p, 0);
}

/** P(won >= k) from the Monte Carlo: target k with a deal value of 1. */
function simulatedAtLeast(top: number, belief: RateBelief, k: number, seed: number): number {
  return simulate({ top, stages: [belief], avgDeal: 1, target: k, trials: 400_000, seed }).pHitTarget;
}

const HALF_POINT = 0.005;

describe('one-stage Monte Carlo against the exact Beta-Binomial (within half a percentage point)', () => {
  // Each case: a belief, a top-of-funnel volume and thresholds k for P(won >= k).
  const cases: Array<{ name: string; belief: RateBelief; top: number; ks: number[] }> = [
    { name: '50 entries, 10 exits -> Beta(11, 41); top 40', belief: rateBeliefFromCounts(50, 10), top: 40, ks: [5, 8, 12] },
    { name: '200 entries, 120 exits -> Beta(121, 81); top 100', belief: rateBeliefFromCounts(200, 120), top: 100, ks: [55, 60, 66] },
    { name: 'typed range 10%-30%; top 500', belief: rateBeliefFromRange(0.1, 0.3), top: 500, ks: [70, 100, 130] },
    { name: 'no data, Jeffreys prior Beta(0.5, 0.5); top 20', belief: { alpha: 0.5, beta: 0.5 }, top: 20, ks: [2, 10, 19] },
    { name: '3 of 100 leads became deals -> Beta(4, 98); top 1,000', belief: rateBeliefFromCounts(100, 3), top: 1000, ks: [20, 40, 70] },
    { name: 'Beta(30, 70); top 5,000 (Stirling-series binomial)', belief: { alpha: 30, beta: 70 }, top: 5000, ks: [1300, 1500, 1700] },
  ];

  it.each(cases)('$name', ({ belief, top, ks }) => {
    for (const [i, k] of ks.entries()) {
      const exact = exactAtLeast(top, belief, k);
      const simulated = simulatedAtLeast(top, belief, k, 100 + i);
      expect(Math.abs(simulated - exact), `P(won >= ${k}): simulated ${simulated}, exact ${exact}`).toBeLessThan(HALF_POINT);
    }
  });
});

const FUNNEL: StageRate[] = [
  rateBeliefFromCounts(1000, 400),
  rateBeliefFromCounts(400, 240),
  rateBeliefFromCounts(240, 120),
  rateBeliefFromCounts(120, 84),
  0.9, // a rate known for certain
];
const BASE = { top: 2000, stages: FUNNEL, avgDeal: 10_000, target: 900_000, trials: 50_000, seed: 5 };

describe('simulate', () => {
  it('orders the quantiles P10 <= P50 <= P90', () => {
    const r = simulate(BASE);
    expect(r.wonP10).toBeLessThanOrEqual(r.wonP50);
    expect(r.wonP50).toBeLessThanOrEqual(r.wonP90);
    expect(r.wonP10).toBeLessThan(r.wonP90);
  });

  it('gives identical results for the same seed', () => {
    const { ms: _a, ...first } = simulate(BASE);
    const { ms: _b, ...second } = simulate(BASE);
    expect(second).toEqual(first);
  });

  it('gives different draws for different seeds', () => {
    expect(simulate({ ...BASE, seed: 6 }).histogram.counts).not.toEqual(simulate(BASE).histogram.counts);
  });

  it('has a mean of won deals equal to top times the product of the mean rates', () => {
    const r = simulate({ ...BASE, trials: 200_000 });
    const expected = BASE.top * FUNNEL.reduce<number>((p, s) => p * beliefMean(s), 1);
    expect(Math.abs(r.wonMean - expected) / expected).toBeLessThan(0.005);
  });

  it('reports revenue as won deals times the average deal', () => {
    const r = simulate(BASE);
    expect([r.revenueP10, r.revenueP50, r.revenueP90]).toEqual([r.wonP10, r.wonP50, r.wonP90].map((w) => w * 10_000));
    expect(r.revenueMean).toBeCloseTo(r.wonMean * 10_000, 6);
  });

  it('counts a trial as hitting the target when won deals reach ceil(target / avgDeal)', () => {
    const r = simulate({ ...BASE, target: 905_000 });
    expect(r.dealsNeeded).toBe(91);
    expect(r.pHitTarget).toBe(simulate({ ...BASE, target: 910_000 }).pHitTarget);
  });

  it('bins every trial in the histogram, from the smallest won count', () => {
    const r = simulate(BASE);
    expect(r.histogram.counts.reduce((s, c) => s + c, 0)).toBe(BASE.trials);
    expect(r.histogram.start).toBeLessThanOrEqual(r.wonP10);
    expect(r.histogram.counts.length).toBeLessThanOrEqual(40);
  });

  it('with every rate certain, is the plain binomial cascade (mean top times the rates)', () => {
    const r = simulate({ ...BASE, stages: [0.5, 0.2], trials: 100_000 });
    expect(Math.abs(r.wonMean - 200)).toBeLessThan(0.15);
  });

  it('wins nothing from an empty top of the funnel', () => {
    const r = simulate({ ...BASE, top: 0 });
    expect([r.wonP10, r.wonP90, r.pHitTarget]).toEqual([0, 0, 0]);
  });

  it('refuses invalid input with a typed error', () => {
    expect(() => simulate({ ...BASE, top: 10.5 })).toThrow(ProbabilityInputError);
    expect(() => simulate({ ...BASE, trials: 0 })).toThrow(ProbabilityInputError);
    expect(() => simulate({ ...BASE, avgDeal: 0 })).toThrow(ProbabilityInputError);
    expect(() => simulate({ ...BASE, stages: [{ alpha: 0, beta: 1 }] })).toThrow(ProbabilityInputError);
    expect(() => simulate({ ...BASE, stages: [1.5] })).toThrow(ProbabilityInputError);
  });
});

describe('simulation kernel', () => {
  it('gives bit-identical results to the reference composition of the samplers', () => {
    const stages: StageRate[] = [
      ...FUNNEL,
      { alpha: 0.4, beta: 2 }, // boosted Gamma path
      { alpha: 3, beta: 0.7 },
      rateBeliefFromCounts(5000, 4900), // rate near 1: mirrored binomial
      0,
    ];
    for (const [top, stageList] of [
      [2000, stages.slice(0, 8)],
      [3000, stages.slice(0, 3)],
      [100_000, FUNNEL],
      [25, stages],
    ] as const) {
      const plan = compile(stageList);
      const trials = 3000;
      const fast = new Float64Array(trials);
      const reference = new Float64Array(trials);
      runTrials(new Rng(9), plan, top, trials, 9, fast, new Float64Array(plan.n));
      runTrialsReference(new Rng(9), plan, top, trials, 9, reference, new Float64Array(plan.n));
      expect(Array.from(fast)).toEqual(Array.from(reference));
    }
  });
});
