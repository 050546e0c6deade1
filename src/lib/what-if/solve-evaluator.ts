import type { Point } from './goal-seek';

export class NotFinite extends Error {}

export interface Known {
  x: number;
  g: number;
}

/**
 * Counts evaluations, remembers the point closest to the target, and stops at a non-finite value.
 * For `least` it also keeps the largest x seen that has not reached the target, which pins the
 * crossing of a non-decreasing f from below.
 */
export class Evaluator {
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

