import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/lib/what-if';

describe('solve', () => {
  it('finds √2 for x² = 2 in a handful of Brent steps', () => {
    const result = solve((x) => x * x, 2, { lo: 0, hi: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.x).toBeCloseTo(Math.SQRT2, 12);
    expect(result.exact).toBe(true);
    expect(result.iterations).toBeLessThanOrEqual(12);
  });

  it('finds √2 starting from a guess, bracketing around it', () => {
    const result = solve((x) => x * x, 2, { lo: 0, hi: 1e6, x0: 1 });
    expect(result.ok && result.x).toBeCloseTo(Math.SQRT2, 12);
  });

  it('solves a linear function in one or two steps', () => {
    // 3x − 7 = 11 → x = 6
    const result = solve((x) => 3 * x - 7, 11, { lo: -100, hi: 100 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.x).toBeCloseTo(6, 12);
    expect(result.iterations).toBeLessThanOrEqual(2);
  });

  it('solves a decreasing function', () => {
    const result = solve((x) => 100 / x, 8, { lo: 1, hi: 1000, x0: 3 });
    expect(result.ok && result.x).toBeCloseTo(12.5, 10);
  });

  it('gives the smallest x past the jump of a step function, and says it is not exact', () => {
    // floor(10x) never equals 3.5; it first reaches it at x = 0.4.
    const result = solve((x) => Math.floor(10 * x), 3.5, { lo: 0, hi: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exact).toBe(false);
    expect(result.fx).toBe(4);
    expect(result.x).toBeGreaterThanOrEqual(0.4);
    expect(result.x).toBeCloseTo(0.4, 10);
  });

  it('on a step function rounds up to a grain, the least multiple that reaches the target', () => {
    const f = (x: number) => Math.round(x * 0.3);
    // round(0.3x) >= 7 first at x = 21.666… → 22 on the grid of whole numbers.
    const result = solve(f, 6.6, { lo: 0, hi: 1000, grain: 1, least: true });
    expect(result.ok && result.x).toBe(22);
    expect(f(21)).toBeLessThan(6.6);
  });

  it('with `least`, finds the left end of a plateau that sits exactly on the target', () => {
    // floor(10x) = 3 on [0.3, 0.4): any point there is a root; the least is 0.3.
    const result = solve((x) => Math.floor(10 * x), 3, { lo: 0, hi: 1, x0: 0.9, least: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exact).toBe(true);
    expect(result.x).toBeCloseTo(0.3, 8);
    expect(result.x).toBeGreaterThanOrEqual(0.3);
  });

  it('says so when there is no bracket in the range, with the closest point', () => {
    const result = solve((x) => x * x + 1, 0, { lo: -3, hi: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('no-bracket');
    expect(result.best?.x).toBeCloseTo(0, 1);
    expect(result.best?.fx).toBeCloseTo(1, 2);
  });

  it('with `least`, gives no bracket when even hi does not reach the target', () => {
    const result = solve((x) => x, 5, { lo: 0, hi: 1, least: true });
    expect(result).toMatchObject({ ok: false, reason: 'no-bracket', best: { x: 1, fx: 1 } });
  });

  it('finds a crossing between non-finite points by scanning', () => {
    const result = solve((x) => (x < 0.5 ? NaN : x - 0.75), 0, { lo: 0, hi: 1 });
    expect(result.ok && result.x).toBeCloseTo(0.75, 12);
  });

  it('reports a function that is never finite', () => {
    expect(solve(() => NaN, 1, { lo: 0, hi: 1 })).toMatchObject({ ok: false, reason: 'not-finite' });
  });

  it('stops at the iteration limit', () => {
    const result = solve((x) => Math.floor(1e6 * x), 333333.5, { lo: 0, hi: 1, maxIterations: 3 });
    expect(result).toMatchObject({ ok: false, reason: 'max-iterations' });
  });

  it('refuses a range that is not one', () => {
    expect(() => solve((x) => x, 0, { lo: 1, hi: 1 })).toThrow(RangeError);
  });
});
