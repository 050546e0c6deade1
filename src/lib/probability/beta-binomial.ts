// The exact Beta-Binomial distribution: won deals of a one-stage funnel of top n whose rate is
// Beta(alpha, beta). The reference the Monte Carlo is tested against.
import { ProbabilityInputError } from './errors';
import { logBeta, logGamma } from './special';

function check(n: number, alpha: number, beta: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new ProbabilityInputError('bad-input', `n must be a non-negative whole number (got ${n})`);
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new ProbabilityInputError('bad-belief', `alpha and beta must be positive (got ${alpha}, ${beta})`);
  }
}

/** P(K = k) for k = 0..n, K ~ BetaBinomial(n, alpha, beta): C(n, k) B(k + alpha, n - k + beta) / B(alpha, beta). */
export function betaBinomialPmf(n: number, alpha: number, beta: number): number[] {
  check(n, alpha, beta);
  const out = new Array<number>(n + 1);
  const logN = logGamma(n + 1);
  const logB = logBeta(alpha, beta);
  for (let k = 0; k <= n; k++) {
    const logChoose = logN - logGamma(k + 1) - logGamma(n - k + 1);
    out[k] = Math.exp(logChoose + logBeta(k + alpha, n - k + beta) - logB);
  }
  return out;
}

/** P(K <= k) for k = 0..n (the last entry is 1 up to rounding). */
export function betaBinomialCdf(n: number, alpha: number, beta: number): number[] {
  const pmf = betaBinomialPmf(n, alpha, beta);
  const out = new Array<number>(n + 1);
  let cum = 0;
  for (let k = 0; k <= n; k++) {
    cum += pmf[k];
    out[k] = Math.min(1, cum);
  }
  return out;
}
