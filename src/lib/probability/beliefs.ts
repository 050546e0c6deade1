// What we believe about one stage's conversion rate: a Beta distribution.
import { ProbabilityInputError } from './errors';
import { betaCdf, betaQuantile } from './special';

/** A Beta(alpha, beta) belief about a conversion rate; alpha, beta > 0. */
export interface RateBelief {
  alpha: number;
  beta: number;
}

/** One stage of a simulated funnel: a Beta belief, or a plain number for a rate known for certain. */
export type StageRate = RateBelief | number;

/** The uniform prior Beta(1, 1). */
export const UNIFORM_PRIOR: Readonly<RateBelief> = Object.freeze({ alpha: 1, beta: 1 });

/**
 * The posterior belief after seeing `exits` of `entries` move on: Beta(alpha + exits, beta + entries - exits).
 * Counts must be finite, non-negative, with exits <= entries (fractions are allowed, e.g. scaled counts).
 */
export function rateBeliefFromCounts(
  entries: number,
  exits: number,
  prior: RateBelief = UNIFORM_PRIOR,
): RateBelief {
  if (!Number.isFinite(entries) || !Number.isFinite(exits) || entries < 0 || exits < 0) {
    throw new ProbabilityInputError('bad-counts', `counts must be finite and non-negative (entries ${entries}, exits ${exits})`);
  }
  if (exits > entries) {
    throw new ProbabilityInputError('bad-counts', `exits (${exits}) cannot exceed entries (${entries})`);
  }
  assertBelief(prior);
  return { alpha: prior.alpha + exits, beta: prior.beta + entries - exits };
}

/** Z for the 5th/95th percentiles of a normal: 2 * 1.6449 = 3.29 standard deviations between them. */
const Z95 = 1.6448536269514722;

/**
 * A Beta whose 5th and 95th percentiles are `low` and `high` (rates in [0, 1], low < high).
 *
 * Fitting: first by moments, mean = (low + high) / 2 and sd = (high - low) / 3.29 (the normal's
 * 5%–95% width), which always gives a valid Beta for 0 <= low < high <= 1. Then, when
 * 0 < low < high < 1, the two percentiles are matched exactly: damped Newton steps on
 * (log alpha, log beta) for logit(Q05) = logit(low), logit(Q95) = logit(high), with a
 * finite-difference Jacobian. This matters for skewed ranges near 0 or 1 (say 1%–5%), where the
 * moment fit misses the percentiles by a wide margin. The refined fit is kept only if it is closer;
 * very narrow ranges (alpha + beta > 1e5) keep the moment fit, which is then already exact to
 * within rounding because the Beta is nearly normal. A range touching 0 or 1 keeps the moment fit
 * (no Beta has its 5th percentile at exactly 0).
 *
 * Throws ProbabilityInputError: 'range-bounds' (outside [0, 1] or not a number), 'range-order'
 * (low > high), 'degenerate-range' (low === high: pass the rate itself as a fixed stage instead).
 */
export function rateBeliefFromRange(low: number, high: number): RateBelief {
  if (!Number.isFinite(low) || !Number.isFinite(high) || low < 0 || high > 1 || low > 1 || high < 0) {
    throw new ProbabilityInputError('range-bounds', `a rate range must lie within [0, 1] (got ${low} to ${high})`);
  }
  if (low > high) {
    throw new ProbabilityInputError('range-order', `the low end (${low}) is above the high end (${high})`);
  }
  if (low === high) {
    throw new ProbabilityInputError('degenerate-range', `the range ${low} to ${high} is a single rate, not a range`);
  }
  const mean = (low + high) / 2;
  const sd = (high - low) / (2 * Z95);
  const k = (mean * (1 - mean)) / (sd * sd) - 1; // alpha + beta
  const moments: RateBelief = { alpha: mean * k, beta: (1 - mean) * k };
  if (low <= 0 || high >= 1 || k > 1e5) return moments;
  const refined = matchPercentiles(low, high, moments);
  return refined !== null && percentileError(refined, low, high) < percentileError(moments, low, high)
    ? refined
    : moments;
}

