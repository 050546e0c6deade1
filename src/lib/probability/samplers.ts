// Samplers for the distributions the Monte Carlo needs. Each takes the generator first; all are
// exact (up to floating point) rather than approximations, so the simulation's only error is
// sampling error.
//
//  - standard normal: the ziggurat (Marsaglia & Tsang 2000), 256 layers.
//  - Gamma(shape): Marsaglia & Tsang (2000) for shape >= 1 (one normal and one uniform per try,
//    about 98% accepted by the squeeze without a log); for shape < 1 the boost
//    Gamma(a) = Gamma(a + 1) * U^(1/a).
//  - Beta(a, b) = X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b); when a or b < 1 the ratio is
//    formed from logarithms so that tiny Gamma draws cannot underflow to 0 / 0.
//  - Binomial(n, p): by symmetry p <= 1/2; when n p < 10, exact inversion (sequential search from
//    0; expected n p + 1 steps); otherwise Hörmann's BTRD, transformed rejection with
//    decomposition (W. Hörmann, "The generation of binomial random variates", J. Statist. Comput.
//    Simul. 46, 1993; the algorithm of Boost.Random's binomial_distribution), an exact rejection
//    method with O(1) expected cost: most draws take one uniform and no logarithm. No normal
//    approximation is used anywhere.
import type { Rng } from './rng';
import { logGamma } from './special';

// Ziggurat tables (Marsaglia & Tsang 2000, 256 layers of equal area V under exp(-x^2/2);
// R is where the base layer's tail starts). x[0] = V / f(R) is the base strip's width, x[1] = R,
// x[i + 1] = f^-1(f(x[i]) + V / x[i]), x[256] = 0. With these constants the top layer's area is V
// to 1e-9 relative.
const ZIG_LAYERS = 256;
const ZIG_R = 3.6541528853610088;
const ZIG_V = 4.92867323399e-3;
export const ZIG_X = new Float64Array(ZIG_LAYERS + 1);
const ZIG_F = new Float64Array(ZIG_LAYERS + 1);
/** ZIG_K[i] = x[i + 1] / x[i]: a draw with |u| below it lies inside layer i's inner rectangle. */
export const ZIG_K = new Float64Array(ZIG_LAYERS);
{
  const f = (x: number) => Math.exp(-0.5 * x * x);
  ZIG_X[0] = ZIG_V / f(ZIG_R);
  ZIG_X[1] = ZIG_R;
  for (let i = 2; i < ZIG_LAYERS; i++) ZIG_X[i] = Math.sqrt(-2 * Math.log(f(ZIG_X[i - 1]) + ZIG_V / ZIG_X[i - 1]));
  ZIG_X[ZIG_LAYERS] = 0;
  for (let i = 0; i <= ZIG_LAYERS; i++) ZIG_F[i] = f(ZIG_X[i]);
  for (let i = 0; i < ZIG_LAYERS; i++) ZIG_K[i] = ZIG_X[i + 1] / ZIG_X[i];
}
const TWO_POW_MINUS_31 = 1 / 2147483648;

/**
 * A standard normal draw N(0, 1): the ziggurat method (exact; about 99% of draws cost two 32-bit
 * outputs, a multiply and a compare). The layer and the position within it come from separate
 * outputs, so they are independent (the flaw Doornik found in the original one-word version).
 */
export function sampleNormal(rng: Rng): number {
  for (;;) {
    const i = rng.nextUint32() & (ZIG_LAYERS - 1);
    const u = ((rng.nextUint32() | 0) + 0.5) * TWO_POW_MINUS_31; // (-1, 1)
    if (Math.abs(u) < ZIG_K[i]) return u * ZIG_X[i];
    // About 1% of draws: kept out of line so the fast path stays small enough to inline.
    const x = normalOutsideRectangle(rng, i, u);
    if (x === x) return x;
  }
}

/** The draw (layer i, position u) fell outside the layer's inner rectangle: NaN means "try again". */
export function normalOutsideRectangle(rng: Rng, i: number, u: number): number {
  if (i === 0) {
    // The tail beyond R (Marsaglia 1964).
    let a: number;
    let b: number;
    do {
      a = -Math.log(rng.uniform()) / ZIG_R;
      b = -Math.log(rng.uniform());
    } while (b + b < a * a);
    return u < 0 ? -(ZIG_R + a) : ZIG_R + a;
  }
  // The wedge between the inner rectangle and the curve.
  const x = u * ZIG_X[i];
  return ZIG_F[i] + rng.uniform() * (ZIG_F[i + 1] - ZIG_F[i]) < Math.exp(-0.5 * x * x) ? x : NaN;
}

/**
 * Marsaglia–Tsang for shape >= 1, with the constants precomputed: d = shape - 1/3, c = 1 / sqrt(9 d).
 * Exported so the simulator can precompute d and c once per stage.
 */
