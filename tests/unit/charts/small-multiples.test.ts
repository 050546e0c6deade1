import { describe, expect, it } from 'vitest';
import { panelCache, smallMultiplesLayout, type TrendSeries } from '../../../src/lib/charts';
import { expectNoNaN } from './no-nan';

const stages: TrendSeries[] = [
  { id: 'leads', label: 'Leads', values: [0.3, 0.25, 0.35], reference: 0.35 },
  { id: 'meetings', label: 'Meetings', values: [0.5, null, 0.55], reference: 0.5 },
  { id: 'offers', label: 'Offers', values: [null, 0.04, 0.05] },
];

describe('small multiples of conversion rates over periods', () => {
  it('lays out one panel per stage, every point inside its panel’s plot', () => {
    const layout = smallMultiplesLayout(stages, { width: 700, maxY: 1 });
    expect(layout.panels.map((p) => p.id)).toEqual(['leads', 'meetings', 'offers']);
    expect(layout.periods).toBe(3);
    for (const panel of layout.panels) {
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(700 + 1e-9);
      expect(panel.y + panel.height).toBeLessThanOrEqual(layout.height + 1e-9);
      expect(panel.plot.left).toBeGreaterThanOrEqual(panel.x);
      expect(panel.plot.right).toBeLessThanOrEqual(panel.x + panel.width);
      for (const point of panel.points) {
        expect(point.x).toBeGreaterThanOrEqual(panel.plot.left);
        expect(point.x).toBeLessThanOrEqual(panel.plot.right);
        expect(point.y).toBeGreaterThanOrEqual(panel.plot.top - 1e-9);
        expect(point.y).toBeLessThanOrEqual(panel.plot.bottom + 1e-9);
      }
    }
  });

  it('places periods left to right and higher rates higher, from a zero baseline', () => {
    const [leads] = smallMultiplesLayout(stages, { width: 700 }).panels;
    expect(leads.periodX[0]).toBeLessThan(leads.periodX[1]);
    expect(leads.periodX[1]).toBeLessThan(leads.periodX[2]);
    expect(leads.points.map((p) => p.x)).toEqual(leads.periodX);
    expect(leads.yDomain[0]).toBe(0);
    expect(leads.yDomain[1]).toBeGreaterThanOrEqual(0.35);
    const [last, now, plan] = leads.points;
    expect(now.y).toBeGreaterThan(last.y);
    expect(plan.y).toBeLessThan(last.y);
    expect(leads.reference!.y).toBeCloseTo(plan.y, 9);
    expect(leads.change).toBeCloseTo(0.05, 12);
  });

  it('skips missing values, leaving a gap in the line', () => {
    const [, meetings, offers] = smallMultiplesLayout(stages, { width: 700 }).panels;
    expect(meetings.points.map((p) => p.period)).toEqual([0, 2]);
    // Two points with a missing one between: no history line across the gap.
    expect(meetings.path).toBe('');
    expect(offers.points.map((p) => p.period)).toEqual([1, 2]);
    expect(offers.path).toMatch(/^M[^M]*$/);
    expect(offers.reference).toBeNull();
  });

  it('scales each panel to its own values unless asked to share one scale', () => {
    const own = smallMultiplesLayout(stages, { width: 700, maxY: 1 }).panels;
    expect(own[2].yDomain[1]).toBeLessThan(0.1);
    expect(own[1].yDomain[1]).toBeGreaterThan(0.5);
    const shared = smallMultiplesLayout(stages, { width: 700, sharedY: true, maxY: 1 }).panels;
    expect(new Set(shared.map((p) => p.yDomain.join()))).toEqual(new Set([shared[0].yDomain.join()]));
    expect(shared[0].yDomain[1]).toBeLessThanOrEqual(1);
  });

  it('draws the plan periods on their own line, joined to the last known history point', () => {
    const [leads, meetings] = smallMultiplesLayout(stages, { width: 700, planFrom: 2 }).panels;
    expect(leads.path).toMatch(/^M[^M]*L[^M]*$/);
    const path = (points: { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${+p.x.toFixed(3)},${+p.y.toFixed(3)}`).join('');
    expect(leads.planPath).toBe(path(leads.points.slice(1)));
    // This period is missing: the plan line starts at last period.
    expect(meetings.planPath).toBe(path(meetings.points));
    expect(meetings.path).toBe('');
  });

  it('takes any number of periods, and wraps panels onto rows as the width shrinks', () => {
    const months = Array.from({ length: 12 }, (_, i) => 0.2 + i / 100);
    const layout = smallMultiplesLayout([{ id: 'a', label: 'A', values: months }, ...stages], { width: 380 });
    expect(layout.periods).toBe(12);
    expect(layout.columns).toBe(2);
    expect(layout.rows).toBe(2);
    expect(layout.panels[0].points).toHaveLength(12);
    expect(layout.panels[1].periodX).toHaveLength(12);
    expect(layout.panels[2].y).toBeGreaterThan(layout.panels[0].y);
  });

  it('gives an empty layout for no series, no periods or no width, without NaN', () => {
    for (const layout of [
      smallMultiplesLayout([], { width: 600 }),
      smallMultiplesLayout([{ id: 'a', label: 'A', values: [] }], { width: 600 }),
      smallMultiplesLayout(stages, { width: 0 }),
    ]) {
      expect(layout.panels).toEqual([]);
      expect(layout.height).toBe(0);
      expectNoNaN(layout);
    }
    const blank = smallMultiplesLayout([{ id: 'a', label: 'A', values: [null, null] }], { width: 600 });
    expect(blank.panels[0].points).toEqual([]);
    expect(blank.panels[0].path).toBe('');
    expectNoNaN(blank);
  });
});

describe('small multiples with a panel cache', () => {
  const series = (north: number): TrendSeries[] => [
    { id: 'north', label: 'North', values: [0.2, north, 0.3], reference: 0.25 },
    { id: 'south', label: 'South', values: [0.1, 0.15, 0.2], reference: 0.25 },
  ];

  it('hands back the same panel object for a series that did not change, a new one for the one that did', () => {
    const cache = panelCache();
    const first = smallMultiplesLayout(series(0.22), { width: 600, periods: 3, cache });
    const second = smallMultiplesLayout(series(0.28), { width: 600, periods: 3, cache });
    expect(second.panels[1]).toBe(first.panels[1]);
    expect(second.panels[0]).not.toBe(first.panels[0]);
    expect(second.panels[0]).toEqual(smallMultiplesLayout(series(0.28), { width: 600, periods: 3 }).panels[0]);
  });

  it('a redrawn panel keeps the dots of the periods whose value did not change', () => {
    const cache = panelCache();
    const first = smallMultiplesLayout(series(0.22), { width: 600, periods: 3, cache });
    const second = smallMultiplesLayout(series(0.28), { width: 600, periods: 3, cache });
    const [before, after] = [first.panels[0], second.panels[0]];
    expect(after.points[0]).toBe(before.points[0]);
    expect(after.points[2]).toBe(before.points[2]);
    expect(after.points[1]).not.toBe(before.points[1]);
    expect(after.points[1].value).toBe(0.28);
    expect(after.periodX).toBe(before.periodX);
  });

  it('redraws every panel when the width changes', () => {
    const cache = panelCache();
    const first = smallMultiplesLayout(series(0.22), { width: 600, periods: 3, cache });
    const wider = smallMultiplesLayout(series(0.22), { width: 800, periods: 3, cache });
    expect(wider.panels[1]).not.toBe(first.panels[1]);
    expect(wider.panels[1].width).toBeGreaterThan(first.panels[1].width);
  });

  it('with a shared y scale, a new highest value redraws every panel', () => {
    const cache = panelCache();
    const first = smallMultiplesLayout(series(0.22), { width: 600, periods: 3, sharedY: true, cache });
    const taller = smallMultiplesLayout(series(0.9), { width: 600, periods: 3, sharedY: true, cache });
    expect(taller.panels[1]).not.toBe(first.panels[1]);
    expect(taller.panels[1].yDomain).not.toEqual(first.panels[1].yDomain);
  });
});
