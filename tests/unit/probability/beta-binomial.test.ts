import { describe, expect, it } from 'vitest';
import { betaBinomialCdf, betaBinomialPmf, logGamma } from '../../../src/lib/probability';

describe('log-gamma (Lanczos)', () => {
  it('gives log((n - 1)!) at whole numbers and log(sqrt(pi)) at 1/2', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(21)).toBeCloseTo(Math.log(2432902008176640000), 11);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
  });
});

describe('exact Beta-Binomial', () => {
  it('is uniform on 0..n under a uniform prior Beta(1, 1)', () => {
    for (const p of betaBinomialPmf(9, 1, 1)) expect(p).toBeCloseTo(0.1, 12);
  });

  it('sums to 1 and its cdf ends at 1', () => {
    const pmf = betaBinomialPmf(40, 11, 41);
    expect(pmf.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(betaBinomialCdf(40, 11, 41)[40]).toBeCloseTo(1, 12);
  });

  it('has mean n alpha / (alpha + beta)', () => {
    const pmf = betaBinomialPmf(40, 11, 41);
    expect(pmf.reduce((s, p, k) => s + k * p, 0)).toBeCloseTo((40 * 11) / 52, 10);
  });

  it('matches a hand-computed value: n = 2, Beta(2, 3) gives P(K = 1) = 2 B(3, 4) / B(2, 3) = 2/5', () => {
    // B(3, 4) = 2! 3! / 6! = 1/60, B(2, 3) = 1! 2! / 4! = 1/12.
    expect(betaBinomialPmf(2, 2, 3)[1]).toBeCloseTo(0.4, 13);
  });
});
