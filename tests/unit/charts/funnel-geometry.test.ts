import { describe, expect, it } from 'vitest';
import {
  chooseScale,
  fitText,
  funnelHeight,
  funnelLayout,
  textWidth,
  volumeScale,
  type FunnelLayout,
  type FunnelStageInput,
} from '../../../src/lib/charts/funnel-geometry';

const stage = (id: string, required: number | null, actual: number | null, gap: number | null = null): FunnelStageInput => ({
  id,
  name: `Stage ${id}`,
  required,
  actual,
  gap,
});

// The source's worked example: 408 candidates -> 102 -> 51 -> 38 -> 38 won.
const source = [
  stage('a', 408, 400, -0.05),
  stage('b', 102, 80, -0.1),
  stage('c', 51, 30, -0.2),
  stage('d', 38, 20, 0),
  stage('e', 38, 20),
];

const layout = (stages: FunnelStageInput[], extra: Partial<Parameters<typeof funnelLayout>[0]> = {}) =>
  funnelLayout({ stages, bottleneckStageId: null, width: 800, height: funnelHeight(stages.length), ...extra });

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

const bars = (l: FunnelLayout) => l.stages.flatMap((s) => [s.ideal, s.actual]).filter((b) => b !== null);

describe('funnelLayout', () => {
  it('gives twice the width to twice the volume on a linear scale', () => {
    const l = layout([stage('a', 200, 100), stage('b', 50, null)], { scale: 'linear' });
    expect(l.stages[0].ideal!.width).toBeCloseTo(2 * l.stages[0].actual!.width, 9);
    expect(l.stages[0].actual!.width).toBeCloseTo(2 * l.stages[1].ideal!.width, 9);
  });

  it('draws ideal and actual on one shared scale', () => {
    const l = layout([stage('a', 100, 100)], { scale: 'linear' });
    expect(l.stages[0].ideal!.width).toBe(l.stages[0].actual!.width);
  });

  it('gives the largest volume the full plot width', () => {
    const l = layout(source, { scale: 'linear' });
    expect(l.stages[0].ideal!.width).toBeCloseTo(l.plot.width, 9);
  });

  it('centres every bar on one line', () => {
    const l = layout(source);
    for (const bar of bars(l)) expect(bar.x + bar.width / 2).toBeCloseTo(l.centre, 9);
  });

  it('keeps every bar inside the drawing area', () => {
    const l = layout(source);
    for (const bar of bars(l)) {
      expect(bar.x).toBeGreaterThanOrEqual(l.plot.x - 1e-9);
      expect(bar.x + bar.width).toBeLessThanOrEqual(l.plot.x + l.plot.width + 1e-9);
      expect(bar.y).toBeGreaterThanOrEqual(l.plot.y);
      expect(bar.y + bar.height).toBeLessThanOrEqual(l.plot.y + l.plot.height + 1e-9);
    }
    expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(l.width);
  });

  it('keeps value labels and annotations inside the width', () => {
    const l = layout(source);
    for (const bar of bars(l)) expect(bar.label.x).toBeLessThan(l.columns.notes);
    for (const s of l.stages) if (s.gap) expect(s.gap.x).toBeLessThan(l.width);
  });

  it('orders stages top to bottom without overlap', () => {
    const l = layout(source);
    for (let i = 1; i < l.stages.length; i++) {
      expect(l.stages[i].band.y).toBeGreaterThanOrEqual(l.stages[i - 1].band.y + l.stages[i - 1].band.height);
    }
  });

  it('puts the ideal bar above the actual bar in its row', () => {
    const [s] = layout(source).stages;
    expect(s.ideal!.y + s.ideal!.height).toBeLessThanOrEqual(s.actual!.y);
    expect(s.ideal!.y).toBeGreaterThanOrEqual(s.band.y);
    expect(s.actual!.y + s.actual!.height).toBeLessThanOrEqual(s.band.y + s.band.height + 1e-9);
  });

  it('flags the bottleneck stage and only that one', () => {
    const l = layout(source, { bottleneckStageId: 'c' });
    expect(l.stages.map((s) => s.bottleneck)).toEqual([false, false, true, false, false]);
    expect(l.bottleneckIndex).toBe(2);
    expect(l.stages[2].marker).not.toBeNull();
    expect(l.stages[1].marker).toBeNull();
  });

  it('marks no stage without a bottleneck', () => {
    const l = layout(source);
    expect(l.bottleneckIndex).toBe(-1);
    expect(l.stages.some((s) => s.bottleneck || s.marker)).toBe(false);
  });

  it('keeps the gap and the bottleneck label apart', () => {
    const s = layout(source, { bottleneckStageId: 'c' }).stages[2];
    expect(Math.abs(s.gap!.y - s.marker!.y)).toBeGreaterThanOrEqual(12);
  });

  it('places the gap annotation in the stage row, right of the bars', () => {
    const l = layout(source);
    const s = l.stages[1];
    expect(s.gap).toMatchObject({ value: -0.1 });
    expect(s.gap!.x).toBeGreaterThan(l.plot.x + l.plot.width);
    expect(s.gap!.y).toBeGreaterThan(s.band.y);
    expect(s.gap!.y).toBeLessThan(s.band.y + s.band.height);
  });

  it('has no gap annotation on the last stage', () => {
    expect(layout(source).stages[4].gap).toBeNull();
  });

  it('chooses a log scale when volumes differ by more than a thousand times', () => {
    const l = layout([stage('impressions', 200_000, 150_000), stage('orders', 10, 6)]);
    expect(l.scale).toBe('log');
  });

  it('keeps a linear scale for ordinary funnels', () => {
    expect(layout(source).scale).toBe('linear');
  });

  it('honours an explicit scale', () => {
    expect(layout([stage('a', 200_000, null), stage('b', 10, null)], { scale: 'linear' }).scale).toBe('linear');
    expect(layout(source, { scale: 'log' }).scale).toBe('log');
  });

  it('keeps the smallest bar visible on a log scale', () => {
    const l = layout([stage('impressions', 200_000, null), stage('orders', 10, null)]);
    expect(l.stages[1].ideal!.width).toBeGreaterThanOrEqual(2);
    expect(l.stages[0].ideal!.width).toBeCloseTo(l.plot.width, 9);
  });

  it('orders widths by volume on a log scale', () => {
    const l = layout([stage('a', 200_000, null), stage('b', 5_000, null), stage('c', 10, null)]);
    const widths = l.stages.map((s) => s.ideal!.width);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
  });

  it('gives an empty layout without NaN for no stages', () => {
    const l = layout([]);
    expect(l.stages).toEqual([]);
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('has no NaN at zero width and height', () => {
    const l = funnelLayout({ stages: source, bottleneckStageId: 'b', width: 0, height: 0 });
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('leaves out bars without a number', () => {
    const l = layout([stage('a', 100, null), stage('b', null, Number.NaN)]);
    expect(l.stages[0].actual).toBeNull();
    expect(l.stages[1].ideal).toBeNull();
    expect(l.stages[1].actual).toBeNull();
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('draws a zero volume as a bar of no width', () => {
    const l = layout([stage('a', 100, 0)]);
    expect(l.stages[0].actual).toMatchObject({ value: 0, width: 0 });
  });

  it('treats a negative volume as no data', () => {
    expect(layout([stage('a', 100, -5)]).stages[0].actual).toBeNull();
  });

  it('has no NaN when every volume is zero', () => {
    const l = layout([stage('a', 0, 0), stage('b', 0, 0)]);
    expect(l.stages.every((s) => s.ideal!.width === 0 && s.actual!.width === 0)).toBe(true);
    expect(numbersIn(l).every(Number.isFinite)).toBe(true);
  });

  it('lays out a single stage at full width', () => {
    const l = layout([stage('won', 38, 19)]);
    expect(l.stages).toHaveLength(1);
    expect(l.stages[0].ideal!.width).toBeCloseTo(l.plot.width, 9);
    expect(l.stages[0].actual!.width).toBeCloseTo(l.plot.width / 2, 9);
  });

  it('anchors stage names left of the bars', () => {
    const l = layout(source);
    for (const s of l.stages) expect(s.nameAnchor.x).toBeLessThan(l.plot.x);
  });

  it('grows taller with more stages', () => {
    expect(funnelHeight(7)).toBeGreaterThan(funnelHeight(5));
    expect(funnelHeight(0)).toBeGreaterThan(0);
  });
});

describe('chooseScale', () => {
  it('ignores zeros, nulls and non-finite numbers when comparing magnitudes', () => {
    expect(chooseScale([0, null, Number.POSITIVE_INFINITY, 5, 10])).toBe('linear');
  });

  it('switches to log just past a ratio of 1000', () => {
    expect(chooseScale([1, 1000])).toBe('linear');
    expect(chooseScale([1, 1001])).toBe('log');
  });
});

describe('volumeScale', () => {
  it('maps an equal volume to the full length on a log scale with one magnitude', () => {
    const length = volumeScale('log', [7, 7], 100);
    expect(length(7)).toBe(100);
    expect(length(0)).toBe(0);
  });
});

describe('fitText', () => {
  it('keeps a name that fits', () => {
    expect(fitText('Proposal', 200, 12)).toBe('Proposal');
  });

  it('shortens a long Chinese name with an ellipsis to fit', () => {
    const fitted = fitText('产品演示与方案制定', 60, 12);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidth(fitted, 12)).toBeLessThanOrEqual(60);
  });

  it('counts a Chinese character wider than a Latin one', () => {
    expect(textWidth('漏', 12)).toBeGreaterThan(textWidth('a', 12));
  });
});
