/**
 * Goal seek: the x in [lo, hi] at which f(x) equals a target. Pure; knows nothing of workbooks.
 *
 * First a bracket is found (a pair of points where f − target changes sign): by expanding outward from
 * a starting guess when one is given, then by scanning the range. Then Brent's method closes in on the
 * crossing, taking an inverse-quadratic or secant step when it helps and a bisection step when it
 * does not, so it is fast on smooth functions and never slower than bisection on rough ones.
 *
 * Funnel forecasts with per-stage rounding are step functions: there may be no x at which f equals the
 * target exactly. Then the answer is the first x past the jump (the smallest x in the final bracket on
 * the side of its upper end: for an increasing f, the smallest x with f(x) >= target), and `exact` is false.
 */

export interface SolveOptions {
  lo: number;
  hi: number;
  /** A starting guess (e.g. the cell's current value): the bracket is looked for around it first. */
  x0?: number;
  /**
   * How close in x the crossing is pinned down (absolute); by default 1e-12 of |x| (plus 1e-15 of the
   * bracket's width, for answers at or near 0).
   */
  tolerance?: number;
  /** |f(x) − target| at most this counts as hitting the target; by default 1e-12 × max(1, |target|). */
  valueTolerance?: number;
  /** Brent steps at most (bracketing and the final checks are not counted); 200 by default. */
  maxIterations?: number;
  /**
   * Take f as non-decreasing and ask for the smallest x in [lo, hi] at which it reaches the target
   * (f(x) >= target − valueTolerance). Where f equals the target over a whole plateau, as step
   * functions do, the answer is the plateau's left end rather than any point on it.
   */
  least?: boolean;
  /**
   * Only multiples of `grain` are answers (1 for whole leads, 0.0001 for a rate to 0.01%): the answer
   * is the first multiple at or past the crossing. `snap` says when: 'always' (the default);
   * 'inexact', only when no x hits the target exactly; 'prefer', also when the multiple nearest an
   * exact root hits it as well (a whole number of leads on a plateau of per-stage rounding).
   */
  grain?: number;
  snap?: 'always' | 'inexact' | 'prefer';
}

export interface Point {
  x: number;
  fx: number;
}

export type SolveResult =
  | {
      ok: true;
      x: number;
      fx: number;
      /** Whether f(x) equals the target (within the value tolerance), rather than only passing it. */
      exact: boolean;
      /** Brent steps taken. */
      iterations: number;
      /** Calls of f, bracketing included. */
      evaluations: number;
    }
  | {
      ok: false;
      reason: 'no-bracket' | 'not-finite' | 'max-iterations';
      /** The evaluated point closest to the target, when any value was finite. */
      best?: Point;
      iterations: number;
      evaluations: number;
    };

const EPS = Number.EPSILON;
const SCAN_POINTS = 64;
const EXPANSIONS = 80;

class NotFinite extends Error {}

interface Known {
  x: number;
  g: number;
}

/**
 * Counts evaluations, remembers the point closest to the target, and stops at a non-finite value.
 * For `least` it also keeps the largest x seen that has not reached the target, which pins the
 * crossing of a non-decreasing f from below.
 */
class Evaluator {
  evaluations = 0;
  best: Point | undefined;
  unreached: Known | undefined;
  constructor(
    private readonly f: (x: number) => number,
    private readonly target: number,
    private readonly vtol: number,
  ) {}

  /** f(x) − target; throws NotFinite for NaN or an infinity. */
  g(x: number): number {
    this.evaluations++;
    const fx = this.f(x);
    if (!Number.isFinite(fx)) throw new NotFinite();
    const g = fx - this.target;
    if (!this.best || Math.abs(g) < Math.abs(this.best.fx - this.target)) this.best = { x, fx };
    if (g < -this.vtol && (!this.unreached || x > this.unreached.x)) this.unreached = { x, g };
    return g;
  }

  /** f(x) − target, or NaN when f(x) is not finite (for scans, which skip such points). */
  tryG(x: number): number {
    try {
      return this.g(x);
    } catch (error) {
      if (error instanceof NotFinite) return NaN;
      throw error;
    }
  }
}

interface Bracket {
  a: number;
  ga: number;
  b: number;
  gb: number;
}

type Bracketing = Bracket | { root: number; groot: number } | 'none' | 'not-finite';

