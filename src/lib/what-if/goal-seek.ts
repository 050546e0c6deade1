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
import { bracketAny, bracketLeast } from './bracketing';
import { leftEndOfPlateau, runBrent } from './brent';
import { Evaluator, NotFinite, type Known } from './solve-evaluator';

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

