import { describe, expect, it } from 'vitest';
import {
  reverseSteps,
  waterfallHeight,
  waterfallLayout,
  type ReverseStageInput,
  type WaterfallLayout,
  type WaterfallStepInput,
} from '../../../src/lib/charts/waterfall-geometry';

// The source's worked example: 38 deals; 408 candidates (25%) -> 102 (50%) -> 51 (75%) -> 38 (100%) -> 38 won.
const stages: ReverseStageInput[] = [
  { id: 'candidates', name: 'Candidates', rate: 0.25, required: 408 },
  { id: 'prospects', name: 'Prospects', rate: 0.5, required: 102 },
  { id: 'engaged', name: 'Engaged', rate: 0.75, required: 51 },
  { id: 'key', name: 'Key accounts', rate: 1, required: 38 },
  { id: 'won', name: 'Won', rate: null, required: 38 },
];
const labels = { target: 'Target', deals: 'Deals needed' };
const steps = reverseSteps({ target: 500_000, avgDeal: 13_158, dealsNeeded: 38, stages, labels });

const layout = (s: WaterfallStepInput[] = steps, extra: Partial<Parameters<typeof waterfallLayout>[0]> = {}) =>
  waterfallLayout({ steps: s, width: 800, height: waterfallHeight(s.length), ...extra });

const count = (id: string, value: number | null): WaterfallStepInput => ({ id, label: id, value, unit: 'count', link: { op: 'divide', by: 0.5, byKind: 'percent' } });

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

const row = (l: WaterfallLayout, id: string) => l.rows.find((r) => r.id === id)!;

describe('reverseSteps', () => {
  it('goes from the target through the deals to the top stage', () => {
    expect(steps.map((s) => s.id)).toEqual(['target', 'deals', 'won', 'key', 'engaged', 'prospects', 'candidates']);
  });

  it('divides the target by the average deal to get the deals', () => {
    expect(steps[1].link).toEqual({ op: 'divide', by: 13_158, byKind: 'money' });
  });

  it('gives the won stage the deals needed as they are', () => {
    expect(steps[2].link).toEqual({ op: 'same' });
  });

  it('reaches each stage above the won one by dividing by that stage\'s ideal rate', () => {
    expect(steps.slice(3).map((s) => s.link)).toEqual([1, 0.75, 0.5, 0.25].map((by) => ({ op: 'divide', by, byKind: 'percent' })));
  });

  it('keeps the target in money and the rest in counts', () => {
    expect(steps.map((s) => s.unit)).toEqual(['money', 'count', 'count', 'count', 'count', 'count', 'count']);
  });

  it('turns non-finite numbers into no data', () => {
    const s = reverseSteps({ target: Number.NaN, avgDeal: null, dealsNeeded: Number.POSITIVE_INFINITY, stages: [], labels });
    expect(s.map((x) => x.value)).toEqual([null, null]);
  });
});

