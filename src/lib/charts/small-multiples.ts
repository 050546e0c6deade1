// Trends as small multiples: one small line chart per series (a stage's conversion rate, later a
// segment's), over any number of periods, panels in a grid as wide as the chart allows.
import type { Box } from './box';
import { line, scaleLinear, scalePoint } from 'd3';

export interface TrendSeries {
  id: string;
  label: string;
  /** One value per period, oldest first; null (or a non-finite number) where there is none. */
  values: readonly (number | null | undefined)[];
  /** A value to compare against (say the ideal rate), drawn as a horizontal line; null for none. */
  reference?: number | null;
}

export interface SmallMultiplesOptions {
  width: number;
  /** How many periods there are (the longest series' length when absent). */
  periods?: number;
  /** Narrowest a panel may be before panels wrap onto another row (px). */
  minPanelWidth?: number;
  /** Height of one panel, title included (px). */
  panelHeight?: number;
  gap?: number;
  /** Inside a panel: room for the title above, the period labels below and the y labels on the left. */
  inset?: { top: number; right: number; bottom: number; left: number };
  /** One y scale for every panel (true) or one per panel from 0 to its own highest value (default). */
  sharedY?: boolean;
  /** Periods from this index on are a plan, not history: their segments go in `planPath`. */
  planFrom?: number | null;
  /** Upper bound of any y domain (1 for rates). */
  maxY?: number;
  /**
   * Panels of the previous call, by series id (make one with `panelCache()`, keep it across calls):
   * a panel whose series and place did not change is handed back as the same object, not drawn
   * again, so an edit recomputes and redraws only the panels it changed.
   */
  cache?: PanelCache;
}

/** By series id: the series and the layout it was drawn in (`place`), and the panel drawn. */
export type PanelCache = Map<string, { series: TrendSeries; place: string; panel: TrendPanel }>;

export const panelCache = (): PanelCache => new Map();

export interface TrendPoint {
  period: number;
  value: number;
  x: number;
  y: number;
}

export interface TrendPanel extends Box {
  id: string;
  label: string;
  index: number;
  titleX: number;
  titleY: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yDomain: [number, number];
  yTicks: { value: number; y: number }[];
  /** x of every period inside this panel. */
  periodX: number[];
  /** The defined points only. */
  points: TrendPoint[];
  /** The line through the history (gaps where a value is missing); '' when nothing to draw. */
  path: string;
  /** The line from the last history period into the plan periods; '' when none. */
  planPath: string;
  reference: { value: number; y: number } | null;
  /** Last defined value minus the first, when there are two. */
  change: number | null;
}

export interface SmallMultiplesLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  periods: number;
  panels: TrendPanel[];
}

/**
 * A redrawn panel with the point, tick and period objects of its previous drawing wherever they came
 * out the same: an edit of one month then redraws that month's dot, not the panel's every dot.
 */
function keepUnchanged(next: TrendPanel, before: TrendPanel | undefined): TrendPanel {
  if (!before) return next;
  const samePoint = (a: TrendPoint, b: TrendPoint) => a.period === b.period && a.value === b.value && a.x === b.x && a.y === b.y;
  const oldPoints = new Map(before.points.map((p) => [p.period, p]));
  const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    ...next,
    points: next.points.map((p) => {
      const old = oldPoints.get(p.period);
      return old !== undefined && samePoint(p, old) ? old : p;
    }),
    periodX: sameNumbers(next.periodX, before.periodX) ? before.periodX : next.periodX,
    yTicks: JSON.stringify(next.yTicks) === JSON.stringify(before.yTicks) ? before.yTicks : next.yTicks,
  };
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether two series draw the same: same label, values and reference (an edit makes new objects). */
function sameSeries(a: TrendSeries, b: TrendSeries): boolean {
  if (a === b) return true;
  if (a.label !== b.label || a.values.length !== b.values.length || (a.reference ?? null) !== (b.reference ?? null)) return false;
  return a.values.every((value, i) => Object.is(value ?? null, b.values[i] ?? null));
}

const INSET = { top: 30, right: 12, bottom: 20, left: 38 };

/** The y domain from 0 to the highest value (at most `maxY`), with a little headroom, made nice. */
function domainOf(values: readonly number[], maxY: number): [number, number] {
  const hi = Math.max(0, ...values);
  if (hi === 0) return [0, Math.min(1, maxY)];
  const [, top] = scaleLinear().domain([0, hi * 1.08]).nice(4).domain();
  return [0, Math.min(top, Math.max(hi, maxY))];
}

/**
 * Panels in rows of as many as `minPanelWidth` allows; inside each, periods on a point scale and the
 * values on a linear scale from 0. No series, or no periods, gives an empty layout of height 0.
 */
