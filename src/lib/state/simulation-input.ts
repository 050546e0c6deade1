// What the Monte Carlo simulates, read from the cells the grid shows (issue 5, capability 6).
// Pure: the same function serves the reactive cell store on the page and the engine in tests.
import { assumptionKey, stageKey, type DocShape } from '../document';
import type { MessageKey } from '../i18n';
import { flagAt, numberAt, type NoteParams, type Read } from '../insights/read';
import {
  beliefInterval,
  beliefMean,
  ProbabilityInputError,
  rateBeliefFromCounts,
  rateBeliefFromRange,
  type SimulateInput,
  type StageRate,
  type TopNeededInput,
} from '../probability';

/** Where a stage's rate belief came from: a typed range, this period's counts, or the ideal rate taken as certain. */
export type RateSource = 'range' | 'counts' | 'fixed';

/** One conversion (a stage to the next) as the simulation sees it. */
export interface StageUncertainty {
  stageId: string;
  /** The stage the conversion leaves, and the one it enters. */
  name: string;
  next: string;
  /** null when the stage has no usable rate at all (then nothing is simulated). */
  source: RateSource | null;
  belief: StageRate | null;
  /** The belief's mean, and its 5th and 95th percentiles (all three equal for a fixed rate). */
  mean: number | null;
  low: number | null;
  high: number | null;
  /** The counts behind a 'counts' belief. */
  entries?: number;
  exits?: number;
}

export type SimulationProblemCode =
  | 'range-order' // low above high: the range is ignored
  | 'range-bounds' // an end outside 0%..100%: the range is ignored
  | 'range-half' // only one end typed: the range is ignored
  | 'bad-counts' // exits above entries, or negative: the counts are ignored
  | 'no-rate' // no range, no counts and no ideal rate in 0%..100%: nothing is simulated
  | 'too-few-stages'
  | 'no-top'
  | 'no-avg-deal'
  | 'no-target'
  | 'bad-confidence'; // the reverse search (volume needed) is skipped; the simulation still runs

/**
 * Something about the inputs the page should say. 'error' stops the simulation, 'warning' means
 * an input was ignored (the stage falls back to its next source), 'info' says what to type next.
 */
export interface SimulationProblem {
  code: SimulationProblemCode;
  level: 'error' | 'warning' | 'info';
  message: MessageKey;
  params: NoteParams;
  stageId?: string;
}

export interface SimulationInput {
  /** The simulate() input without trials and seed, or null when an 'error' problem stops it. */
  simulate: Omit<SimulateInput, 'trials' | 'seed' | 'bins'> | null;
  /** The topNeededFor() input without trials and seed, or null (also when the confidence is unusable). */
  topNeeded: Omit<TopNeededInput, 'trials' | 'seed' | 'maxTop'> | null;
  stages: StageUncertainty[];
  problems: SimulationProblem[];
}

const pct = (value: number) => ({ value, kind: 'percent' as const });
const count = (value: number) => ({ value, kind: 'count' as const });

function stageName(doc: DocShape, index: number): string {
  const name = doc.stages[index]?.name.trim();
  return name || `#${index + 1}`;
}

/**
 * Fitting a range (about half a millisecond) and the 90% interval of a belief run for every stage
 * on every edit, so both are remembered by their numbers; a bounded cache, emptied when full.
 */
const MEMO_LIMIT = 2_000;
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}
const rangeFits = new Map<string, StageRate | ProbabilityInputError>();
const intervals = new Map<string, { low: number; high: number }>();

/** A range the user typed, or why it cannot be used. */
function beliefFromRange(low: number, high: number): StageRate | ProbabilityInputError {
  return memo(rangeFits, `${low}|${high}`, () => {
    try {
      // A range of one rate is that rate, known for certain.
      if (low === high && low >= 0 && low <= 1) return low;
      return rateBeliefFromRange(low, high);
    } catch (err) {
      if (err instanceof ProbabilityInputError) return err;
      throw err;
    }
  });
}

function interval90(belief: StageRate): { low: number; high: number } {
  if (typeof belief === 'number') return { low: belief, high: belief };
  return memo(intervals, `${belief.alpha}|${belief.beta}`, () => beliefInterval(belief, 0.9));
}

