import { assumptionKey, stageKey, type CellKey, type RoundingMode, type WorkbookDoc } from '../document';
import { ScratchEngine, withScratch, type EngineSource } from './scratch-engine';

// Sensitivity: for each stage's ideal rate, how many more deals and how much more revenue the
// forecast gives for +1 percentage point and for +10% of the rate, computed by the scratch engine.

const WON = assumptionKey('forecastWon');
const REVENUE = assumptionKey('forecastRevenue');
const SIM_TOP = assumptionKey('simTop');
const PER_STAGE = assumptionKey('perStage');

export interface RateShift {
  /** The rate tried (capped at 100%). */
  rate: number;
  /** Whether the cap at 100% cut the shift short. */
  capped: boolean;
  dWon: number;
  /** Null when the revenue cannot be computed (no deal value). */
  dRevenue: number | null;
}

export interface SensitivityRow {
  stageId: string;
  name: string;
  /** The stage's ideal rate now. */
  rate: number;
  /** The forecast now (the same on every row). */
  won: number;
  revenue: number | null;
  plusOnePoint: RateShift;
  plusTenPercent: RateShift;
  /** 1 for the stage whose +1 point adds the most revenue. */
  rank: number;
}

/**
 * Which top of the funnel the forecast started from: the actual entries of the first stage, or, when
 * none are typed, the plan's required top (SimTop), put in the scratch copy's first stage.
 */
export type TopSource = 'actual' | 'required';

export type SensitivityResult =
  | { ok: true; top: number; topSource: TopSource; won: number; revenue: number | null; rounding: RoundingMode; rows: SensitivityRow[] }
  | {
      ok: false;
      /** 'no-stages': fewer than two stages; 'no-top': no actual top and no required top; 'incomplete': a rate is missing. */
      reason: 'no-stages' | 'no-top' | 'incomplete';
    };

const ONE_POINT = 0.01;
const TEN_PERCENT = 1.1;

/** The forecast's sensitivity to each stage rate, ranked by the revenue +1 point adds. */
export function rateSensitivity(source: EngineSource, doc: WorkbookDoc): SensitivityResult {
  if (doc.stages.length < 2) return { ok: false, reason: 'no-stages' };
  return withScratch(source, doc, (scratch) => {
    const steps = sensitivitySteps(scratch, doc);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * The same as `rateSensitivity` on a kept scratch engine, a few probes per task: a long funnel needs
 * two recalculations per stage, which at hundreds of stages would hold the page for seconds. Resolves
 * null when `signal` aborts (a newer edit); the scratch engine is left for the next run to reset.
 */
export async function rateSensitivityInSlices(
  scratch: ScratchEngine,
  doc: WorkbookDoc,
  signal: AbortSignal,
  sliceMs = 8,
): Promise<SensitivityResult | null> {
  if (doc.stages.length < 2) return { ok: false, reason: 'no-stages' };
  scratch.reset(doc);
  const steps = sensitivitySteps(scratch, doc);
  for (;;) {
    const started = performance.now();
    do {
      const step = steps.next();
      if (step.done) {
        scratch.evaluate();
        return step.value;
      }
    } while (performance.now() - started < sliceMs);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) return null;
  }
}

/** The probes one by one; each `yield` comes after one recalculation of the scratch engine. */
function* sensitivitySteps(scratch: ScratchEngine, doc: WorkbookDoc): Generator<void, SensitivityResult> {
  if (doc.stages.length < 2) return { ok: false, reason: 'no-stages' };
  const topKey = stageKey(doc.stages[0].id, 'actual');
  scratch.evaluate();
  let topSource: TopSource = 'actual';
  let top = scratch.number(topKey);
  if (!Number.isFinite(top)) {
    top = scratch.number(SIM_TOP);
    if (!Number.isFinite(top)) return { ok: false, reason: 'no-top' };
    topSource = 'required';
  }
  // Every trial writes the top as well, so that the forecast starts from it.
  const fixed: [CellKey, string][] = topSource === 'required' ? [[topKey, String(top)]] : [];
  const forecast = (writes: [CellKey, string][]) => {
    scratch.evaluate([...fixed, ...writes]);
    return { won: scratch.number(WON), revenue: scratch.number(REVENUE) };
  };
  const rounding: RoundingMode = scratch.number(PER_STAGE) === 0 ? 'exact' : 'per-stage';
  const base = forecast([]);
  if (!Number.isFinite(base.won)) return { ok: false, reason: 'incomplete' };
  const revenue = Number.isFinite(base.revenue) ? base.revenue : null;
  const rates = doc.stages.slice(0, -1).map((stage) => ({ stage, rate: scratch.number(stageKey(stage.id, 'rate')) }));
  if (rates.some(({ rate }) => !Number.isFinite(rate))) return { ok: false, reason: 'incomplete' };
  const shift = (key: CellKey, wanted: number): RateShift => {
    const tried = Math.min(1, wanted);
    const after = forecast([[key, String(tried)]]);
    return {
      rate: tried,
      capped: wanted > 1,
      dWon: after.won - base.won,
      dRevenue: revenue === null || !Number.isFinite(after.revenue) ? null : after.revenue - revenue,
    };
  };
  const rows: SensitivityRow[] = [];
  for (const { stage, rate } of rates) {
    const key = stageKey(stage.id, 'rate');
    const plusOnePoint = shift(key, rate + ONE_POINT);
    yield;
    const plusTenPercent = shift(key, rate * TEN_PERCENT);
    yield;
    rows.push({ stageId: stage.id, name: stage.name, rate, won: base.won, revenue, plusOnePoint, plusTenPercent, rank: 0 });
  }
  rank(rows);
  return { ok: true, top, topSource, won: base.won, revenue, rounding, rows };
}

/** Most revenue for +1 point first; then +10%; won deals when revenue is unknown; stage order last. */
function rank(rows: SensitivityRow[]): void {
  const order = new Map(rows.map((row, i) => [row.stageId, i]));
  const gain = (shift: RateShift) => shift.dRevenue ?? shift.dWon;
  // Larger first; gains equal but for floating-point noise count as equal.
  const byGain = (x: number, y: number) => (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)) ? 0 : y - x);
  rows.sort(
    (a, b) =>
      byGain(gain(a.plusOnePoint), gain(b.plusOnePoint)) ||
      byGain(gain(a.plusTenPercent), gain(b.plusTenPercent)) ||
      order.get(a.stageId)! - order.get(b.stageId)!,
  );
  rows.forEach((row, i) => (row.rank = i + 1));
}
