// The inner loop of the Monte Carlo, twice:
//
//  - runTrialsReference: the plain composition of the samplers in samplers.ts (reseed, draw the
//    rates, then the binomial cascade). Short and obviously right; used by the tests.
//  - runTrials: the same computation with the generator's state held in local int32 variables and
//    the generator step, the ziggurat's fast path, Marsaglia–Tsang and both binomial methods
//    written out in place (rare paths still call the samplers). In V8 this takes about a fifth less
//    time (no state loads and stores through the Rng, no boxed return values; the rate draws
//    alone about a third less), which is what brings 100,000 trials of an 8-stage funnel to about
//    100 ms.
//
// The two consume the random stream in exactly the same order, so they produce bit-identical
// results; a unit test holds them to that.
import { assertBelief, type StageRate } from './beliefs';
import { ProbabilityInputError } from './errors';
import type { Rng } from './rng';
import {
  INVERSION_LIMIT,
  ZIG_K,
  ZIG_X,
  btrdAccept,
  normalOutsideRectangle,
  sampleBinomial,
  sampleGammaDC,
} from './samplers';

const FIXED = 0;
const BETA_LARGE = 1; // alpha >= 1 and beta >= 1: X / (X + Y) directly
const BETA_SMALL = 2; // alpha < 1 or beta < 1: boosted Gammas, ratio formed in logs

/** The stages, with each Beta's Marsaglia–Tsang constants precomputed. */
export interface Plan {
  n: number;
  kind: Uint8Array;
  fixed: Float64Array;
  dA: Float64Array;
  cA: Float64Array;
  dB: Float64Array;
  cB: Float64Array;
  /** 1/alpha and 1/beta for the boost (0 when not boosted). */
  invA: Float64Array;
  invB: Float64Array;
}

export function compile(stages: readonly StageRate[]): Plan {
  if (!Array.isArray(stages)) throw new ProbabilityInputError('bad-input', 'stages must be an array');
  const n = stages.length;
  const plan: Plan = {
    n,
    kind: new Uint8Array(n),
    fixed: new Float64Array(n),
    dA: new Float64Array(n),
    cA: new Float64Array(n),
    dB: new Float64Array(n),
    cB: new Float64Array(n),
    invA: new Float64Array(n),
    invB: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const s = stages[i];
    assertBelief(s);
    if (typeof s === 'number') {
      plan.kind[i] = FIXED;
      plan.fixed[i] = s;
      continue;
    }
    const small = s.alpha < 1 || s.beta < 1;
    plan.kind[i] = small ? BETA_SMALL : BETA_LARGE;
    const a = s.alpha < 1 ? s.alpha + 1 : s.alpha;
    const b = s.beta < 1 ? s.beta + 1 : s.beta;
    plan.dA[i] = a - 1 / 3;
    plan.cA[i] = 1 / Math.sqrt(9 * plan.dA[i]);
    plan.dB[i] = b - 1 / 3;
    plan.cB[i] = 1 / Math.sqrt(9 * plan.dB[i]);
    plan.invA[i] = s.alpha < 1 ? 1 / s.alpha : 0;
    plan.invB[i] = s.beta < 1 ? 1 / s.beta : 0;
  }
  return plan;
}

/** Beta draw for a stage with alpha < 1 or beta < 1 (boosted Gammas, ratio in logs). */
function drawSmallBeta(rng: Rng, plan: Plan, i: number): number {
  let lx = Math.log(sampleGammaDC(rng, plan.dA[i], plan.cA[i]));
  if (plan.invA[i] > 0) lx += Math.log(rng.uniform()) * plan.invA[i];
  let ly = Math.log(sampleGammaDC(rng, plan.dB[i], plan.cB[i]));
  if (plan.invB[i] > 0) ly += Math.log(rng.uniform()) * plan.invB[i];
  return 1 / (1 + Math.exp(ly - lx));
}

/** Draws every stage's rate for the current trial into `rates`. */
export function drawRates(rng: Rng, plan: Plan, rates: Float64Array): void {
  const { n, kind } = plan;
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === FIXED) {
      rates[i] = plan.fixed[i];
    } else if (k === BETA_LARGE) {
      const x = sampleGammaDC(rng, plan.dA[i], plan.cA[i]);
      const y = sampleGammaDC(rng, plan.dB[i], plan.cB[i]);
      rates[i] = x / (x + y);
    } else {
      rates[i] = drawSmallBeta(rng, plan, i);
    }
  }
}

/** Reference: trials 0..trials-1 at volume `top`, each trial's won deals into `won`. */
export function runTrialsReference(
  rng: Rng,
  plan: Plan,
  top: number,
  trials: number,
  seed: number,
  won: Float64Array,
  rates: Float64Array,
): void {
  const n = plan.n;
  for (let t = 0; t < trials; t++) {
    rng.reseed(seed, t);
    drawRates(rng, plan, rates);
    let v = top;
    for (let i = 0; i < n && v > 0; i++) v = sampleBinomial(rng, v, rates[i]);
    won[t] = v;
  }
}

