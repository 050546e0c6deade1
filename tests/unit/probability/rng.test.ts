import { describe, expect, it } from 'vitest';
import { createRng, Rng } from '../../../src/lib/probability';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.nextUint32());

describe('seeded generator (xoshiro128**)', () => {
  it('matches the reference xoshiro128** output for the state (1, 2, 3, 4)', () => {
    // First outputs of the C reference implementation (prng.di.unimi.it) from s = {1, 2, 3, 4}.
    expect(draws(Rng.fromState(1, 2, 3, 4), 3)).toEqual([11520, 0, 5927040]);
  });

  it('repeats the same sequence for the same seed', () => {
    expect(draws(createRng(42), 100)).toEqual(draws(createRng(42), 100));
  });

  it('gives different sequences for different seeds', () => {
    const a = draws(createRng(1), 20);
    const b = draws(createRng(2), 20);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('gives different sequences for different streams of one seed', () => {
    const a = draws(new Rng(7, 0), 20);
    const b = draws(new Rng(7, 1), 20);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = createRng(3);
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });
});
