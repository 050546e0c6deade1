// The ideal-against-actual funnel as pure geometry: one row per stage, the required entries (ideal)
// and the actual entries drawn as centred bars on one shared scale. No DOM: FunnelChart.svelte draws it.
import type { Box } from './box';
import { scaleBand, scaleLinear, scaleLog } from 'd3';

export type ScaleKind = 'linear' | 'log';
/** 'auto' picks log when the largest volume is more than LOG_RATIO times the smallest positive one. */
export type ScaleOption = ScaleKind | 'auto';
export const LOG_RATIO = 1000;

export interface Point {
  x: number;
  y: number;
}

export type { Box };

/** A volume the chart can draw: a finite number at least 0; anything else is no data. */
export function drawable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Linear, unless asked otherwise or the volumes span more than LOG_RATIO (e.g. 200,000 impressions and 10 orders). */
export function chooseScale(values: readonly (number | null)[], option: ScaleOption = 'auto'): ScaleKind {
  if (option !== 'auto') return option;
  const positive = values.filter((v): v is number => drawable(v) && v > 0);
  if (positive.length < 2) return 'linear';
  return Math.max(...positive) / Math.min(...positive) > LOG_RATIO ? 'log' : 'linear';
}

/**
 * Volume -> length in pixels on one shared scale. Linear: 0 -> 0 and `max` -> `length`, so twice the
 * volume is twice the length. Log: the smallest positive volume gets a short but visible length and
 * `max` the full length; 0 has no logarithm and gets no length. No data gives 0 too.
 */
export function volumeScale(kind: ScaleKind, values: readonly (number | null)[], length: number): (value: number | null) => number {
  const positive = values.filter((v): v is number => drawable(v) && v > 0);
  const full = Math.max(0, length);
  if (positive.length === 0 || full === 0) return () => 0;
  const max = Math.max(...positive);
  if (kind === 'linear') {
    const scale = scaleLinear().domain([0, max]).range([0, full]).clamp(true);
    return (value) => (drawable(value) ? scale(value) : 0);
  }
  const min = Math.min(...positive);
  if (min === max) return (value) => (drawable(value) && value > 0 ? full : 0);
  const shortest = Math.min(full, Math.max(2, full * 0.03));
  const scale = scaleLog().domain([min, max]).range([shortest, full]).clamp(true);
  return (value) => (drawable(value) && value > 0 ? scale(value) : 0);
}

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The columns every horizontal chart here shares: names on the left, bars, their values, notes on the right. */
export interface Columns {
  /** Right edge of the name column; names are anchored at its end. */
  names: number;
  /** Where bars may be drawn. */
  bars: { x0: number; x1: number };
  /** Room kept after the longest bar for its value label. */
  valueRoom: number;
  /** Left edge of the annotation column (gaps, multipliers, the bottleneck label). */
  notes: number;
}

export function chartColumns(width: number): Columns {
  const w = Math.max(0, width);
  const names = clamp(w * 0.2, Math.min(64, w / 5), 160);
  // Notes (“−8.3 pts”, “⚠ Bottleneck”, “↑ ÷ 75%”) need about 90px even on a phone.
  const notesWidth = clamp(w * 0.2, Math.min(96, w / 3.4), 150);
  const valueRoom = clamp(w * 0.12, Math.min(44, w / 8), 80);
  const x0 = names + 8;
  const x1 = Math.max(x0, w - notesWidth - valueRoom);
  return { names, bars: { x0, x1 }, valueRoom, notes: Math.max(x1 + valueRoom, w - notesWidth) + 8 };
}

/** Room at the top of the drawing for the legend. */
export const LEGEND_HEIGHT = 24;

export interface FunnelStageInput {
  id: string;
  name: string;
  /** Required entries (the ideal funnel, reversed from the target). */
  required: number | null;
  /** Actual entries typed for the period. */
  actual: number | null;
  /** Actual minus ideal conversion to the next stage (a fraction; null on the last stage or without data). */
  gap: number | null;
}

export interface FunnelLayoutInput {
  stages: readonly FunnelStageInput[];
  bottleneckStageId: string | null;
  width: number;
  height: number;
  scale?: ScaleOption;
}

export interface FunnelBar extends Box {
  value: number;
  /** Start of the value label, just after the bar's right end (text-anchor start). */
  label: Point;
}