export function solve(f: (x: number) => number, target: number, options: SolveOptions): SolveResult {
  const { lo, hi } = options;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError(`solve: need finite lo < hi, got [${lo}, ${hi}]`);
  if (!Number.isFinite(target)) throw new RangeError('solve: the target must be finite');
  const vtol = options.valueTolerance ?? 1e-12 * Math.max(1, Math.abs(target));
  const maxIterations = options.maxIterations ?? 200;
  const least = options.least ?? false;
  const x0 = options.x0 !== undefined && Number.isFinite(options.x0) ? Math.min(hi, Math.max(lo, options.x0)) : undefined;
  const ev = new Evaluator(f, target, vtol);
  let iterations = 0;
  const fail = (reason: 'no-bracket' | 'not-finite' | 'max-iterations'): SolveResult => ({
    ok: false,
    reason,
    ...(ev.best ? { best: ev.best } : {}),
    iterations,
    evaluations: ev.evaluations,
  });
  const done = (point: Known): SolveResult => ({
    ok: true,
    x: point.x,
    fx: point.g + target,
    exact: Math.abs(point.g) <= vtol,
    iterations,
    evaluations: ev.evaluations,
  });
  const grain = options.grain !== undefined && options.grain > 0 ? options.grain : undefined;
  const snapMode = options.snap ?? 'always';
  const snapping = (point: Known) => grain !== undefined && (snapMode === 'always' || Math.abs(point.g) > vtol);
  /** With 'prefer', an exact root moves to the nearest multiple of the grain when that is exact too. */
  const preferGrid = (point: Known): Known => {
    if (grain === undefined || snapMode !== 'prefer' || Math.abs(point.g) > vtol) return point;
    const x = onGrid(Math.round(point.x / grain), grain);
    if (x === point.x || x < lo || x > hi) return point;
    const g = ev.g(x);
    return Math.abs(g) <= vtol ? { x, g } : point;
  };

  try {
    const found = least ? bracketLeast(ev, lo, hi, x0, vtol) : bracketAny(ev, lo, hi, x0, vtol);
    if (found === 'not-finite') return fail('not-finite');
    if (found === 'none') return fail('no-bracket');
    if ('root' in found) {
      // The target was hit on a bracketing probe (or, with `least`, already reached at lo).
      const root = { x: found.root, g: found.groot };
      if (!snapping(root)) return done(preferGrid(root));
      return done(snapToGrain(ev, root, least ? ev.unreached : undefined, least ? 1 : 0, grain!, lo, hi, vtol) ?? root);
    }
    const width = Math.abs(found.b - found.a);
    // On a grid, the crossing need only be pinned down to a fraction of the grain.
    const gridTol = grain !== undefined && snapMode === 'always' ? grain / 4 : undefined;
    const tol = (x: number) => options.tolerance ?? gridTol ?? 1e-12 * Math.abs(x) + 1e-15 * width;
    // When the target falls in a jump, the answer is on the side of the bracket's upper end.
    const [lower, upper] = found.a < found.b ? [{ x: found.a, g: found.ga }, { x: found.b, g: found.gb }] : [{ x: found.b, g: found.gb }, { x: found.a, g: found.ga }];
    const side = least ? 1 : Math.sign(upper.g);
    const brent = runBrent(ev, lower, upper, tol, vtol, maxIterations);
    iterations = brent.iterations;
    if (brent.status === 'max-iterations') return fail('max-iterations');
    let answer = brent.answer;
    let below: Known | undefined = brent.other.x < answer.x ? brent.other : undefined;
    if (least) {
      below = ev.unreached;
      // A root: on a plateau of roots (a step function sitting exactly on the target), walk back to
      // the plateau's left end.
      if (Math.abs(answer.g) <= vtol && below) answer = leftEndOfPlateau(ev, below, answer, vtol, Math.max(tol(answer.x), 1e-7 * width), gridTol);
      below = ev.unreached;
    }
    if (!snapping(answer)) return done(preferGrid(answer));
    return done(snapToGrain(ev, answer, below, side, grain!, lo, hi, vtol) ?? answer);
  } catch (error) {
    if (error instanceof NotFinite) return fail('not-finite');
    throw error;
  }
}

const onGrid = (k: number, grain: number) => Number((k * grain).toPrecision(15));

/**
 * The least multiple of `grain` at or past the crossing near `at` that is on the answer's side
 * (`side`: the sign g takes there; 0 when unknown, and then any point counts); null when there is none
 * in [lo, hi]. A point hitting the target counts as on the answer's side. `below`, when known, is a
 * point short of the crossing, which bounds the search downward.
 */
