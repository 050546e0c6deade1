import { describe, expect, it } from 'vitest';
import { tornadoInputs, tornadoLayout, type TornadoInput } from '../../../src/lib/charts';
import type { SensitivityRow } from '../../../src/lib/what-if';
import { expectNoNaN } from './no-nan';

const input = (id: string, ...values: (number | null)[]): TornadoInput => ({ id, label: id.toUpperCase(), values });

describe('the sensitivity tornado', () => {
  it('sorts stages by the size of their largest effect, ties in input order', () => {
    const layout = tornadoLayout([input('a', 1, 2), input('b', 5, 3), input('c', -7, 1), input('d', 2, 1)], { width: 600 });
    expect(layout.rows.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(layout.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(layout.rows.map((r) => r.index)).toEqual([2, 1, 0, 3]);
    // Top to bottom in that order.
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].y).toBeGreaterThan(layout.rows[i - 1].y);
  });

  it('puts the zero line at the left edge of the plot when every effect is a gain', () => {
    const layout = tornadoLayout([input('a', 1, 2), input('b', 4, 3)], { width: 600 });
    expect(layout.zeroX).toBe(layout.plot.left);
    expect(layout.domain).toEqual([0, 4]);
    const [b] = layout.rows;
    expect(b.bars[0].x).toBe(layout.zeroX);
    expect(b.bars[0].x + b.bars[0].width).toBeCloseTo(layout.plot.right, 9);
    expect(b.bars[0].anchor).toBe('start');
  });

  it('places the zero line between losses on the left and gains on the right', () => {
    const layout = tornadoLayout([input('a', -2, 1), input('b', 6, 3)], { width: 600 });
    const x = (v: number) => layout.plot.left + ((v + 2) / 8) * (layout.plot.right - layout.plot.left);
    expect(layout.zeroX).toBeCloseTo(x(0), 9);
    expect(layout.zeroX).toBeGreaterThan(layout.plot.left);
    const loss = layout.rows.find((r) => r.id === 'a')!.bars[0];
    expect(loss.x).toBeCloseTo(layout.plot.left, 9);
    expect(loss.x + loss.width).toBeCloseTo(layout.zeroX, 9);
    expect(loss.anchor).toBe('end');
    expect(loss.labelX).toBeLessThan(loss.x);
  });

  it('keeps every bar and label anchor inside the chart, one bar per shift inside its row', () => {
    const layout = tornadoLayout([input('a', -2, 1), input('b', 6, 3), input('c', 0.5, null)], { width: 420 });
    for (const row of layout.rows) {
      for (const bar of row.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left - 1e-9);
        expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
        expect(bar.y).toBeGreaterThanOrEqual(row.y);
        expect(bar.y + bar.height).toBeLessThanOrEqual(row.y + row.height + 1e-9);
        expect(bar.labelX).toBeGreaterThan(0);
        expect(bar.labelX).toBeLessThan(420);
      }
    }
    expect(layout.rows.find((r) => r.id === 'c')!.bars.map((b) => b.shift)).toEqual([0]);
    expect(layout.height).toBeGreaterThanOrEqual(layout.plot.bottom);
    expect(layout.ticks.every((t) => t.x >= layout.plot.left - 1e-9 && t.x <= layout.plot.right + 1e-9)).toBe(true);
  });

  it('reads won deals or revenue from sensitivity rows', () => {
    const shift = (dWon: number, dRevenue: number | null) => ({ rate: 0.5, capped: false, dWon, dRevenue });
    const rows = [
      { stageId: 's1', name: 'Leads', rate: 0.3, won: 10, revenue: 1e6, plusOnePoint: shift(1, 100_000), plusTenPercent: shift(2, 200_000), rank: 1 },
      { stageId: 's2', name: 'Deals', rate: 0.5, won: 10, revenue: null, plusOnePoint: shift(0.5, null), plusTenPercent: shift(3, null), rank: 2 },
    ] satisfies SensitivityRow[];
    expect(tornadoInputs(rows, 'won')).toEqual([
      { id: 's1', label: 'Leads', values: [1, 2] },
      { id: 's2', label: 'Deals', values: [0.5, 3] },
    ]);
    expect(tornadoInputs(rows, 'revenue').map((r) => r.values)).toEqual([[100_000, 200_000], [null, null]]);
  });

  it('gives an empty layout for no rows, no width or no numbers, without NaN', () => {
    for (const layout of [tornadoLayout([], { width: 600 }), tornadoLayout([input('a', 1)], { width: 0 })]) {
      expect(layout.rows).toEqual([]);
      expect(layout.height).toBe(0);
      expectNoNaN(layout);
    }
    const blank = tornadoLayout([input('a', null, null), input('b', 0, 0)], { width: 600 });
    expect(blank.rows.flatMap((r) => r.bars.map((b) => b.width))).toEqual([0, 0]);
    expect(blank.zeroX).toBe(blank.plot.left);
    expectNoNaN(blank);
  });
});