/**
 * The simulation's input from the cells: the top is SimTop (the actual top when typed, else the
 * plan's RequiredTop); each conversion uses, in this order, the range typed in RateLow/RateHigh
 * (a Beta with those 5th and 95th percentiles), the actual entries and exits (a Beta posterior
 * under a uniform prior), or the ideal rate as a certain number; the deal value is BlendedAvgDeal
 * when UseMix is on, else AvgDeal. A bad range or bad counts are reported and skipped, so the
 * other stages (and that stage, by its next source) still simulate.
 */
export function simulationInput(read: Read, doc: DocShape): SimulationInput {
  const problems: SimulationProblem[] = [];
  const stages: StageUncertainty[] = [];
  const problem = (code: SimulationProblemCode, level: SimulationProblem['level'], params: NoteParams = {}, stageId?: string) =>
    problems.push({ code, level, message: `probability.problem.${code}` as MessageKey, params, ...(stageId ? { stageId } : {}) });

  if (doc.stages.length < 2) problem('too-few-stages', 'error');
  for (let i = 0; i < doc.stages.length - 1; i++) {
    const id = doc.stages[i].id;
    const name = stageName(doc, i);
    const at = (column: 'rate' | 'actual' | 'exits' | 'rateLow' | 'rateHigh') => numberAt(read, stageKey(id, column));
    const low = at('rateLow');
    const high = at('rateHigh');
    let belief: StageRate | null = null;
    let source: RateSource | null = null;
    let counts: { entries: number; exits: number } | undefined;

    if (low !== null && high !== null) {
      const fitted = beliefFromRange(low, high);
      if (fitted instanceof ProbabilityInputError) {
        problem(fitted.code === 'range-order' ? 'range-order' : 'range-bounds', 'warning', { stage: name, low: pct(low), high: pct(high) }, id);
      } else {
        belief = fitted;
        source = 'range';
      }
    } else if (low !== null || high !== null) {
      problem('range-half', 'info', { stage: name }, id);
    }

    const entries = at('actual');
    const exits = at('exits');
    if (belief === null && entries !== null && exits !== null && entries > 0) {
      try {
        belief = rateBeliefFromCounts(entries, exits);
        source = 'counts';
        counts = { entries, exits };
      } catch (err) {
        if (!(err instanceof ProbabilityInputError)) throw err;
        problem('bad-counts', 'warning', { stage: name, entries: count(entries), exits: count(exits) }, id);
      }
    }

    const rate = at('rate');
    if (belief === null && rate !== null && rate >= 0 && rate <= 1) {
      belief = rate;
      source = 'fixed';
    }
    if (belief === null) problem('no-rate', 'error', { stage: name }, id);

    const interval = belief === null ? null : interval90(belief);
    stages.push({
      stageId: id,
      name,
      next: stageName(doc, i + 1),
      source,
      belief,
      mean: belief === null ? null : beliefMean(belief),
      low: interval?.low ?? null,
      high: interval?.high ?? null,
      ...counts,
    });
  }

  const useMix = flagAt(read, assumptionKey('useMix'));
  const avgDeal = numberAt(read, assumptionKey(useMix ? 'blendedAvgDeal' : 'avgDeal'));
  const avgDealOk = avgDeal !== null && avgDeal > 0;
  if (!avgDealOk) problem('no-avg-deal', 'error', { name: useMix ? 'BlendedAvgDeal' : 'AvgDeal' });

  const target = numberAt(read, assumptionKey('target'));
  if (target === null) problem('no-target', 'error');

  const confidence = numberAt(read, assumptionKey('confidence'));
  const confidenceOk = confidence !== null && confidence > 0 && confidence <= 1;
  if (!confidenceOk) problem('bad-confidence', 'warning');

  const rawTop = numberAt(read, assumptionKey('simTop'));
  // The plan's top is fractional when rounding is exact: whole entries, rounded up, are simulated.
  const top = rawTop !== null && rawTop >= 0 && rawTop <= Number.MAX_SAFE_INTEGER ? Math.ceil(rawTop - 1e-9) : null;
  // Without a typed top, SimTop is the plan's, which any of the problems above leaves empty: say it only on its own.
  if (top === null && !problems.some((p) => p.level === 'error')) problem('no-top', 'error');

  const blocked = problems.some((p) => p.level === 'error');
  const rates = stages.map((stage) => stage.belief as StageRate);
  return {
    simulate: blocked ? null : { top: top as number, stages: rates, avgDeal: avgDeal as number, target: target as number },
    topNeeded:
      blocked || !confidenceOk
        ? null
        : { stages: rates, avgDeal: avgDeal as number, target: target as number, confidence: confidence as number },
    stages,
    problems,
  };
}