function snapToGrain(
  ev: Evaluator,
  at: Known,
  below: Known | undefined,
  side: number,
  grain: number,
  lo: number,
  hi: number,
  vtol: number,
): Known | null {
  const reached = (g: number) => side === 0 || Math.abs(g) <= vtol || Math.sign(g) === side;
  const kMin = Math.ceil(lo / grain - 1e-9);
  const kMax = Math.floor(hi / grain + 1e-9);
  let k = Math.max(kMin, Math.ceil(at.x / grain - 1e-9));
  if (k > kMax) return null;
  let g = ev.g(onGrid(k, grain));
  // Rounding up should land past the crossing; if the search's tolerance left it short, step on.
  for (let tries = 0; !reached(g) && tries < 3 && k < kMax; tries++) g = ev.g(onGrid(++k, grain));
  if (!reached(g)) return null;
  // The least reached multiple in (lower, k]: usually `below` rounds down to k − 1 and nothing is left.
  // (Rounding `below` down, never up, keeps `lower` short of the crossing.)
  let lower = below && below.x < at.x ? Math.floor(below.x / grain) : kMin - 1;
  lower = Math.min(Math.max(lower, kMin - 1), k - 1);
  let upper = k;
  let gUpper = g;
  if (upper - lower > 1) {
    // Check the one just below first: the common case costs one evaluation.
    const gPrev = ev.g(onGrid(upper - 1, grain));
    if (!reached(gPrev)) lower = upper - 1;
    else {
      upper -= 1;
      gUpper = gPrev;
    }
  }
  while (upper - lower > 1) {
    const mid = Math.floor((lower + upper) / 2);
    const gm = ev.g(onGrid(mid, grain));
    if (reached(gm)) {
      upper = mid;
      gUpper = gm;
    } else lower = mid;
  }
  return { x: onGrid(upper, grain), g: gUpper };
}

/**
 * With `least` (f non-decreasing): narrow around the guess, else take [lo, hi]. Returns a bracket whose
 * lower end has not reached the target and whose upper end has, or a "root" at lo when f(lo) already
 * reaches it.
 */
function bracketLeast(ev: Evaluator, lo: number, hi: number, x0: number | undefined, vtol: number): Bracketing {
  const reached = (g: number) => g >= -vtol;
  if (x0 !== undefined && x0 > lo && x0 < hi) {
    const g0 = ev.g(x0);
    let d = x0 !== 0 ? Math.abs(x0) * 0.1 : (hi - lo) * 1e-6;
    if (reached(g0)) {
      // Walk down until the target is not reached.
      let b = x0;
      let gb = g0;
      for (let i = 0; i < EXPANSIONS; i++, d *= 3) {
        const a = Math.max(lo, b - d);
        const ga = ev.g(a);
        if (!reached(ga)) return { a, ga, b, gb };
        if (a === lo) return { root: lo, groot: ga };
        b = a;
        gb = ga;
      }
    } else {
      // Walk up until it is.
      let a = x0;
      let ga = g0;
      for (let i = 0; i < EXPANSIONS; i++, d *= 3) {
        const b = Math.min(hi, a + d);
        const gb = ev.g(b);
        if (reached(gb)) return { a, ga, b, gb };
        if (b === hi) return 'none';
        a = b;
        ga = gb;
      }
    }
  }
  const glo = ev.g(lo);
  if (reached(glo)) return { root: lo, groot: glo };
  const ghi = ev.g(hi);
  if (!reached(ghi)) return 'none';
  return { a: lo, ga: glo, b: hi, gb: ghi };
}

/**
 * Without `least`: expand outward from the guess (moving the end that is closer to the target, as
 * Numerical Recipes' zbrac does), then scan the whole range for a sign change. Points where f is not
 * finite are skipped; a side where f stops being finite is not expanded further.
 */
