// Scenario comparison: one small panel per output, one horizontal bar per scenario (base first), each
// output on its own scale because outputs differ in unit (deals, money, rates). Horizontal bars leave
// room for long labels such as "3,800,000 +8.6%" beside every bar, in either language.
import type { Box } from './box';
import { scaleBand, scaleLinear } from 'd3';

export interface BarGroupInput {
  /** The output's id (a cell key). */
  key: string;
  /** One value per series, the base (series 0) first; null or a non-finite number where there is none. */
  values: readonly (number | null | undefined)[];
}

export interface GroupedBarsOptions {
  /** Width of the whole chart (px). */
  width: number;
  /** Narrowest a panel may be before panels wrap onto another row (px). */
  minPanelWidth?: number;
  /** Room above the bars of a panel for the output's name (px). */
  titleHeight?: number;
  /** Height of one scenario's band in a panel (px). */
  bandHeight?: number;
  /** Room on the left of each panel for the scenario names (px); 0 for none. */
  nameWidth?: number;
  /** Share of a panel's width kept on the right for the value and delta labels. */
  labelShare?: number;
  /** Or the room for those labels in pixels, as measured by the caller (at most 55% of a panel). */
  labelWidth?: number;
  /** Space between panels (px). */
  gap?: number;
}

export interface GroupedBar extends Box {
  /** The series (scenario) index: 0 is the base. */
  series: number;
  value: number;
  /** Baseline of the value label: right-aligned at `labelX`, vertically centred on the bar. */
  labelX: number;
  labelY: number;
  /** Scenario minus base; null for the base itself and when the base has no number. */
  delta: number | null;
  /** delta / base when the base is above 0, else null. */
  relative: number | null;
}

export interface BarGroupLayout extends Box {
  key: string;
  /** The position of the output in the input. */
  index: number;
  /** The panel's box. */
  /** Baseline of the output's name. */
  titleX: number;
  titleY: number;
  /** Where the scenario names end (right-aligned there), for each band's centre use the bars' labelY. */
  nameX: number;
  /** The band centres of every series, present or not (names are drawn for all). */
  bandY: number[];
  /** The bars' area. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** x of the zero line. */
  zeroX: number;
  domain: [number, number];
  /** Only the series with a number. */
  bars: GroupedBar[];
}

export interface GroupedBarsLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  groups: BarGroupLayout[];
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A difference as the comparison table computes it: float noise below a billionth of the values is 0. */
export function deltaAgainstBase(value: number, base: number): { delta: number; relative: number | null } {
  const raw = value - base;
  const scale = Math.max(1, Math.abs(base), Math.abs(value));
  const delta = Math.abs(raw) <= scale * 1e-9 ? 0 : raw;
  return { delta, relative: base > 0 ? delta / base : null };
}

/**
 * Lays out outputs × scenarios: panels in a grid as wide as `width` allows, each with its own linear
 * scale from the lowest value (or 0) to the highest (or 0). No input, or no series, gives an empty
 * layout of height 0.
 */
export function groupedBarsLayout(groups: readonly BarGroupInput[], seriesCount: number, options: GroupedBarsOptions): GroupedBarsLayout {
  const width = Math.max(0, finite(options.width) ? options.width : 0);
  const series = Math.max(0, Math.floor(finite(seriesCount) ? seriesCount : 0));
  if (groups.length === 0 || series === 0 || width === 0) return { width, height: 0, columns: 0, rows: 0, groups: [] };

  const minPanel = options.minPanelWidth ?? 260;
  const gap = options.gap ?? 16;
  const titleHeight = options.titleHeight ?? 20;
  const band = options.bandHeight ?? 22;
  const labelShare = Math.min(0.6, Math.max(0, options.labelShare ?? 0.36));

  const columns = Math.max(1, Math.min(groups.length, Math.floor((width + gap) / (minPanel + gap))));
  const rows = Math.ceil(groups.length / columns);
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const panelHeight = titleHeight + series * band + 6;
  const nameWidth = Math.min(options.nameWidth ?? 72, panelWidth * 0.3);

  const bands = scaleBand<number>()
    .domain(Array.from({ length: series }, (_, i) => i))
    .range([0, series * band])
    .paddingInner(0.25)
    .paddingOuter(0.1);

  const laid = groups.map((group, index): BarGroupLayout => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = column * (panelWidth + gap);
    const y = row * (panelHeight + gap);
    const labelWidth = finite(options.labelWidth) ? Math.min(Math.max(0, options.labelWidth), panelWidth * 0.55) : panelWidth * labelShare;
    const plot = { left: x + nameWidth + 4, right: x + panelWidth - labelWidth - 6, top: y + titleHeight, bottom: y + titleHeight + series * band };
    if (plot.right < plot.left) plot.right = plot.left;

    const values = Array.from({ length: series }, (_, i) => group.values[i]);
    const numbers = values.filter(finite);
    let lo = Math.min(0, ...numbers);
    let hi = Math.max(0, ...numbers);
    if (lo === hi) hi = lo + 1;
    const scale = scaleLinear().domain([lo, hi]).range([plot.left, plot.right]);
    [lo, hi] = scale.domain() as [number, number];
    const zeroX = scale(0);
    const base = values[0];

    const bars: GroupedBar[] = [];
    values.forEach((value, i) => {
      if (!finite(value)) return;
      const top = plot.top + (bands(i) ?? 0);
      const end = scale(value);
      const change = i > 0 && finite(base) ? deltaAgainstBase(value, base) : null;
      bars.push({
        series: i,
        value,
        x: Math.min(zeroX, end),
        y: top,
        width: Math.abs(end - zeroX),
        height: bands.bandwidth(),
        labelX: x + panelWidth,
        labelY: top + bands.bandwidth() / 2,
        delta: change?.delta ?? null,
        relative: change?.relative ?? null,
      });
    });

    return {
      key: group.key,
      index,
      x,
      y,
      width: panelWidth,
      height: panelHeight,
      titleX: x,
      titleY: y + titleHeight - 6,
      nameX: x + nameWidth,
      bandY: Array.from({ length: series }, (_, i) => plot.top + (bands(i) ?? 0) + bands.bandwidth() / 2),
      plot,
      zeroX,
      domain: [lo, hi],
      bars,
    };
  });

  return { width, height: rows * panelHeight + (rows - 1) * gap, columns, rows, groups: laid };
}