describe('waterfallLayout', () => {
  it('gives twice the length to twice the count on a linear scale', () => {
    const l = layout(steps, { scale: 'linear' });
    expect(row(l, 'prospects').bar!.width).toBeCloseTo(2 * row(l, 'engaged').bar!.width, 9);
  });

  it('gives the top of the funnel the full length on a linear scale', () => {
    const l = layout(steps, { scale: 'linear' });
    expect(row(l, 'candidates').bar!.width).toBeCloseTo(l.plot.width, 9);
  });

  it('draws the target at full length, off the count scale', () => {
    const l = layout();
    expect(row(l, 'target').bar!.width).toBeCloseTo(l.plot.width, 9);
    expect(row(l, 'target').increment).toBeNull();
  });

  it('puts the target at the bottom and the top stage at the top', () => {
    const l = layout();
    const ys = l.rows.map((r) => r.band.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1]);
  });

  it('keeps every bar inside the drawing area', () => {
    const l = layout();
    for (const r of l.rows) {
      expect(r.bar!.x).toBeGreaterThanOrEqual(l.plot.x);
      expect(r.bar!.x + r.bar!.width).toBeLessThanOrEqual(l.plot.x + l.plot.width + 1e-9);
      expect(r.bar!.y).toBeGreaterThanOrEqual(l.plot.y);
      expect(r.bar!.y + r.bar!.height).toBeLessThanOrEqual(l.plot.y + l.plot.height + 1e-9);
    }
  });

  it('starts each increment where the step below ends', () => {
    const l = layout();
    const engaged = row(l, 'engaged');
    const key = row(l, 'key');
    expect(engaged.increment!.x).toBeCloseTo(key.bar!.x + key.bar!.width, 9);
    expect(engaged.increment!.x + engaged.increment!.width).toBeCloseTo(engaged.bar!.x + engaged.bar!.width, 9);
  });

  it('has an empty increment where a rate of 100% carries the count unchanged', () => {
    expect(row(layout(), 'won').increment!.width).toBeCloseTo(0, 9);
  });

  it('does not chain the deals onto the target', () => {
    const deals = row(layout(), 'deals');
    expect(deals.increment).toBeNull();
    expect(deals.connector).toBeNull();
  });

  it('connects a bar to the end of the bar below', () => {
    const l = layout();
    const prospects = row(l, 'prospects');
    const engaged = row(l, 'engaged');
    expect(prospects.connector!.x).toBeCloseTo(engaged.bar!.x + engaged.bar!.width, 9);
    expect(prospects.connector!.y1).toBe(engaged.band.y);
    expect(prospects.connector!.y2).toBe(prospects.band.y + prospects.band.height);
  });

  it('places each multiplier between its row and the row below', () => {
    const l = layout();
    const prospects = row(l, 'prospects');
    const engaged = row(l, 'engaged');
    expect(prospects.multiplier!.y).toBeGreaterThan(prospects.band.y + prospects.band.height);
    expect(prospects.multiplier!.y).toBeLessThan(engaged.band.y);
    expect(prospects.multiplier!.link).toEqual({ op: 'divide', by: 0.5, byKind: 'percent' });
  });

  it('has no multiplier on the target', () => {
    expect(layout().rows[0].multiplier).toBeNull();
  });

  it('puts multipliers right of the bars and their values', () => {
    const l = layout();
    for (const r of l.rows) if (r.multiplier) expect(r.multiplier.x).toBeGreaterThan(r.valueLabel.x);
  });

  it('chooses a log scale when counts differ by more than a thousand times', () => {
    const search = reverseSteps({
      target: 500_000,
      avgDeal: 5_000,
      dealsNeeded: 100,
      labels,
      stages: [
        { id: 'impressions', name: 'Impressions', rate: 0.02, required: 500_000 },
        { id: 'clicks', name: 'Clicks', rate: 0.5, required: 10_000 },
        { id: 'orders', name: 'Orders', rate: null, required: 100 },
      ],
    });
    expect(layout(search).scale).toBe('log');
  });

  it('leaves the money target out of the choice of scale', () => {
    expect(layout().scale).toBe('linear');
  });

  it('gives an empty layout without NaN for no steps', () => {
    const l = layout([]);
    expect(l.rows).toEqual([]);
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('has no NaN when nothing is filled in yet', () => {
    const l = layout(reverseSteps({ target: null, avgDeal: null, dealsNeeded: null, stages: [{ id: 'a', name: 'A', rate: null, required: null }], labels }));
    expect(l.rows.every((r) => r.bar === null && r.increment === null)).toBe(true);
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('has no NaN at zero width and height', () => {
    const l = waterfallLayout({ steps, width: 0, height: 0 });
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('does not chain across a step without a number', () => {
    const l = layout([count('a', 10), count('b', null), count('c', 40)]);
    expect(row(l, 'c').increment).toBeNull();
    expect(row(l, 'c').connector).toBeNull();
  });

  it('draws an increment that goes down when a count is smaller than the one below', () => {
    const l = layout([count('a', 40), count('b', 10)], { scale: 'linear' });
    const b = row(l, 'b');
    expect(b.increment!.x).toBeCloseTo(b.bar!.x + b.bar!.width, 9);
    expect(b.increment!.width).toBeGreaterThan(0);
  });

  it('grows taller with more steps', () => {
    expect(waterfallHeight(9)).toBeGreaterThan(waterfallHeight(7));
  });
});
