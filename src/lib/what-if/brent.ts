// Brent's method on a bracket, and the left end of a plateau for step functions.
import type { Evaluator, Known } from './solve-evaluator';

const EPS = Number.EPSILON;

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
export function runBrent(ev: Evaluator, lower: Known, upper: Known, tol: (x: number) => number, vtol: number, maxIterations: number): BrentResult {
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
export function leftEndOfPlateau(ev: Evaluator, below: Known, root: Known, vtol: number, step: number, precision?: number): Known {
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
