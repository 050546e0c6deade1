import { describe, expect, it } from 'vitest';
import { distributionLayout } from '../../../src/lib/charts';
import { expectNoNaN } from './no-nan';

// Won deals 30..39, one bin per deal: 100 trials.
const histogram = { start: 30, width: 1, counts: [2, 4, 8, 12, 20, 18, 14, 10, 8, 4] };
const size = { width: 500, height: 200 };
const margin = { top: 10, right: 10, bottom: 20, left: 40 };

describe('the distribution of won deals', () => {
  it('spans the plot with one bar per bin, heights in proportion to the share of trials', () => {
    const layout = distributionLayout({ histogram, mode: 'histogram', target: 35 }, { ...size, margin });
    expect(layout.total).toBe(100);
    expect(layout.bars).toHaveLength(10);
    expect(layout.domain).toEqual([30, 40]);
    expect(layout.bars[0].x).toBeCloseTo(layout.plot.left, 9);
    const last = layout.bars[9];
    expect(last.x + last.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
    for (const bar of layout.bars) {
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top - 1e-9);
      expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 9);
    }
    expect(layout.bars[4].height / layout.bars[0].height).toBeCloseTo(10, 9);
    expect(layout.bars[4].share).toBe(0.2);
  });

  it('draws the target line where the deals needed begin, between the bins that miss and those that hit', () => {
    const layout = distributionLayout({ histogram, mode: 'histogram', target: 35, pHit: 0.54 }, { ...size, margin });
    const plotWidth = layout.plot.right - layout.plot.left;
    expect(layout.target!.x).toBeCloseTo(layout.plot.left + plotWidth / 2, 9);
    expect(layout.target!.clamped).toBeNull();
    expect(layout.bars[5].x).toBeCloseTo(layout.target!.x, 9);
    expect(layout.bars.map((b) => b.outcome)).toEqual(['miss', 'miss', 'miss', 'miss', 'miss', 'hit', 'hit', 'hit', 'hit', 'hit']);
    expect(layout.pHit!.value).toBe(0.54);
  });

  it('puts a revenue target at its revenue, with bins of deals times the deal value', () => {
    // 100,000 a deal; a target of 3,450,000 needs 35 deals (34 fall short).
    const layout = distributionLayout({ histogram, mode: 'histogram', unit: 100_000, target: 3_450_000 }, { ...size, margin });
    expect(layout.domain).toEqual([3_000_000, 4_000_000]);
    const plotWidth = layout.plot.right - layout.plot.left;
    expect(layout.target!.x).toBeCloseTo(layout.plot.left + plotWidth * 0.45, 9);
    expect(layout.bars[4].outcome).toBe('miss');
    expect(layout.bars[5].outcome).toBe('hit');
    // Without the simulation's own count, the chance is read off the bins.
    expect(layout.pHit!.value).toBeCloseTo(0.54, 12);
  });

  it('marks wide bins the target splits as partly hitting', () => {
    const wide = { start: 30, width: 4, counts: [10, 60, 30] };
    const layout = distributionLayout({ histogram: wide, mode: 'histogram', target: 36 }, { ...size, margin });
    expect(layout.bars.map((b) => [b.from, b.to, b.outcome])).toEqual([[30, 33, 'miss'], [34, 37, 'part'], [38, 41, 'hit']]);
    expect(layout.pHit!.value).toBeCloseTo(0.3 + 0.6 / 2, 12);
  });

  it('extends the axis to a target just beyond the data, and clamps one far beyond it', () => {
    const near = distributionLayout({ histogram, mode: 'histogram', target: 43 }, { ...size, margin });
    expect(near.domain).toEqual([30, 43]);
    expect(near.target!.x).toBeCloseTo(near.plot.right, 9);
    expect(near.target!.clamped).toBeNull();
    const far = distributionLayout({ histogram, mode: 'histogram', target: 90 }, { ...size, margin });
    expect(far.domain).toEqual([30, 40]);
    expect(far.target).toMatchObject({ x: far.plot.right, clamped: 'right', value: 90 });
    expect(far.pHit!.value).toBe(0);
  });

  it('draws the cumulative curve from 0 to 1 and marks P(hit) as the distance up to 100% at the target', () => {
    const layout = distributionLayout({ histogram, mode: 'cdf', target: 35, pHit: 0.54 }, { ...size, margin });
    expect(layout.bars).toEqual([]);
    expect(layout.cdfPath).toMatch(/^M/);
    expect(layout.cdfPoints).toHaveLength(11);
    expect(layout.cdfPoints[0]).toMatchObject({ x: layout.plot.left, y: layout.plot.bottom, p: 0 });
    expect(layout.cdfPoints[10].p).toBeCloseTo(1, 12);
    expect(layout.cdfPoints[10].y).toBeCloseTo(layout.plot.top, 9);
    // At the target (35 deals) the curve has reached P(won ≤ 34) = 0.46 = 1 − P(hit).
    const atTarget = layout.cdfPoints.find((p) => p.value === 35)!;
    expect(atTarget.p).toBeCloseTo(0.46, 12);
    expect(atTarget.x).toBeCloseTo(layout.target!.x, 9);
    expect(layout.pHit!.bracket).toMatchObject({ x: layout.target!.x, y1: layout.plot.top });
    expect(layout.pHit!.bracket!.y2).toBeCloseTo(atTarget.y, 9);
    for (let i = 1; i < layout.cdfPoints.length; i++) expect(layout.cdfPoints[i].y).toBeLessThanOrEqual(layout.cdfPoints[i - 1].y);
  });

  it('ticks whole deals only', () => {
    const layout = distributionLayout({ histogram: { start: 3, width: 1, counts: [1, 2, 1] }, mode: 'histogram' }, { ...size, margin });
    expect(layout.xTicks.length).toBeGreaterThan(0);
    expect(layout.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(layout.target).toBeNull();
    expect(layout.pHit).toBeNull();
  });

  it('gives an empty layout for no trials or no room, without NaN', () => {
    for (const layout of [
      distributionLayout({ histogram: { start: 0, width: 1, counts: [] }, mode: 'histogram', target: 10 }, size),
      distributionLayout({ histogram: { start: 0, width: 1, counts: [0, 0] }, mode: 'cdf', target: 10 }, size),
      distributionLayout({ histogram, mode: 'histogram', target: 35 }, { width: 0, height: 0 }),
      distributionLayout({ histogram: { start: Number.NaN, width: 1, counts: [3] }, mode: 'histogram' }, size),
    ]) {
      expect(layout.bars).toEqual([]);
      expect(layout.cdfPath).toBe('');
      expect(layout.target).toBeNull();
      expectNoNaN(layout);
    }
  });
});