function bracketAny(ev: Evaluator, lo: number, hi: number, x0: number | undefined, vtol: number): Bracketing {
  const isRoot = (g: number) => Math.abs(g) <= vtol;
  const changes = (ga: number, gb: number) => (ga < 0 && gb > 0) || (ga > 0 && gb < 0);
  if (x0 !== undefined) {
    const g0 = ev.tryG(x0);
    if (isRoot(g0)) return { root: x0, groot: g0 };
    if (Number.isFinite(g0)) {
      const d = x0 !== 0 ? Math.abs(x0) * 0.1 : (hi - lo) * 1e-6;
      let a = x0;
      let ga = g0;
      let b = x0;
      let gb = g0;
      let lowOpen = a > lo;
      let highOpen = b < hi;
      for (let i = 0; i < EXPANSIONS && (lowOpen || highOpen); i++) {
        const width = Math.max(b - a, d / 2);
        const moveLow = lowOpen && (!highOpen || (i > 0 && Math.abs(ga) < Math.abs(gb)));
        const next = moveLow ? Math.max(lo, a - 2 * width) : Math.min(hi, b + 2 * width);
        const gn = ev.tryG(next);
        if (!Number.isFinite(gn)) {
          if (moveLow) lowOpen = false;
          else highOpen = false;
          continue;
        }
        if (isRoot(gn)) return { root: next, groot: gn };
        if (moveLow) {
          if (changes(gn, ga)) return { a: next, ga: gn, b: a, gb: ga };
          a = next;
          ga = gn;
          lowOpen = a > lo;
        } else {
          if (changes(gb, gn)) return { a: b, ga: gb, b: next, gb: gn };
          b = next;
          gb = gn;
          highOpen = b < hi;
        }
      }
    }
  }
  if (x0 === undefined) {
    // The ends first: for a monotone f that is all it takes.
    const glo = ev.tryG(lo);
    if (isRoot(glo)) return { root: lo, groot: glo };
    const ghi = ev.tryG(hi);
    if (isRoot(ghi)) return { root: hi, groot: ghi };
    if (changes(glo, ghi)) return { a: lo, ga: glo, b: hi, gb: ghi };
  }
  // Scan the range in order, so that the crossing found is the one nearest lo.
  let previous: Known | undefined;
  for (let i = 0; i <= SCAN_POINTS; i++) {
    const x = i === SCAN_POINTS ? hi : lo + ((hi - lo) * i) / SCAN_POINTS;
    const g = ev.tryG(x);
    if (!Number.isFinite(g)) continue;
    if (isRoot(g)) return { root: x, groot: g };
    if (previous && changes(previous.g, g)) return { a: previous.x, ga: previous.g, b: x, gb: g };
    previous = { x, g };
  }
  return ev.best ? 'none' : 'not-finite';
}

interface BrentResult {
  status: 'converged' | 'max-iterations';
  /** A root, or the end of the final bracket on the upper end's side. */
  answer: Known;
  /** The other end of the final bracket. */
  other: Known;
  iterations: number;
}

/**
 * Brent's method (Brent 1973, `zeroin`) on a bracket whose ends have g of opposite signs. Stops at a
 * root (|g| <= vtol) or when the bracket is narrower than the tolerance.
 */
function runBrent(ev: Evaluator, lower: Known, upper: Known, tol: (x: number) => number, vtol: number, maxIterations: number): BrentResult {
  const upperSign = Math.sign(upper.g);
  let a = lower.x;
  let fa = lower.g;
  let b = upper.x;
  let fb = upper.g;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  const result = (iterations: number, status: BrentResult['status']): BrentResult => {
    // b is the best estimate and c the other end. When b misses the target, the answer is the end on
    // the upper end's side, so that an increasing step function gives the smallest x past the jump.
    const bFirst = Math.abs(fb) <= vtol || Math.sign(fb) === upperSign;
    const [answer, other] = bFirst ? [{ x: b, g: fb }, { x: c, g: fc }] : [{ x: c, g: fc }, { x: b, g: fb }];
    return { status, answer, other, iterations };
  };
  for (let iteration = 0; ; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * EPS * Math.abs(b) + 0.5 * tol(b);
    const xm = 0.5 * (c - b);
    if (Math.abs(fb) <= vtol || Math.abs(xm) <= tol1) return result(iteration, 'converged');
    if (iteration >= maxIterations) return result(iteration, 'max-iterations');
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        // Secant step.
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        // Inverse quadratic interpolation.
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        // The interpolation would not shrink the bracket fast enough: bisect.
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = ev.g(b);
  }
}

/**
 * Given a root and a point `below` (left of it) short of the target, returns the left end of the
 * plateau of roots the root may sit on (f non-decreasing): `step` back from the root tells whether
 * there is a plateau; the end is then found to `precision` (by default a thousandth of `step`).
 */
function leftEndOfPlateau(ev: Evaluator, below: Known, root: Known, vtol: number, step: number, precision?: number): Known {
  const probe = root.x - step;
  if (!(below.x < probe)) return root;
  const gp = ev.g(probe);
  if (gp < -vtol) return root;
  // A plateau: bisect for the first point that reaches the target.
  let a = below;
  let b = { x: probe, g: gp };
  const tol = precision ?? Math.max(step * 1e-3, 4 * EPS * Math.abs(b.x));
  while (b.x - a.x > tol) {
    const mid = a.x + (b.x - a.x) / 2;
    if (mid <= a.x || mid >= b.x) break;
    const gm = ev.g(mid);
    if (gm >= -vtol) b = { x: mid, g: gm };
    else a = { x: mid, g: gm };
  }
  return b;
}
