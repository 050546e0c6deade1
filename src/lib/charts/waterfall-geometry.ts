// The reverse calculation (漏斗计算) as a waterfall, pure geometry: the target at the bottom, the deals
// it takes above it, then each stage's required entries from the won stage up to the top of the funnel.
// Each count bar starts where the one below ended (the increment is what that conversion loses) and
// carries the multiplier that leads to it. No DOM: WaterfallChart.svelte draws it.
import { scaleBand } from 'd3';
import {
  LEGEND_HEIGHT,
  chartColumns,
  chooseScale,
  drawable,
  volumeScale,
  type Box,
  type Columns,
  type Point,
  type ScaleKind,
  type ScaleOption,
} from './funnel-geometry';

/** How a step follows from the one below it. */
export type WaterfallLink =
  /** The value below divided by `by`: the average deal (money) or a stage's ideal rate (percent). */
  | { op: 'divide'; by: number | null; byKind: 'money' | 'percent' }
  /** The same number: the won stage takes exactly the deals needed. */
  | { op: 'same' };

export interface WaterfallStepInput {
  id: string;
  label: string;
  value: number | null;
  unit: 'money' | 'count';
  /** Null on the first (bottom) step. */
  link: WaterfallLink | null;
}

export interface WaterfallLayoutInput {
  /** Bottom-up: the target first, the top of the funnel last. */
  steps: readonly WaterfallStepInput[];
  width: number;
  height: number;
  scale?: ScaleOption;
}

export interface WaterfallRow {
  id: string;
  label: string;
  /** Position bottom-up: 0 is the target. */
  index: number;
  unit: 'money' | 'count';
  value: number | null;
  band: Box;
  /** From the axis to the value; null without a number. A money bar spans the full length: it has no common scale with counts. */
  bar: Box | null;
  /** The stretch from the value below to this one (a count step above another count); null otherwise. */
  increment: Box | null;
  /** Vertical dashed line from the end of the bar below up to this bar. */
  connector: { x: number; y1: number; y2: number } | null;
  /** Start of the value label, after the bar's end (text-anchor start). */
  valueLabel: Point;
  /** End of the step's name (text-anchor end). */
  nameAnchor: Point;
  /** The multiplier from the step below, placed between the two rows in the annotation column. */
  multiplier: (Point & { link: WaterfallLink }) | null;
}

export interface WaterfallLayout {
  width: number;
  height: number;
  /** The scale of the count bars. */
  scale: ScaleKind;
  plot: Box;
  columns: Columns;
  /** Bottom-up, as given. */
  rows: WaterfallRow[];
}

export interface ReverseStageInput {
  id: string;
  name: string;
  /** Ideal conversion to the next stage (unused on the last stage). */
  rate: number | null;
  required: number | null;
}

export interface ReverseStepsInput {
  target: number | null;
  /** The average deal in force (the blended one when the deal mix is used). */
  avgDeal: number | null;
  dealsNeeded: number | null;
  /** Top to bottom, as in the workbook. */
  stages: readonly ReverseStageInput[];
  labels: { target: string; deals: string };
}

const finite = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * The steps of the reverse calculation, bottom-up: target -> deals needed (÷ average deal) -> the won
 * stage (= deals needed) -> each stage above (÷ its ideal rate) -> the top. Ids of the two first steps
 * are `target` and `deals`; the stages keep their ids.
 */
export function reverseSteps(input: ReverseStepsInput): WaterfallStepInput[] {
  const steps: WaterfallStepInput[] = [
    { id: 'target', label: input.labels.target, value: finite(input.target), unit: 'money', link: null },
    { id: 'deals', label: input.labels.deals, value: finite(input.dealsNeeded), unit: 'count', link: { op: 'divide', by: finite(input.avgDeal), byKind: 'money' } },
  ];
  const stages = input.stages;
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i];
    const last = i === stages.length - 1;
    steps.push({
      id: stage.id,
      label: stage.name,
      value: finite(stage.required),
      unit: 'count',
      link: last ? { op: 'same' } : { op: 'divide', by: finite(stage.rate), byKind: 'percent' },
    });
  }
  return steps;
}

export function waterfallLayout(input: WaterfallLayoutInput): WaterfallLayout {
  const width = Math.max(0, input.width || 0);
  const height = Math.max(0, input.height || 0);
  const columns = chartColumns(width);
  const top = Math.min(LEGEND_HEIGHT, height);
  const plot: Box = { x: columns.bars.x0, y: top, width: columns.bars.x1 - columns.bars.x0, height: Math.max(0, height - top) };
  const counts = input.steps.filter((s) => s.unit === 'count').map((s) => s.value);
  const scale = chooseScale(counts, input.scale);
  const countLength = volumeScale(scale, counts, plot.width);
  const length = (step: WaterfallStepInput) =>
    step.unit === 'money' ? (drawable(step.value) && step.value > 0 ? plot.width : 0) : countLength(step.value);

  // The top of the funnel at the top of the drawing, the target at the bottom.
  const bands = scaleBand<string>()
    .domain(input.steps.map((s) => s.id).reverse())
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.35)
    .paddingOuter(0.15);
  const bh = bands.bandwidth();

  const rows: WaterfallRow[] = [];
  input.steps.forEach((step, index) => {
    const y = bands(step.id) ?? plot.y;
    const mid = y + bh / 2;
    const w = length(step);
    const below = index > 0 ? input.steps[index - 1] : null;
    const belowRow = index > 0 ? rows[index - 1] : null;
    const bar = drawable(step.value) ? { x: plot.x, y, width: w, height: bh } : null;
    const chained = bar !== null && below !== null && below.unit === 'count' && step.unit === 'count' && drawable(below.value);
    const from = chained ? plot.x + countLength(below.value) : 0;
    const to = plot.x + w;
    rows.push({
      id: step.id,
      label: step.label,
      index,
      unit: step.unit,
      value: drawable(step.value) ? step.value : null,
      band: { x: 0, y, width, height: bh },
      bar,
      increment: chained ? { x: Math.min(from, to), y, width: Math.abs(to - from), height: bh } : null,
      connector: chained && belowRow ? { x: from, y1: belowRow.band.y, y2: y + bh } : null,
      valueLabel: { x: to + 4, y: mid },
      nameAnchor: { x: columns.names, y: mid },
      multiplier: step.link && belowRow ? { x: columns.notes, y: (mid + belowRow.band.y + bh / 2) / 2, link: step.link } : null,
    });
  });

  return { width, height, scale, plot, columns, rows };
}

/** A drawing tall enough for every step and the multipliers between them. */
export function waterfallHeight(stepCount: number, rowHeight = 34): number {
  return LEGEND_HEIGHT + Math.max(1, stepCount) * rowHeight + 8;
}
