// The simulated distribution of won deals (or of revenue, deals × average deal): a histogram or a
// cumulative curve, with the target as a vertical line and the chance of hitting it marked.
import type { Box } from './box';
import { line, scaleLinear } from 'd3';

export type DistributionMode = 'histogram' | 'cdf';

/** Equal-width bins of won deals: bin i counts trials with won in [start + i·width, start + (i+1)·width − 1]. */
export interface DistributionHistogram {
  start: number;
  width: number;
  counts: readonly number[];
}

export interface DistributionInput {
  histogram: DistributionHistogram;
  mode: DistributionMode;
  /** x-axis units per won deal: 1 for deals, the average deal value for revenue. */
  unit?: number;
  /** The target in x-axis units (deals, or revenue); null for none. */
  target?: number | null;
  /** The chance of hitting the target, as the simulation counted it; estimated from the bins if absent. */
  pHit?: number | null;
}

export interface DistributionOptions {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

export type BinOutcome = 'hit' | 'miss' | 'part';

export interface DistributionBar extends Box {
  /** The bin's won deals, first and last. */
  from: number;
  to: number;
  count: number;
  /** count / all trials. */
  share: number;
  /** Whether every won count of the bin reaches the target, none does, or some do. */
  outcome: BinOutcome;
}

export interface DistributionLayout {
  width: number;
  height: number;
  mode: DistributionMode;
  plot: { left: number; right: number; top: number; bottom: number };
  /** x domain in axis units. */
  domain: [number, number];
  /** y domain: share of trials (histogram) or cumulative probability (cdf). */
  yDomain: [number, number];
  total: number;
  /** Histogram bars (histogram mode only). */
  bars: DistributionBar[];
  /** The cumulative curve, P(won ≤ x), as an SVG path (cdf mode only; '' otherwise). */
  cdfPath: string;
  cdfPoints: { x: number; y: number; value: number; p: number }[];
  /** The target line; `clamped` when the target lies off the drawn range and the line sits at an edge. */
  target: { x: number; value: number; clamped: 'left' | 'right' | null } | null;
  /** The chance of hitting the target and where to annotate it. */
  pHit: { value: number; labelX: number; labelY: number; anchor: 'start' | 'end'; bracket: { x: number; y1: number; y2: number } | null } | null;
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

const EMPTY_MARGIN = { top: 18, right: 12, bottom: 26, left: 40 };

/** An empty layout: nothing to draw, no NaN anywhere. */
function emptyLayout(width: number, height: number, mode: DistributionMode, margin = EMPTY_MARGIN): DistributionLayout {
  return {
    width,
    height,
    mode,
    plot: { left: margin.left, right: Math.max(margin.left, width - margin.right), top: margin.top, bottom: Math.max(margin.top, height - margin.bottom) },
    domain: [0, 1],
    yDomain: [0, 1],
    total: 0,
    bars: [],
    cdfPath: '',
    cdfPoints: [],
    target: null,
    pHit: null,
    xTicks: [],
    yTicks: [],
  };
}

/**
 * Bars span [won, won + 1) in deals (times `unit`), so that with the target at the deals needed the
 * line falls exactly between the bins that miss and those that hit. A target off the data extends
 * the axis when it is near (within half the data's span), and is drawn clamped at the edge otherwise.
 */
export function distributionLayout(input: DistributionInput, options: DistributionOptions): DistributionLayout {
  const width = Math.max(0, finite(options.width) ? options.width : 0);
  const height = Math.max(0, finite(options.height) ? options.height : 0);
  const margin = options.margin ?? EMPTY_MARGIN;
  const { histogram, mode } = input;
  const counts = histogram.counts.map((c) => (finite(c) && c > 0 ? c : 0));
  const total = counts.reduce((sum, c) => sum + c, 0);
  const unit = finite(input.unit) && input.unit > 0 ? input.unit : 1;
  if (total === 0 || width === 0 || height === 0 || !finite(histogram.start) || !(histogram.width >= 1)) return emptyLayout(width, height, mode, margin);

  const plot = { left: margin.left, right: Math.max(margin.left + 1, width - margin.right), top: margin.top, bottom: Math.max(margin.top + 1, height - margin.bottom) };
  const binWidth = histogram.width;
  const dataLo = histogram.start * unit;
  const dataHi = (histogram.start + counts.length * binWidth) * unit;
  const span = dataHi - dataLo;
  const target = finite(input.target) ? input.target : null;
  let lo = dataLo;
  let hi = dataHi;
  if (target !== null && target < lo && lo - target <= span / 2) lo = target;
  if (target !== null && target > hi && target - hi <= span / 2) hi = target;
  const x = scaleLinear().domain([lo, hi]).range([plot.left, plot.right]);

  // Hit: won × unit reaches the target (a relative tolerance absorbs target / avgDeal rounding).
  const reaches = (won: number) => target === null || won * unit >= target - Math.abs(target) * 1e-12;

  let bars: DistributionBar[] = [];
  let cdfPoints: DistributionLayout['cdfPoints'] = [];
  let yDomain: [number, number];
  let y: (value: number) => number;
  let yTicks: { value: number; y: number }[];

  if (mode === 'histogram') {
    const maxShare = Math.max(...counts) / total;
    const yScale = scaleLinear().domain([0, maxShare]).nice(4).range([plot.bottom, plot.top]);
    yDomain = yScale.domain() as [number, number];
    y = yScale;
    yTicks = yScale.ticks(4).map((value) => ({ value, y: yScale(value) }));
    // A hairline gap between bars while they are wide enough to show it.
    const pixelWidth = (x(dataLo + binWidth * unit) - x(dataLo));
    const gapPx = pixelWidth > 4 ? 1 : 0;
    bars = counts.map((count, i) => {
      const from = histogram.start + i * binWidth;
      const to = from + binWidth - 1;
      const left = x(from * unit);
      const share = count / total;
      return {
        x: left,
        y: yScale(share),
        width: Math.max(0, pixelWidth - gapPx),
        height: plot.bottom - yScale(share),
        from,
        to,
        count,
        share,
        outcome: reaches(from) ? 'hit' : reaches(to) ? 'part' : 'miss',
      } satisfies DistributionBar;
    });
  } else {
    const yScale = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
    yDomain = [0, 1];
    y = yScale;
    yTicks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, y: yScale(value) }));
    // The ogive: exact at every bin edge, straight between edges.
    let cum = 0;
    cdfPoints = [{ x: x(dataLo), y: yScale(0), value: dataLo, p: 0 }];
    counts.forEach((count, i) => {
      cum += count;
      const value = (histogram.start + (i + 1) * binWidth) * unit;
      const p = cum / total;
      cdfPoints.push({ x: x(value), y: yScale(p), value, p });
    });
  }
  const cdfPath = mode === 'cdf' ? (line<{ x: number; y: number }>().x((d) => d.x).y((d) => d.y)(cdfPoints) ?? '') : '';

  let targetMark: DistributionLayout['target'] = null;
  let pHitMark: DistributionLayout['pHit'] = null;
  if (target !== null) {
    const clamped = target < lo ? 'left' : target > hi ? 'right' : null;
    const tx = clamped === 'left' ? plot.left : clamped === 'right' ? plot.right : x(target);
    targetMark = { x: tx, value: target, clamped };

    // The chance of hitting: the simulation's own count, or the share of bins at or past the target.
    const estimated = () => {
      let hits = 0;
      counts.forEach((count, i) => {
        const from = histogram.start + i * binWidth;
        if (reaches(from)) hits += count;
        else if (reaches(from + binWidth - 1)) {
          // Part of the bin: its whole counts reaching the target, assuming they are evenly spread.
          let reaching = 0;
          for (let won = from; won < from + binWidth; won++) if (reaches(won)) reaching++;
          hits += (count * reaching) / binWidth;
        }
      });
      return hits / total;
    };
    const p = finite(input.pHit) ? Math.min(1, Math.max(0, input.pHit)) : estimated();
    const right = tx < plot.left + (plot.right - plot.left) * 0.65;
    const labelX = right ? tx + 5 : tx - 5;
    const anchor = right ? 'start' : 'end';
    if (mode === 'cdf') {
      // P(hit) = 1 − P(won < target): the distance from the curve up to 100% at the target line.
      const below = y(1 - p);
      // Clear of the curve: it rises left to right, so below it on the right of the line, above it on the left.
      const labelY = right ? Math.min(plot.bottom - 4, below + 16) : Math.max(plot.top + 10, below - 8);
      pHitMark = { value: p, labelX, labelY, anchor, bracket: { x: tx, y1: y(1), y2: below } };
    } else {
      pHitMark = { value: p, labelX, labelY: plot.top + 10, anchor, bracket: null };
    }
  }

  // Deals come whole: no tick at 37.5 deals.
  const xTicks = x
    .ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70)))
    .filter((value) => unit !== 1 || Number.isInteger(value))
    .map((value) => ({ value, x: x(value) }));
  return { width, height, mode, plot, domain: [lo, hi], yDomain, total, bars, cdfPath, cdfPoints, target: targetMark, pHit: pHitMark, xTicks, yTicks };
}