export function smallMultiplesLayout(series: readonly TrendSeries[], options: SmallMultiplesOptions): SmallMultiplesLayout {
  const width = Math.max(0, finite(options.width) ? options.width : 0);
  const periods = Math.max(0, Math.floor(options.periods ?? Math.max(0, ...series.map((s) => s.values.length))));
  if (series.length === 0 || periods === 0 || width === 0) return { width, height: 0, columns: 0, rows: 0, periods, panels: [] };

  const minPanel = options.minPanelWidth ?? 180;
  const panelHeight = options.panelHeight ?? 130;
  const gap = options.gap ?? 14;
  const inset = options.inset ?? INSET;
  const maxY = options.maxY ?? Infinity;
  const planFrom = options.planFrom ?? null;

  const columns = Math.max(1, Math.min(series.length, Math.floor((width + gap) / (minPanel + gap))));
  const rows = Math.ceil(series.length / columns);
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const valuesOf = (s: TrendSeries) => [...Array.from({ length: periods }, (_, i) => s.values[i]), s.reference].filter(finite);
  const shared = options.sharedY ? domainOf(series.flatMap(valuesOf), maxY) : null;

  const split = planFrom === null ? periods : Math.max(0, Math.min(periods, planFrom));
  // Every panel of a column has the same period positions: one point scale per column.
  const columnX = new Map<number, ReturnType<typeof scalePoint<number>>>();
  const xOf = (column: number, left: number, right: number) => {
    let px = columnX.get(column);
    if (!px) {
      px = scalePoint<number>()
        .domain(Array.from({ length: periods }, (_, i) => i))
        .range([left, right])
        .padding(0.3);
      columnX.set(column, px);
    }
    return px;
  };

  const before = options.cache ? new Map(options.cache) : undefined;
  options.cache?.clear();
  // What places every panel; a panel is redrawn when this, its index or its series changes.
  const place = options.cache ? JSON.stringify([columns, panelWidth, panelHeight, gap, inset, shared, maxY, periods, split]) : '';
  const panels = series.map((s, index): TrendPanel => {
    if (!options.cache) return panelOf(s, index);
    const old = before?.get(s.id);
    const panel = old && old.place === place && old.panel.index === index && sameSeries(old.series, s) ? old.panel : keepUnchanged(panelOf(s, index), old?.panel);
    options.cache.set(s.id, { series: s, place, panel });
    return panel;
  });

  return { width, height: rows * panelHeight + (rows - 1) * gap, columns, rows, periods, panels };

  function panelOf(s: TrendSeries, index: number): TrendPanel {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = column * (panelWidth + gap);
    const y = row * (panelHeight + gap);
    const plot = { left: x + inset.left, right: Math.max(x + inset.left, x + panelWidth - inset.right), top: y + inset.top, bottom: Math.max(y + inset.top, y + panelHeight - inset.bottom) };
    const px = xOf(column, plot.left, plot.right);
    const yDomain = shared ?? domainOf(valuesOf(s), maxY);
    const py = scaleLinear().domain(yDomain).range([plot.bottom, plot.top]);
    const values = Array.from({ length: periods }, (_, i) => s.values[i]);
    const points: TrendPoint[] = [];
    values.forEach((value, period) => {
      if (finite(value)) points.push({ period, value, x: px(period) ?? plot.left, y: py(value) });
    });
    const draw = line<number | null | undefined>()
      .defined((value) => finite(value))
      .x((_, period) => px(period) ?? plot.left)
      .y((value) => py(value as number));
    // History: the periods before planFrom, broken where a value is missing; the plan from there on.
    const history = values.map((value, i) => (i < split ? value : null));
    const lastHistory = [...points].reverse().find((p) => p.period < split);
    // The plan line starts at the last known history point, across any gap, and joins the plan points.
    const planPoints = [...(lastHistory ? [lastHistory] : []), ...points.filter((p) => p.period >= split)];
    // d3 writes a lone point between gaps as "Mx,yZ": the points are drawn as dots, the path only joins.
    const withLine = (d: (number | null | undefined)[]) => (draw(d) ?? '').replace(/M[^MLZ]*Z/g, '');
    const through = (p: readonly TrendPoint[]) => (p.length > 1 ? (line<TrendPoint>().x((q) => q.x).y((q) => q.y)(p) ?? '') : '');
    const reference = finite(s.reference) ? { value: s.reference, y: py(s.reference) } : null;
    return {
      id: s.id,
      label: s.label,
      index,
      x,
      y,
      width: panelWidth,
      height: panelHeight,
      titleX: x + 4,
      titleY: y + 14,
      plot,
      yDomain,
      yTicks: py.ticks(2).map((value) => ({ value, y: py(value) })),
      periodX: Array.from({ length: periods }, (_, i) => px(i) ?? plot.left),
      points,
      path: withLine(history),
      planPath: split < periods ? through(planPoints) : '',
      reference,
      change: points.length > 1 ? points[points.length - 1].value - points[0].value : null,
    };
  }
}
