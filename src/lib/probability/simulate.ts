// The Monte Carlo of a funnel under uncertain rates, and the reverse search for the volume needed.
//
// One trial: reseed the generator at (seed, trial index); draw every stage's rate from its belief
// (all rates first, then the volumes, so a trial's rates never depend on the volume at the top);
// then pass the volume down, volume <- Binomial(volume, rate) at each stage. For a one-stage funnel
// the number won is therefore exactly Beta-Binomial(top, alpha, beta).
//
// Because a trial's random numbers depend only on (seed, trial index), runs are reproducible, a
// run of N trials is the first N trials of a longer run, and evaluations at different volumes
// share their rate draws (common random numbers), which keeps P(hit) close to monotone in the
// volume while topNeededFor searches it.
import { dealsNeeded as dealsForTarget } from '../domain/reverse';
import type { StageRate } from './beliefs';
import { ProbabilityInputError } from './errors';
import { compile, drawRates, runTrials, type Plan } from './kernel';
import { Rng } from './rng';

export interface SimulateInput {
  /** Volume entering the top stage: a non-negative whole number. */
  top: number;
  /** One belief per conversion, top to bottom (a number is a rate known for certain). */
  stages: readonly StageRate[];
  /** Average deal value (> 0): revenue = won deals * avgDeal. */
  avgDeal: number;
  /** Revenue target; hit when won * avgDeal >= target, i.e. won >= ceil(target / avgDeal). */
  target: number;
  /** Number of trials, 1 to 5,000,000. */
  trials: number;
  /** Any number; truncated and taken modulo 2^32. */
  seed: number;
  /** Histogram bins wanted (default 40; fewer when the won range is narrower). */
  bins?: number;
}

/** Equal-width bins of won deals: bin i counts trials with won in [start + i*width, start + (i+1)*width - 1]. */
export interface WonHistogram {
  start: number;
  width: number;
  counts: number[];
}

export interface SimulateResult {
  /** Lower quantiles of won deals (inverse of the empirical CDF: at least 10% of trials won <= wonP10). */
  wonP10: number;
  wonP50: number;
  wonP90: number;
  wonMean: number;
  /** The same quantiles times avgDeal. */
  revenueP10: number;
  revenueP50: number;
  revenueP90: number;
  revenueMean: number;
  /** Fraction of trials with won >= dealsNeeded. */
  pHitTarget: number;
  /** ceil(target / avgDeal): the won deals that hit the target. */
  dealsNeeded: number;
  histogram: WonHistogram;
  trials: number;
  seed: number;
  /** Wall time of the run, milliseconds. */
  ms: number;
}

export interface TopNeededInput {
  stages: readonly StageRate[];
  avgDeal: number;
  target: number;
  /** Wanted P(hit target), in (0, 1]; default 0.8. */
  confidence?: number;
  trials: number;
  seed: number;
  /** Give up above this volume (default 1e9). */
  maxTop?: number;
}

export interface TopNeededResult {
  /** The smallest top volume with P(hit) >= confidence, or null when even maxTop does not reach it. */
  top: number | null;
  /** P(hit) at `top` (at maxTop when top is null); exactly simulate({ top, ... same seed/trials }).pHitTarget. */
  pHit: number;
  /** P(hit) at top - 1 (< confidence), or null when top is null or 0. */
  pHitBelow: number | null;
  confidence: number;
  dealsNeeded: number;
  /** How many volumes were simulated during the search. */
  evaluations: number;
  trials: number;
  seed: number;
  ms: number;
}

const MAX_TRIALS = 5_000_000;
const DEFAULT_BINS = 40;
const DEFAULT_MAX_TOP = 1e9;
/** Counting sort over the won range when it is at most this wide; a typed-array sort otherwise. */
const MAX_COUNTING_RANGE = 1 << 20;

/** Trials (of `trials`) with won >= need, at volume `top`. */
function countHits(
  rng: Rng,
  plan: Plan,
  top: number,
  need: number,
  trials: number,
  seed: number,
  won: Float64Array,
  rates: Float64Array,
): number {
  runTrials(rng, plan, top, trials, seed, won, rates);
  let hits = 0;
  for (let t = 0; t < trials; t++) if (won[t] >= need) hits++;
  return hits;
}

// ── summaries of the won counts ────────────────────────────────────────────

