// Sensitivity tornado: one row per stage, one bar per shift (+1 point, +10% of the rate) drawn from a
// zero line, gains to the right and losses to the left, the stage that moves the result most on top.
import type { Box } from './box';
import { scaleBand, scaleLinear } from 'd3';
import type { SensitivityRow } from '../what-if/sensitivity';

export type TornadoMetric = 'won' | 'revenue';

export interface TornadoInput {
  id: string;
  label: string;
  /** One effect per shift, in the legend's order; null where there is none. */
  values: readonly (number | null)[];
}

export interface TornadoOptions {
  width: number;
  /** Height of one stage's row (px). */
  rowHeight?: number;
  /** Room on the left for the stage names (px). */
  labelWidth?: number;
  /** Room kept beyond each bar end for its value label (px). */
  valueWidth?: number;
  /** Room above the rows (legend) and below them (axis ticks) (px). */
  top?: number;
  bottom?: number;
}

export interface TornadoBar extends Box {
  /** Index of the shift (0: +1 point, 1: +10%). */
  shift: number;
  value: number;
  /** The value label's anchor point, beyond the bar's end. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface TornadoRowLayout {
  id: string;
  label: string;
  /** Position in the input. */
  index: number;
  /** 1 for the largest effect. */
  rank: number;
  /** The largest |effect| of the row's shifts. */
  magnitude: number;
  y: number;
  height: number;
  /** Baseline of the stage name, right-aligned at `labelX`. */
  labelX: number;
  labelY: number;
  bars: TornadoBar[];
}

export interface TornadoLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zeroX: number;
  domain: [number, number];
  ticks: { value: number; x: number }[];
  rows: TornadoRowLayout[];
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** The effects of a sensitivity result's rows on won deals or revenue, in stage-rank order. */
export function tornadoInputs(rows: readonly SensitivityRow[], metric: TornadoMetric): TornadoInput[] {
  return rows.map((row) => ({
    id: row.stageId,
    label: row.name,
    values: [row.plusOnePoint, row.plusTenPercent].map((shift) => (metric === 'won' ? shift.dWon : shift.dRevenue)),
  }));
}

/**
 * Rows sorted by their largest |effect| (ties keep the input order), a shared linear scale over
 * [min(0, lowest), max(0, highest)], and label room only on the sides bars grow towards.
 */
export function tornadoLayout(inputs: readonly TornadoInput[], options: TornadoOptions): TornadoLayout {
  const width = Math.max(0, finite(options.width) ? options.width : 0);
  const top = options.top ?? 8;
  const bottom = options.bottom ?? 20;
  if (inputs.length === 0 || width === 0) {
    return { width, height: 0, plot: { left: 0, right: width, top: 0, bottom: 0 }, zeroX: 0, domain: [0, 1], ticks: [], rows: [] };
  }
  const rowHeight = options.rowHeight ?? 34;
  const labelWidth = Math.min(options.labelWidth ?? 120, width * 0.35);
  const valueWidth = Math.min(options.valueWidth ?? 64, width * 0.2);
  const shifts = Math.max(1, ...inputs.map((input) => input.values.length));

  const numbers = inputs.flatMap((input) => input.values.filter(finite));
  const lo = Math.min(0, ...numbers);
  const hi = Math.max(0, ...numbers);
  const plot = {
    left: labelWidth + (lo < 0 ? valueWidth : 8),
    right: width - (hi > 0 || lo === 0 ? valueWidth : 8),
    top,
    bottom: top + inputs.length * rowHeight,
  };
  if (plot.right < plot.left) plot.right = plot.left;
  const scale = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([plot.left, plot.right]);
  const zeroX = scale(0);

  const magnitude = (input: TornadoInput) => Math.max(0, ...input.values.filter(finite).map(Math.abs));
  const order = inputs
    .map((input, index) => ({ input, index, magnitude: magnitude(input) }))
    .sort((a, b) => b.magnitude - a.magnitude || a.index - b.index);

  const sub = scaleBand<number>()
    .domain(Array.from({ length: shifts }, (_, i) => i))
    .range([0, rowHeight])
    .paddingInner(0.1)
    .paddingOuter(0.2);

  const rows = order.map(({ input, index, magnitude }, rank): TornadoRowLayout => {
    const y = top + rank * rowHeight;
    const bars: TornadoBar[] = [];
    input.values.forEach((value, shift) => {
      if (!finite(value)) return;
      const end = scale(value);
      const barY = y + (sub(shift) ?? 0);
      const negative = value < 0;
      bars.push({
        shift,
        value,
        x: Math.min(zeroX, end),
        y: barY,
        width: Math.abs(end - zeroX),
        height: sub.bandwidth(),
        labelX: negative ? end - 4 : end + 4,
        labelY: barY + sub.bandwidth() / 2,
        anchor: negative ? 'end' : 'start',
      });
    });
    return { id: input.id, label: input.label, index, rank: rank + 1, magnitude, y, height: rowHeight, labelX: labelWidth - 6, labelY: y + rowHeight / 2, bars };
  });

  const ticks = scale.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 80))).map((value) => ({ value, x: scale(value) }));
  const [d0, d1] = scale.domain() as [number, number];
  return { width, height: plot.bottom + bottom, plot, zeroX, domain: [d0, d1], ticks, rows };
}