const TWO_POW_MINUS_31 = 1 / 2147483648;
const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * The fast kernel: same results as runTrialsReference, bit for bit.
 *
 * Every `// step` block below is one xoshiro128** step (see Rng.nextUint32) leaving the 32-bit
 * output in `r`; the state s0..s3 lives in locals and is written back to rng.s (`out`) before a
 * call into the samplers and read back (`in`) after it.
 */
export function runTrials(
  rng: Rng,
  plan: Plan,
  top: number,
  trials: number,
  seed: number,
  won: Float64Array,
  rates: Float64Array,
): void {
  const st = rng.s;
  const { n, kind, fixed, dA, cA, dB, cB } = plan;
  for (let trial = 0; trial < trials; trial++) {
    rng.reseed(seed, trial);
    let s0 = st[0];
    let s1 = st[1];
    let s2 = st[2];
    let s3 = st[3];
    let r = 0;
    let m = 0;
    let t = 0;

    // ── rates ──
    for (let i = 0; i < n; i++) {
      const k = kind[i];
      if (k === FIXED) {
        rates[i] = fixed[i];
        continue;
      }
      if (k === BETA_SMALL) {
        st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3; // out
        rates[i] = drawSmallBeta(rng, plan, i);
        s0 = st[0]; s1 = st[1]; s2 = st[2]; s3 = st[3]; // in
        continue;
      }
      let x = 0;
      let y = 0;
      for (let g = 0; g < 2; g++) {
        const d = g === 0 ? dA[i] : dB[i];
        const c = g === 0 ? cA[i] : cB[i];
        // Marsaglia–Tsang (sampleGammaDC)
        for (;;) {
          let z = 0;
          let v = 0;
          do {
            // ziggurat normal (sampleNormal)
            for (;;) {
              // step
              m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
              t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
              const layer = r & 255;
              // step
              m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
              t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
              const u = (r + 0.5) * TWO_POW_MINUS_31; // r is already a signed int32 here
              if (Math.abs(u) < ZIG_K[layer]) {
                z = u * ZIG_X[layer];
                break;
              }
              st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3; // out
              z = normalOutsideRectangle(rng, layer, u);
              s0 = st[0]; s1 = st[1]; s2 = st[2]; s3 = st[3]; // in
              if (z === z) break;
            }
            v = 1 + c * z;
          } while (v <= 0);
          v = v * v * v;
          // step
          m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          const u = ((r >>> 0) + 0.5) * TWO_POW_MINUS_32;
          const z2 = z * z;
          if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
            if (g === 0) x = d * v;
            else y = d * v;
            break;
          }
        }
      }
      rates[i] = x / (x + y);
    }

    // ── the binomial cascade (sampleBinomial) ──
    let vol = top;
    for (let i = 0; i < n && vol > 0; i++) {
      const rate = rates[i];
      if (rate <= 0) {
        vol = 0;
        break;
      }
      if (rate >= 1) continue;
      const flip = rate > 0.5;
      const p = flip ? 1 - rate : rate;
      let drawn = 0;
      if (vol * p < INVERSION_LIMIT) {
        // inversion (binomialInversion)
        const q = 1 - p;
        const q0 = Math.exp(vol * Math.log1p(-p));
        const ratio = p / q;
        const gg = ratio * (vol + 1);
        const np = vol * p;
        const bound = Math.min(vol, Math.floor(np + 10 * Math.sqrt(np * q + 1)));
        for (;;) {
          let kk = 0;
          let f = q0;
          // step
          m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          let u = ((r >>> 0) + 0.5) * TWO_POW_MINUS_32;
          while (u > f) {
            u -= f;
            kk++;
            if (kk > bound) break;
            f *= gg / kk - ratio;
          }
          if (kk <= bound) {
            drawn = kk;
            break;
          }
        }
      } else {
        // BTRD (binomialBtrd)
        const spq = Math.sqrt(vol * p * (1 - p));
        const b = 1.15 + 2.53 * spq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = vol * p + 0.5;
        const vr = 0.92 - 4.2 / b;
        for (;;) {
          // step
          m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          let v = ((r >>> 0) + 0.5) * TWO_POW_MINUS_32;
          let u = 0;
          if (v <= 0.86 * vr) {
            u = v / vr - 0.43;
            drawn = Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            break;
          }
          // step
          m = Math.imul(s1, 5); r = Math.imul((m << 7) | (m >>> 25), 9);
          t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
          const w = ((r >>> 0) + 0.5) * TWO_POW_MINUS_32;
          if (v >= vr) {
            u = w - 0.5;
          } else {
            u = v / vr - 0.93;
            u = (u < 0 ? -0.5 : 0.5) - u;
            v = w * vr;
          }
          const us = 0.5 - Math.abs(u);
          const kk = Math.floor(((2 * a) / us + b) * u + c);
          if (kk < 0 || kk > vol) continue;
          if (btrdAccept(vol, p, kk, v, us, a, b, spq)) {
            drawn = kk;
            break;
          }
        }
      }
      vol = flip ? vol - drawn : drawn;
    }
    won[trial] = vol;
  }
}