/** The empirical distribution of integer won counts, counting-sorted when the range allows. */
class WonDistribution {
  readonly min: number;
  readonly max: number;
  readonly total: number;
  readonly mean: number;
  private readonly counts: Uint32Array | null;
  private readonly sorted: Float64Array | null;

  constructor(won: Float64Array, trials: number) {
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let t = 0; t < trials; t++) {
      const w = won[t];
      if (w < min) min = w;
      if (w > max) max = w;
      sum += w;
    }
    this.min = min;
    this.max = max;
    this.total = trials;
    this.mean = sum / trials;
    if (max - min < MAX_COUNTING_RANGE) {
      const counts = new Uint32Array(max - min + 1);
      for (let t = 0; t < trials; t++) counts[won[t] - min]++;
      this.counts = counts;
      this.sorted = null;
    } else {
      this.counts = null;
      this.sorted = won.slice(0, trials).sort();
    }
  }

  /** Smallest w with #(won <= w) >= q * trials (and at least one trial). */
  quantile(q: number): number {
    const need = Math.max(1, Math.ceil(q * this.total - 1e-9));
    if (this.sorted) return this.sorted[need - 1];
    const counts = this.counts as Uint32Array;
    let cum = 0;
    for (let i = 0; i < counts.length; i++) {
      cum += counts[i];
      if (cum >= need) return this.min + i;
    }
    return this.max;
  }

  histogram(bins: number): WonHistogram {
    const range = this.max - this.min + 1;
    const width = Math.max(1, Math.ceil(range / bins));
    const nBins = Math.ceil(range / width);
    const out = new Array<number>(nBins).fill(0);
    if (this.counts) {
      const counts = this.counts;
      for (let i = 0; i < counts.length; i++) out[Math.floor(i / width)] += counts[i];
    } else {
      const sorted = this.sorted as Float64Array;
      for (let i = 0; i < sorted.length; i++) out[Math.floor((sorted[i] - this.min) / width)]++;
    }
    return { start: this.min, width, counts: out };
  }
}

// ── validation ─────────────────────────────────────────────────────────────

function bad(message: string): never {
  throw new ProbabilityInputError('bad-input', message);
}

function checkCommon(input: { avgDeal: number; target: number; trials: number; seed: number }): void {
  if (!(input.avgDeal > 0 && Number.isFinite(input.avgDeal))) bad(`avgDeal must be a positive number (got ${input.avgDeal})`);
  if (!Number.isFinite(input.target)) bad(`target must be a number (got ${input.target})`);
  if (!Number.isInteger(input.trials) || input.trials < 1 || input.trials > MAX_TRIALS) {
    bad(`trials must be a whole number from 1 to ${MAX_TRIALS} (got ${input.trials})`);
  }
  if (!Number.isFinite(input.seed)) bad(`seed must be a number (got ${input.seed})`);
}

function neededDeals(target: number, avgDeal: number): number {
  return Math.max(0, dealsForTarget(target, avgDeal));
}

const now = () => performance.now();

// ── public API ─────────────────────────────────────────────────────────────

/** The distribution of won deals and revenue for a funnel of uncertain rates. */
export function simulate(input: SimulateInput): SimulateResult {
  const started = now();
  checkCommon(input);
  const { top, trials, seed, avgDeal } = input;
  if (!Number.isSafeInteger(top) || top < 0) bad(`top must be a non-negative whole number (got ${top})`);
  const bins = input.bins ?? DEFAULT_BINS;
  if (!Number.isInteger(bins) || bins < 1) bad(`bins must be a positive whole number (got ${bins})`);
  const plan = compile(input.stages);
  const need = neededDeals(input.target, avgDeal);

  const won = new Float64Array(trials);
  const rates = new Float64Array(plan.n);
  runTrials(new Rng(seed), plan, top, trials, seed, won, rates);

  let hits = 0;
  for (let t = 0; t < trials; t++) if (won[t] >= need) hits++;
  const dist = new WonDistribution(won, trials);
  const wonP10 = dist.quantile(0.1);
  const wonP50 = dist.quantile(0.5);
  const wonP90 = dist.quantile(0.9);
  return {
    wonP10,
    wonP50,
    wonP90,
    wonMean: dist.mean,
    revenueP10: wonP10 * avgDeal,
    revenueP50: wonP50 * avgDeal,
    revenueP90: wonP90 * avgDeal,
    revenueMean: dist.mean * avgDeal,
    pHitTarget: hits / trials,
    dealsNeeded: need,
    histogram: dist.histogram(bins),
    trials,
    seed,
    ms: now() - started,
  };
}