export function sampleGammaDC(rng: Rng, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Gamma(shape, scale 1), shape > 0. */
export function sampleGamma(rng: Rng, shape: number): number {
  if (shape >= 1) {
    const d = shape - 1 / 3;
    return sampleGammaDC(rng, d, 1 / Math.sqrt(9 * d));
  }
  // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
  const d = shape + 1 - 1 / 3;
  return sampleGammaDC(rng, d, 1 / Math.sqrt(9 * d)) * Math.pow(rng.uniform(), 1 / shape);
}

/** log of a Gamma(shape) draw, accurate even when the draw itself would underflow (shape < 1). */
function sampleLogGamma(rng: Rng, shape: number): number {
  if (shape >= 1) return Math.log(sampleGamma(rng, shape));
  const d = shape + 1 - 1 / 3;
  return Math.log(sampleGammaDC(rng, d, 1 / Math.sqrt(9 * d))) + Math.log(rng.uniform()) / shape;
}

/** Beta(a, b), a, b > 0. */
export function sampleBeta(rng: Rng, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const x = sampleGamma(rng, a);
    const y = sampleGamma(rng, b);
    return x / (x + y);
  }
  const lx = sampleLogGamma(rng, a);
  const ly = sampleLogGamma(rng, b);
  // x / (x + y) = 1 / (1 + exp(ly - lx)), without forming x or y.
  return 1 / (1 + Math.exp(ly - lx));
}

/** n p below this: inversion; at or above: BTRD (which needs n p >= 10 with p <= 1/2). */
export const INVERSION_LIMIT = 10;

/** Binomial(n, p): n a non-negative integer, p in [0, 1]. Returns an integer in [0, n]. */
export function sampleBinomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p <= 0.5) {
    return n * p < INVERSION_LIMIT ? binomialInversion(rng, n, p) : binomialBtrd(rng, n, p);
  }
  const q = 1 - p;
  return n - (n * q < INVERSION_LIMIT ? binomialInversion(rng, n, q) : binomialBtrd(rng, n, q));
}

/** Exact inversion by sequential search, p <= 1/2 and n p < 10 (so q^n >= e^-20: no underflow). */
function binomialInversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const q0 = Math.exp(n * Math.log1p(-p));
  const r = p / q;
  const g = r * (n + 1);
  // Guard against floating-point leftovers: beyond this many the search restarts (probability
  // of a legitimate draw there is below 1e-12).
  const np = n * p;
  const bound = Math.min(n, Math.floor(np + 10 * Math.sqrt(np * q + 1)));
  for (;;) {
    let k = 0;
    let f = q0;
    let u = rng.uniform();
    while (u > f) {
      u -= f;
      k++;
      if (k > bound) break;
      f *= g / k - r;
    }
    if (k <= bound) return k;
  }
}

// Stirling series tail: log(k!) - [(k + 1/2) log(k + 1) - (k + 1) + log(sqrt(2 pi))], tabled for k <= 9.
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1 = k + 1;
  const kp1sq = kp1 * kp1;
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / kp1;
}

/** log(k!) for k < LOG_FACTORIAL_SIZE, so that BTRD's final test needs one log for n below it. */
const LOG_FACTORIAL_SIZE = 2048;
const LOG_FACTORIAL = new Float64Array(LOG_FACTORIAL_SIZE);
for (let k = 0; k < LOG_FACTORIAL_SIZE; k++) LOG_FACTORIAL[k] = logGamma(k + 1);

/**
 * Hörmann's BTRD, p <= 1/2 and n p >= 10 (W. Hörmann 1993, algorithm BTRD; the form used by
 * Boost.Random). Transformed rejection: k = floor((2a / (1/2 - |u|) + b) u + c) with the hat
 * constants a, b, c, alpha, v_r below. A first uniform V <= 0.86 v_r lies in the region where the
 * hat is known to be accepted and returns at once (most draws: one uniform, no logarithm); the
 * rest are decided by the exact test in btrdAccept.
 */
function binomialBtrd(rng: Rng, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  for (;;) {
    let v = rng.uniform();
    let u: number;
    if (v <= 0.86 * vr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng.uniform() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = rng.uniform() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (btrdAccept(n, p, k, v, us, a, b, spq)) return k;
  }
}

/**
 * BTRD's exact acceptance test for the point (u, v) that gave k: is v * alpha / (a / us^2 + b)
 * <= f(k) / f(m), f the binomial pmf and m its mode? For n < LOG_FACTORIAL_SIZE by the
 * log-factorial table (two logarithms; cheaper in JavaScript than Hörmann's recursion, which
 * divides up to 15 times). Above, as in the paper: near the mode (|k - m| <= 15) by the pmf's
 * recursion, further out a squeeze on the logarithm, then the exact log ratio from Stirling's
 * series arranged as in Boost/PyTorch (no cancellation between huge log-factorials).
 */
export function btrdAccept(n: number, p: number, k: number, v: number, us: number, a: number, b: number, spq: number): boolean {
  const alpha = (2.83 + 5.1 / b) * spq;
  const r = p / (1 - p);
  const m = Math.floor((n + 1) * p);
  v = (v * alpha) / (a / (us * us) + b);
  if (n < LOG_FACTORIAL_SIZE) {
    return Math.log(v) <= LOG_FACTORIAL[m] + LOG_FACTORIAL[n - m] - LOG_FACTORIAL[k] - LOG_FACTORIAL[n - k] + (k - m) * Math.log(r);
  }
  const km = Math.abs(k - m);
  if (km <= 15) {
    const nr = (n + 1) * r;
    let f = 1;
    if (m < k) {
      for (let i = m + 1; i <= k; i++) f *= nr / i - r;
    } else if (m > k) {
      for (let i = k + 1; i <= m; i++) v *= nr / i - r;
    }
    return v <= f;
  }
  const lv = Math.log(v);
  const npq = spq * spq;
  const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
  const t = (-km * km) / (2 * npq);
  if (lv < t - rho) return true;
  if (lv > t + rho) return false;
  const nm = n - m + 1;
  const nk = n - k + 1;
  const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingTail(m) + stirlingTail(n - m);
  return lv <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingTail(k) - stirlingTail(n - k);
}