export interface FunnelStageLayout {
  id: string;
  name: string;
  index: number;
  /** The whole row, for the bottleneck highlight. */
  band: Box;
  /** Required entries, upper half of the row; null without a number. */
  ideal: FunnelBar | null;
  /** Actual entries, lower half of the row; null without a number. */
  actual: FunnelBar | null;
  /** End of the stage name (text-anchor end), vertically centred. */
  nameAnchor: Point;
  /** The conversion gap to the next stage, in the annotation column. */
  gap: (Point & { value: number }) | null;
  bottleneck: boolean;
  /** Where the bottleneck's label goes, in the annotation column; null unless this is the bottleneck. */
  marker: Point | null;
}

export interface FunnelLayout {
  width: number;
  height: number;
  scale: ScaleKind;
  /** Where the bars live (the centre line runs through its middle). */
  plot: Box;
  centre: number;
  columns: Columns;
  stages: FunnelStageLayout[];
  /** Index of the bottleneck stage, -1 when none is marked. */
  bottleneckIndex: number;
}

const LINE = 14;

export function funnelLayout(input: FunnelLayoutInput): FunnelLayout {
  const width = Math.max(0, input.width || 0);
  const height = Math.max(0, input.height || 0);
  const columns = chartColumns(width);
  const top = Math.min(LEGEND_HEIGHT, height);
  const plot: Box = { x: columns.bars.x0, y: top, width: columns.bars.x1 - columns.bars.x0, height: Math.max(0, height - top) };
  const centre = plot.x + plot.width / 2;
  const values = input.stages.flatMap((s) => [s.required, s.actual]);
  const scale = chooseScale(values, input.scale);
  const length = volumeScale(scale, values, plot.width);

  const bands = scaleBand<string>()
    .domain(input.stages.map((s) => s.id))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const halves = (y: number) => scaleBand<'ideal' | 'actual'>().domain(['ideal', 'actual']).range([y, y + bands.bandwidth()]).paddingInner(0.12);

  const bar = (value: number | null, y: number, h: number): FunnelBar | null => {
    if (!drawable(value)) return null;
    const w = length(value);
    return { x: centre - w / 2, y, width: w, height: h, value, label: { x: centre + w / 2 + 4, y: y + h / 2 } };
  };

  let bottleneckIndex = -1;
  const stages = input.stages.map((stage, index): FunnelStageLayout => {
    const y = bands(stage.id) ?? plot.y;
    const half = halves(y);
    const mid = y + bands.bandwidth() / 2;
    const bottleneck = input.bottleneckStageId !== null && stage.id === input.bottleneckStageId;
    if (bottleneck) bottleneckIndex = index;
    const gapValue = typeof stage.gap === 'number' && Number.isFinite(stage.gap) ? stage.gap : null;
    return {
      id: stage.id,
      name: stage.name,
      index,
      band: { x: 0, y, width, height: bands.bandwidth() },
      ideal: bar(stage.required, half('ideal') ?? y, half.bandwidth()),
      actual: bar(stage.actual, half('actual') ?? y, half.bandwidth()),
      nameAnchor: { x: columns.names, y: mid },
      gap: gapValue === null ? null : { x: columns.notes, y: bottleneck ? mid - LINE / 2 : mid, value: gapValue },
      bottleneck,
      marker: bottleneck ? { x: columns.notes, y: gapValue === null ? mid : mid + LINE / 2 } : null,
    };
  });

  return { width, height, scale, plot, centre, columns, stages, bottleneckIndex };
}

/** A drawing tall enough for every stage's two bars and their labels. */
export function funnelHeight(stageCount: number, rowHeight = 46): number {
  return LEGEND_HEIGHT + Math.max(1, stageCount) * rowHeight + 8;
}

// Wide characters (CJK, full-width forms) take about a full em; Latin text a little over 0.6 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** An estimate of the drawn width of `text` at `fontSize`, for placing labels without measuring the DOM. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.62;
  return ems * fontSize;
}

/** `text`, shortened with an ellipsis to fit `maxWidth` at `fontSize` (never below one character). */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let kept = chars.length;
  while (kept > 1 && textWidth(`${chars.slice(0, kept).join('')}…`, fontSize) > maxWidth) kept--;
  return `${chars.slice(0, kept).join('')}…`;
}