const logit = (x: number) => Math.log(x / (1 - x));

function percentileResiduals(logA: number, logB: number, low: number, high: number): [number, number] {
  const a = Math.exp(logA);
  const b = Math.exp(logB);
  return [logit(betaQuantile(0.05, a, b)) - logit(low), logit(betaQuantile(0.95, a, b)) - logit(high)];
}

function percentileError(belief: RateBelief, low: number, high: number): number {
  const [r0, r1] = percentileResiduals(Math.log(belief.alpha), Math.log(belief.beta), low, high);
  return Math.hypot(r0, r1);
}

function matchPercentiles(low: number, high: number, start: RateBelief): RateBelief | null {
  let x = Math.log(start.alpha);
  let y = Math.log(start.beta);
  let [f0, f1] = percentileResiduals(x, y, low, high);
  let norm = Math.hypot(f0, f1);
  const H = 1e-6;
  for (let iter = 0; iter < 60 && norm > 1e-9; iter++) {
    const [ax0, ax1] = percentileResiduals(x + H, y, low, high);
    const [ay0, ay1] = percentileResiduals(x, y + H, low, high);
    const j00 = (ax0 - f0) / H;
    const j10 = (ax1 - f1) / H;
    const j01 = (ay0 - f0) / H;
    const j11 = (ay1 - f1) / H;
    const det = j00 * j11 - j01 * j10;
    if (!Number.isFinite(det) || det === 0) return null;
    const dx = -(j11 * f0 - j01 * f1) / det;
    const dy = -(-j10 * f0 + j00 * f1) / det;
    let step = 1;
    let accepted = false;
    for (let halvings = 0; halvings < 30; halvings++) {
      const nx = x + step * dx;
      const ny = y + step * dy;
      const [g0, g1] = percentileResiduals(nx, ny, low, high);
      const gNorm = Math.hypot(g0, g1);
      if (Number.isFinite(gNorm) && gNorm < norm) {
        x = nx;
        y = ny;
        f0 = g0;
        f1 = g1;
        norm = gNorm;
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted) break;
  }
  const alpha = Math.exp(x);
  const beta = Math.exp(y);
  return Number.isFinite(alpha) && Number.isFinite(beta) && alpha > 0 && beta > 0 ? { alpha, beta } : null;
}

/** Mean of a belief (or the fixed rate itself). */
export function beliefMean(stage: StageRate): number {
  return typeof stage === 'number' ? stage : stage.alpha / (stage.alpha + stage.beta);
}

/** The central interval holding `level` of the belief, e.g. level 0.9 -> [5th, 95th] percentile. */
export function beliefInterval(stage: StageRate, level = 0.9): { low: number; high: number } {
  if (typeof stage === 'number') return { low: stage, high: stage };
  const tail = (1 - level) / 2;
  return {
    low: betaQuantile(tail, stage.alpha, stage.beta),
    high: betaQuantile(1 - tail, stage.alpha, stage.beta),
  };
}

/** P(rate <= x) under a belief. */
export function beliefCdf(stage: StageRate, x: number): number {
  if (typeof stage === 'number') return x >= stage ? 1 : 0;
  return betaCdf(x, stage.alpha, stage.beta);
}

/** Throws 'bad-belief' unless the stage is a valid Beta (alpha, beta > 0, finite) or a rate in [0, 1]. */
export function assertBelief(stage: StageRate): void {
  if (typeof stage === 'number') {
    if (!(stage >= 0 && stage <= 1)) {
      throw new ProbabilityInputError('bad-belief', `a fixed rate must lie within [0, 1] (got ${stage})`);
    }
    return;
  }
  if (
    stage === null ||
    typeof stage !== 'object' ||
    !(stage.alpha > 0 && Number.isFinite(stage.alpha)) ||
    !(stage.beta > 0 && Number.isFinite(stage.beta))
  ) {
    throw new ProbabilityInputError(
      'bad-belief',
      `a rate belief needs alpha > 0 and beta > 0 (got ${JSON.stringify(stage)})`,
    );
  }
}