/**
 * The smallest top-of-funnel volume whose P(hit target) >= confidence, every evaluation using the
 * same seed and trials (so the answer's pHit is what simulate() reports for it).
 *
 * Search: a first guess from the rates alone (the confidence-quantile over trials of
 * dealsNeeded / product of the trial's rates, which ignores binomial noise), then a bracket grown
 * geometrically from the guess (5%, 10%, 20%, ... of it) until P(hit) at the low end is below the
 * confidence and at the high end is not, then bisection on the integer volume. The bracket is
 * kept as an invariant (P(lo) < confidence <= P(hi)), so whatever the noise, the answer `top`
 * reaches the confidence and `top - 1` does not. With common random numbers P(hit) is very nearly
 * monotone in the volume, so this is also (to within sampling noise) the smallest such volume.
 * Costs about 10 to 20 simulations: pass fewer trials (say 20,000) for an interactive answer.
 */
export function topNeededFor(input: TopNeededInput): TopNeededResult {
  const started = now();
  checkCommon(input);
  const { trials, seed } = input;
  const confidence = input.confidence ?? 0.8;
  if (!(confidence > 0 && confidence <= 1)) bad(`confidence must be above 0 and at most 1 (got ${confidence})`);
  const maxTop = input.maxTop ?? DEFAULT_MAX_TOP;
  if (!Number.isSafeInteger(maxTop) || maxTop < 0) bad(`maxTop must be a non-negative whole number (got ${maxTop})`);
  const plan = compile(input.stages);
  const need = neededDeals(input.target, input.avgDeal);

  const rng = new Rng(seed);
  const won = new Float64Array(trials);
  const rates = new Float64Array(plan.n);
  const required = Math.ceil(confidence * trials - 1e-9); // hits needed
  let evaluations = 0;
  const pAt = new Map<number, number>();
  const hitsAt = (top: number): number => {
    evaluations++;
    const h = countHits(rng, plan, top, need, trials, seed, won, rates);
    pAt.set(top, h / trials);
    return h;
  };
  const finish = (top: number | null, pHit: number, pHitBelow: number | null): TopNeededResult => ({
    top,
    pHit,
    pHitBelow,
    confidence,
    dealsNeeded: need,
    evaluations,
    trials,
    seed,
    ms: now() - started,
  });

  if (need === 0) return finish(0, 1, null);
  if (maxTop < need) return finish(null, 0, null);

  // First guess from the rates alone.
  const needs = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    rng.reseed(seed, t);
    drawRates(rng, plan, rates);
    let product = 1;
    for (let i = 0; i < plan.n; i++) product *= rates[i];
    needs[t] = product > 0 ? need / product : Infinity;
  }
  needs.sort();
  const guessRaw = needs[required - 1];
  let guess = Number.isFinite(guessRaw) ? Math.ceil(guessRaw) : maxTop;
  guess = Math.min(maxTop, Math.max(need, guess));

  // Bracket: P(lo) < confidence <= P(hi). won <= top, so P(need - 1) = 0.
  let lo = need - 1;
  let hi: number;
  if (hitsAt(guess) >= required) {
    hi = guess;
    let step = Math.max(1, Math.ceil(guess * 0.05));
    for (;;) {
      const c = hi - step;
      if (c <= lo) break;
      if (hitsAt(c) >= required) {
        hi = c;
        step *= 2;
      } else {
        lo = c;
        break;
      }
    }
  } else {
    lo = guess;
    let step = Math.max(1, Math.ceil(guess * 0.05));
    for (;;) {
      if (lo >= maxTop) return finish(null, pAt.get(lo) ?? 0, null);
      const c = Math.min(maxTop, lo + step);
      if (hitsAt(c) >= required) {
        hi = c;
        break;
      }
      lo = c;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (hitsAt(mid) >= required) hi = mid;
    else lo = mid;
  }
  return finish(hi, pAt.get(hi) as number, hi === 0 ? null : (pAt.get(lo) ?? 0));
}
