import { describe, expect, it } from 'vitest';
import { deltaAgainstBase, groupedBarsLayout } from '../../../src/lib/charts';
import { expectNoNaN as noNaN } from './no-nan';

describe('grouped bars for the scenario comparison', () => {
  const groups = [
    { key: 'a.dealsNeeded', values: [38, 30, 45] },
    { key: 'a.forecastRevenue', values: [3_800_000, 4_200_000, 3_000_000] },
    { key: 'a.forecastGap', values: [-200_000, 200_000, null] },
  ];

  it('gives every output its own scale: the largest value of each fills its own plot', () => {
    const layout = groupedBarsLayout(groups, 3, { width: 900 });
    for (const group of layout.groups.slice(0, 2)) {
      const longest = Math.max(...group.bars.map((b) => b.width));
      expect(longest).toBeCloseTo(group.plot.right - group.zeroX, 6);
    }
    // 38 deals and 3.8 million both reach far across their panels, though 100,000 times apart.
    expect(layout.groups[0].bars[0].width / layout.groups[0].bars[2].width).toBeCloseTo(38 / 45, 6);
    expect(layout.groups[1].bars[0].width / layout.groups[1].bars[1].width).toBeCloseTo(3.8 / 4.2, 6);
  });

  it('keeps every bar inside its panel and every panel inside the chart', () => {
    const layout = groupedBarsLayout(groups, 3, { width: 900 });
    expect(layout.groups).toHaveLength(3);
    for (const group of layout.groups) {
      expect(group.x).toBeGreaterThanOrEqual(0);
      expect(group.x + group.width).toBeLessThanOrEqual(900 + 1e-9);
      expect(group.y + group.height).toBeLessThanOrEqual(layout.height + 1e-9);
      for (const bar of group.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(group.plot.left - 1e-9);
        expect(bar.x + bar.width).toBeLessThanOrEqual(group.plot.right + 1e-9);
        expect(bar.y).toBeGreaterThanOrEqual(group.plot.top);
        expect(bar.y + bar.height).toBeLessThanOrEqual(group.plot.bottom);
      }
    }
  });

  it('draws negative values left of a zero line inside the plot, positive ones right of it', () => {
    const gap = groupedBarsLayout(groups, 3, { width: 900 }).groups[2];
    expect(gap.zeroX).toBeGreaterThan(gap.plot.left);
    expect(gap.zeroX).toBeLessThan(gap.plot.right);
    expect(gap.zeroX).toBeCloseTo((gap.plot.left + gap.plot.right) / 2, 6);
    const [base, up] = gap.bars;
    expect(base.x + base.width).toBeCloseTo(gap.zeroX, 9);
    expect(up.x).toBeCloseTo(gap.zeroX, 9);
    // The third scenario has no number: no bar, but its band is still there for its name.
    expect(gap.bars.map((b) => b.series)).toEqual([0, 1]);
    expect(gap.bandY).toHaveLength(3);
  });

  it('puts the zero line at the left edge when nothing is negative', () => {
    const deals = groupedBarsLayout(groups, 3, { width: 900 }).groups[0];
    expect(deals.zeroX).toBe(deals.plot.left);
  });

  it('labels each scenario with its change against the base, and the base with none', () => {
    const [deals, revenue, gap] = groupedBarsLayout(groups, 3, { width: 900 }).groups;
    expect(deals.bars.map((b) => b.delta)).toEqual([null, -8, 7]);
    expect(deals.bars[1].relative).toBeCloseTo(-8 / 38, 12);
    expect(revenue.bars[1].delta).toBe(400_000);
    // A base at or below 0 has no relative change.
    expect(gap.bars[1]).toMatchObject({ delta: 400_000, relative: null });
    expect(deltaAgainstBase(0.1 + 0.2, 0.3)).toEqual({ delta: 0, relative: 0 });
  });

  it('wraps panels onto rows as the width shrinks', () => {
    expect(groupedBarsLayout(groups, 3, { width: 900 }).columns).toBe(3);
    const narrow = groupedBarsLayout(groups, 3, { width: 300 });
    expect(narrow.columns).toBe(1);
    expect(narrow.rows).toBe(3);
    expect(narrow.groups[2].y).toBeGreaterThan(narrow.groups[1].y);
    expect(narrow.height).toBeGreaterThan(groupedBarsLayout(groups, 3, { width: 900 }).height * 2);
  });

  it('gives an empty layout for no outputs, no scenarios or no width, without NaN', () => {
    for (const layout of [groupedBarsLayout([], 3, { width: 600 }), groupedBarsLayout(groups, 0, { width: 600 }), groupedBarsLayout(groups, 3, { width: 0 })]) {
      expect(layout.groups).toEqual([]);
      expect(layout.height).toBe(0);
      noNaN(layout);
    }
    const nothing = groupedBarsLayout([{ key: 'a.x', values: [null, Number.NaN] }], 2, { width: 600 });
    expect(nothing.groups[0].bars).toEqual([]);
    noNaN(nothing);
  });
});
