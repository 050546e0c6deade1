import { describe, expect, it } from 'vitest';
import {
  createRng,
  logGamma,
  sampleBeta,
  sampleBinomial,
  sampleGamma,
  sampleNormal,
  type Rng,
} from '../../../src/lib/probability';

function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

/** Pearson chi-square of Binomial(n, p) draws against the exact pmf (cells with expectation < 5 pooled). */
function binomialChiSquare(rng: Rng, n: number, p: number, draws: number): { chi2: number; df: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const k = sampleBinomial(rng, n, p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let chi2 = 0;
  let cells = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let k = 0; k <= n; k++) {
    const logPmf = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
    const expected = draws * Math.exp(logPmf);
    const observed = counts.get(k) ?? 0;
    if (expected < 5) {
      pooledObserved += observed;
      pooledExpected += expected;
      continue;
    }
    chi2 += (observed - expected) ** 2 / expected;
    cells++;
  }
  if (pooledExpected > 0) {
    chi2 += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    cells++;
  }
  return { chi2, df: cells - 1 };
}

/** Upper bound of a chi-square with df degrees of freedom at about the 99.99th percentile (Wilson–Hilferty, z = 3.72). */
const chiSquareLimit = (df: number) => df * (1 - 2 / (9 * df) + 3.72 * Math.sqrt(2 / (9 * df))) ** 3;

describe('normal sampler (ziggurat)', () => {
  it('has mean 0 and variance 1', () => {
    const rng = createRng(11);
    const m = moments(400_000, () => sampleNormal(rng));
    expect(Math.abs(m.mean)).toBeLessThan(0.006);
    expect(Math.abs(m.variance - 1)).toBeLessThan(0.01);
  });

  it('puts 5% of draws beyond ±1.96 and 0.27% beyond ±3 standard deviations', () => {
    const rng = createRng(12);
    const n = 1_000_000;
    let beyond196 = 0;
    let beyond3 = 0;
    for (let i = 0; i < n; i++) {
      const x = Math.abs(sampleNormal(rng));
      if (x > 1.959964) beyond196++;
      if (x > 3) beyond3++;
    }
    expect(beyond196 / n).toBeCloseTo(0.05, 3);
    expect(Math.abs(beyond3 / n - 0.0026998)).toBeLessThan(0.0003);
  });
});

describe('Gamma sampler (Marsaglia–Tsang)', () => {
  it.each([0.3, 1, 4.5, 120])('has mean and variance equal to the shape %s', (shape) => {
    const rng = createRng(21);
    const m = moments(300_000, () => sampleGamma(rng, shape));
    expect(Math.abs(m.mean - shape) / shape).toBeLessThan(0.01);
    expect(Math.abs(m.variance - shape) / shape).toBeLessThan(0.03);
  });
});

describe('Beta sampler', () => {
  it.each([
    [11, 41],
    [2, 200],
    [1, 1],
    [0.5, 0.5],
    [0.2, 3],
    [300, 700],
  ])('Beta(%s, %s) has the right mean and variance', (a, b) => {
    const rng = createRng(31);
    const m = moments(300_000, () => sampleBeta(rng, a, b));
    const mean = a / (a + b);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(m.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / 300_000) + 1e-12);
    expect(Math.abs(m.variance - variance) / variance).toBeLessThan(0.03);
  });

  it('stays inside [0, 1] for tiny parameters', () => {
    const rng = createRng(32);
    for (let i = 0; i < 10_000; i++) {
      const x = sampleBeta(rng, 0.01, 0.02);
      expect(x >= 0 && x <= 1).toBe(true);
    }
  });
});

describe('Binomial sampler', () => {
  it.each([
    [30, 0.2], // inversion
    [1000, 0.003], // inversion, large n
    [500, 0.4], // BTRD, log-factorial table
    [84, 0.62], // BTRD, mirrored p > 1/2
    [100_000, 0.35], // BTRD, Stirling series
    [40, 0.93], // inversion, mirrored
  ])('Binomial(%s, %s) has mean n p and variance n p (1 - p)', (n, p) => {
    const rng = createRng(41);
    const draws = 300_000;
    const m = moments(draws, () => sampleBinomial(rng, n, p));
    const variance = n * p * (1 - p);
    expect(Math.abs(m.mean - n * p)).toBeLessThan(4 * Math.sqrt(variance / draws));
    expect(Math.abs(m.variance - variance) / variance).toBeLessThan(0.03);
  });

  it.each([
    [12, 0.3],
    [60, 0.15],
    [200, 0.5],
    [1500, 0.8],
    [5000, 0.02],
    [3000, 0.45],
  ])('Binomial(%s, %s) passes a chi-square test against the exact pmf', (n, p) => {
    const { chi2, df } = binomialChiSquare(createRng(43), n, p, 200_000);
    expect(chi2).toBeLessThan(chiSquareLimit(df));
  });

  it('returns 0 and n at the degenerate rates 0 and 1, and 0 for n = 0', () => {
    const rng = createRng(44);
    expect(sampleBinomial(rng, 50, 0)).toBe(0);
    expect(sampleBinomial(rng, 50, 1)).toBe(50);
    expect(sampleBinomial(rng, 0, 0.5)).toBe(0);
  });
});
