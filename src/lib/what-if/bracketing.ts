// Finding an interval where f(x) − target changes sign (or a point that hits it), before Brent's method.
import type { Evaluator, Known } from './solve-evaluator';

const SCAN_POINTS = 64;
const EXPANSIONS = 80;

export interface Bracket {
  a: number;
  ga: number;
  b: number;
  gb: number;
}

export type Bracketing = Bracket | { root: number; groot: number } | 'none' | 'not-finite';

/**
 * With `least` (f non-decreasing): narrow around the guess, else take [lo, hi]. Returns a bracket whose
 * lower end has not reached the target and whose upper end has, or a "root" at lo when f(lo) already
 * reaches it.
 */
export function bracketLeast(ev: Evaluator, lo: number, hi: number, x0: number | undefined, vtol: number): Bracketing {
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
export function bracketAny(ev: Evaluator, lo: number, hi: number, x0: number | undefined, vtol: number): Bracketing {
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

