import { describe, expect, it } from 'vitest';
import { rateBeliefFromCounts, simulate, topNeededFor, type StageRate } from '../../../src/lib/probability';

const STAGES: StageRate[] = [rateBeliefFromCounts(400, 100), rateBeliefFromCounts(100, 50), rateBeliefFromCounts(50, 38)];
const INPUT = { stages: STAGES, avgDeal: 10_000, target: 380_000, trials: 20_000, seed: 17 };

describe('top-of-funnel volume needed for a chance of hitting the target', () => {
  it('reaches the confidence at the answer and misses it one below (same seed and trials)', () => {
    const r = topNeededFor({ ...INPUT, confidence: 0.8 });
    expect(r.top).not.toBeNull();
    const top = r.top as number;
    const at = simulate({ ...INPUT, top }).pHitTarget;
    const below = simulate({ ...INPUT, top: top - 1 }).pHitTarget;
    expect(at).toBeGreaterThanOrEqual(0.8);
    expect(below).toBeLessThan(0.8);
    expect(r.pHit).toBe(at);
    expect(r.pHitBelow).toBe(below);
  });

  it('needs more volume for more confidence', () => {
    const r80 = topNeededFor({ ...INPUT, confidence: 0.8 });
    const r95 = topNeededFor({ ...INPUT, confidence: 0.95 });
    expect(r95.top as number).toBeGreaterThan(r80.top as number);
  });

  it('needs more than the deterministic reverse calculation at 80% (uncertainty costs volume)', () => {
    // Mean rates 25.2%, 50%, 75%: 38 deals need about 38 / (0.252 * 0.5 * 0.75) = 402 at the top.
    expect(topNeededFor({ ...INPUT, confidence: 0.8 }).top as number).toBeGreaterThan(402);
  });

  it('needs nothing for a target of 0', () => {
    expect(topNeededFor({ ...INPUT, target: 0 }).top).toBe(0);
  });

  it('says there is no answer (null) when a stage converts nothing', () => {
    const r = topNeededFor({ ...INPUT, stages: [...STAGES, 0] });
    expect(r.top).toBeNull();
  });

  it('gives the same answer for the same seed', () => {
    expect(topNeededFor(INPUT).top).toBe(topNeededFor(INPUT).top);
  });
});
