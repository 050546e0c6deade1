import {
  assumptionKey,
  isInputKey,
  isTextKey,
  kindOfKey,
  parseCellKey,
  stageKey,
  typedInActiveLayer,
  type CellKey,
  type CellKind,
  type RoundingMode,
  type WorkbookDoc,
} from '../document';
import { formatNumberForEdit } from '../i18n/format-number';
import { solve, type Point, type SolveResult } from './goal-seek';
import { withScratch, type EngineSource, type ScratchEngine } from './scratch-engine';

// Goal seek on the workbook: every trial value is computed by a scratch engine on a copy of the
// document; the user's workbook changes only when they apply the answer.

const TARGET = assumptionKey('target');
const REVENUE = assumptionKey('forecastRevenue');
const WON = assumptionKey('forecastWon');
const PER_STAGE = assumptionKey('perStage');
const REQUIRED_TOP = assumptionKey('requiredTop');

/** The lowest rate the rate solve tries: 0.01%. */
export const MIN_RATE = 0.0001;
/** The largest top-of-funnel volume the top solve tries. */
export const MAX_TOP = 1e15;

/**
 * The engine rounds what it shows to about 11 significant digits, so a forecast cannot be made to
 * equal the target more closely than that: within 1e-9 of the target counts as hitting it.
 */
const valueTolerance = (target: number) => 1e-9 * Math.max(1, Math.abs(target));

export interface SeekRequest {
  /** The cell that should reach a value (any cell with a number, usually a formula). */
  set: CellKey;
  to: number;
  /** The input cell whose value is changed. */
  changing: CellKey;
  lo: number;
  hi: number;
  /** Where to start looking; the changing cell's current value by default. */
  x0?: number;
  tolerance?: number;
  maxIterations?: number;
  /**
   * When no value hits the target exactly (a step function), the answer is rounded up to a multiple of
   * this; an exact answer moves to the nearest multiple when that is exact too. By default whole
   * numbers for counts and dates, cents for money, 0.0001% for rates.
   */
  grain?: number;
}

export type SeekFailureReason =
  | 'no-bracket'
  | 'not-finite'
  | 'max-iterations'
  /** X and Y are the same cell. */
  | 'same-cell'
  /** Y is not a cell one types a number into (a computed cell, a name, text). */
  | 'not-input'
  /** Y holds a formula: goal seek changes constants, as in a spreadsheet. */
  | 'formula'
  /** X holds text, not a number. */
  | 'not-number';

export type SeekResult =
  | {
      ok: true;
      /** The value found for the changing cell, and what the target cell then shows. */
      x: number;
      fx: number;
      exact: boolean;
      /** The changing cell's value before, or null when it was empty. */
      before: number | null;
      /** The text that `session.enter(changing, text)` takes to apply the answer. */
      text: string;
      iterations: number;
      evaluations: number;
    }
  | { ok: false; reason: SeekFailureReason; best?: Point; iterations: number; evaluations: number };

type NumericKind = Exclude<CellKind, 'text' | 'flag'>;
const numericKind = (key: CellKey): NumericKind => {
  const kind = kindOfKey(key);
  return kind === 'text' || kind === 'flag' ? 'decimal' : kind;
};

/** The text a user would type to put `value` in the cell `key` (25% for a rate, 2026-12-31 for a date). */
export function applyText(key: CellKey, value: number): string {
  return formatNumberForEdit(value, numericKind(key));
}

const DEFAULT_GRAIN: Partial<Record<NumericKind, number>> = { count: 1, date: 1, money: 0.01, percent: 1e-6, 'rate-delta': 1e-6 };
const LAST_DATE = 2_958_465; // 9999-12-31

/** A sensible search range for a cell of this kind around its current value. */
export function seekBounds(key: CellKey, current: number | null): { lo: number; hi: number } {
  const now = current !== null && Number.isFinite(current) ? current : 0;
  switch (numericKind(key)) {
    case 'percent':
      return { lo: 0, hi: 1 };
    case 'rate-delta':
      return { lo: -1, hi: 1 };
    case 'count':
    case 'money':
      return { lo: 0, hi: Math.max(1e12, Math.abs(now) * 1e6) };
    case 'date':
      return { lo: 1, hi: LAST_DATE };
    default: {
      const span = Math.max(1e12, Math.abs(now) * 1e6);
      return { lo: -span, hi: span };
    }
  }
}

/** Why `changing` cannot be goal-sought in `doc` (null when it can). */
export function changingProblem(doc: WorkbookDoc, changing: CellKey): 'not-input' | 'formula' | null {
  const parsed = parseCellKey(changing);
  if (!parsed || !isInputKey(changing) || isTextKey(changing) || kindOfKey(changing) === 'flag') return 'not-input';
  if (parsed.scope === 'stage' && !doc.stages.some((s) => s.id === parsed.stageId)) return 'not-input';
  if (typedInActiveLayer(doc, changing).startsWith('=')) return 'formula';
  return null;
}

/** f(x) computed by the scratch engine: `changing` set to x, `read` read back; remembered per x. */
function probe(scratch: ScratchEngine, changing: CellKey, read: CellKey): (x: number) => number {
  const seen = new Map<number, number>();
  return (x: number) => {
    const known = seen.get(x);
    if (known !== undefined) return known;
    scratch.evaluate([[changing, String(x)]]);
    const value = scratch.number(read);
    seen.set(x, value);
    return value;
  };
}

/** Set cell X to a value by changing cell Y, as a spreadsheet's goal seek does. */
export function seekCell(source: EngineSource, doc: WorkbookDoc, request: SeekRequest): SeekResult {
  const { set, changing, to } = request;
  const refuse = (reason: SeekFailureReason): SeekResult => ({ ok: false, reason, iterations: 0, evaluations: 0 });
  if (set === changing) return refuse('same-cell');
  const problem = changingProblem(doc, changing);
  if (problem) return refuse(problem);
  if (!parseCellKey(set) || isTextKey(set)) return refuse('not-number');
  return withScratch(source, doc, (scratch) => {
    scratch.evaluate();
    const current = scratch.number(changing);
    const before = Number.isFinite(current) ? current : null;
    const x0 = request.x0 ?? before ?? undefined;
    const result: SolveResult = solve(probe(scratch, changing, set), to, {
      valueTolerance: valueTolerance(to),
      lo: request.lo,
      hi: request.hi,
      x0,
      tolerance: request.tolerance,
      maxIterations: request.maxIterations,
      grain: request.grain ?? DEFAULT_GRAIN[numericKind(changing)],
      snap: 'prefer',
    });
    if (!result.ok) return result;
    return { ...result, before, text: applyText(changing, result.x) };
  });
}

export type FunnelSolveReason =
  /** No such stage, or it has no rate (the last stage converts to nothing). */
  | 'no-stage'
  /** The top stage has no actual entries: there is no current top to forecast from. */
  | 'no-top'
  /** The target is not a positive number. */
  | 'no-target'
  /** The forecast cannot be computed (a rate or the deal value is missing). */
  | 'incomplete'
  /** Not even the upper end of the range (a 100% rate, a top of MAX_TOP) reaches the target. */
  | 'unreachable'
  | 'not-finite'
  | 'max-iterations'
  | 'no-bracket';

export interface FunnelSolveFailure {
  ok: false;
  reason: FunnelSolveReason;
  /** For 'unreachable': the upper end of the range and the revenue it gives. */
  best?: Point;
}

interface FunnelAnswer {
  ok: true;
  target: number;
  /** Forecast revenue and won deals with the answer in place. */
  revenue: number;
  won: number;
  /** Whether the revenue equals the target, rather than passing it in a step. */
  exact: boolean;
  rounding: RoundingMode;
  iterations: number;
  evaluations: number;
  /** The text that `session.enter` takes to apply the answer. */
  text: string;
}

export interface RateNeeded extends FunnelAnswer {
  stageId: string;
  key: CellKey;
  rate: number;
  currentRate: number | null;
  /** The current top of the funnel (actual entries of the first stage). */
  top: number;
  /** Whether the current rate already reaches the target. */
  alreadyMet: boolean;
  /** Even the lowest rate tried (MIN_RATE) reaches the target: the stage is not what limits it. */
  atFloor: boolean;
}

export interface TopNeeded extends FunnelAnswer {
  key: CellKey;
  /** The top-of-funnel volume found (whole in per-stage mode, exact in exact mode). */
  top: number;
  /** The same rounded up to whole entries. */
  wholeTop: number;
  currentTop: number | null;
  /** The reverse calculation's required top (RequiredTop), for comparison. */
  requiredTop: number | null;
  alreadyMet: boolean;
}

const roundingOf = (scratch: ScratchEngine): RoundingMode => (scratch.number(PER_STAGE) === 0 ? 'exact' : 'per-stage');

function failed(result: Extract<SolveResult, { ok: false }>): FunnelSolveFailure {
  return { ok: false, reason: result.reason, ...(result.best ? { best: result.best } : {}) };
}

/**
 * The ideal rate stage `stageId` must reach for the revenue forecast (forward from the actual top at the
 * ideal rates) to reach the target, all else as it is. With per-stage rounding the forecast moves in
 * whole deals; the answer is then the lowest rate, to 0.01%, that reaches the target.
 */
export function rateNeededAtStage(source: EngineSource, doc: WorkbookDoc, stageId: string): RateNeeded | FunnelSolveFailure {
  const index = doc.stages.findIndex((s) => s.id === stageId);
  if (index < 0 || index === doc.stages.length - 1) return { ok: false, reason: 'no-stage' };
  const key = stageKey(stageId, 'rate');
  const topKey = stageKey(doc.stages[0].id, 'actual');
  return withScratch(source, doc, (scratch): RateNeeded | FunnelSolveFailure => {
    scratch.evaluate();
    const target = scratch.number(TARGET);
    if (!(target > 0)) return { ok: false, reason: 'no-target' };
    const top = scratch.number(topKey);
    if (!Number.isFinite(top)) return { ok: false, reason: 'no-top' };
    const rounding = roundingOf(scratch);
    const current = scratch.number(key);
    const currentRate = Number.isFinite(current) ? current : null;
    const revenueAt = probe(scratch, key, REVENUE);
    const atMax = revenueAt(1);
    if (!Number.isFinite(atMax)) return { ok: false, reason: 'incomplete' };
    const vtol = valueTolerance(target);
    if (atMax < target - vtol) return { ok: false, reason: 'unreachable', best: { x: 1, fx: atMax } };
    const result = solve(revenueAt, target, {
      lo: MIN_RATE,
      hi: 1,
      x0: currentRate !== null && currentRate > MIN_RATE && currentRate < 1 ? currentRate : undefined,
      least: true,
      valueTolerance: vtol,
      grain: rounding === 'per-stage' ? 0.0001 : undefined,
    });
    if (!result.ok) return failed(result);
    const alreadyMet = currentRate !== null && revenueAt(currentRate) >= target - vtol;
    scratch.evaluate([[key, String(result.x)]]);
    return {
      ok: true,
      stageId,
      key,
      rate: result.x,
      currentRate,
      top,
      target,
      revenue: result.fx,
      won: scratch.number(WON),
      exact: result.exact,
      rounding,
      alreadyMet,
      atFloor: result.x === MIN_RATE,
      iterations: result.iterations,
      evaluations: result.evaluations,
      text: applyText(key, result.x),
    };
  });
}

/**
 * The top-of-funnel volume (actual entries of the first stage) at which the revenue forecast at the
 * ideal rates reaches the target. With per-stage rounding the answer is a whole number: the smallest
 * top that reaches the target (one fewer does not). In exact mode it is Target / (AvgDeal × total rate).
 */
export function topNeeded(source: EngineSource, doc: WorkbookDoc): TopNeeded | FunnelSolveFailure {
  if (doc.stages.length === 0) return { ok: false, reason: 'no-stage' };
  const key = stageKey(doc.stages[0].id, 'actual');
  return withScratch(source, doc, (scratch): TopNeeded | FunnelSolveFailure => {
    scratch.evaluate();
    const target = scratch.number(TARGET);
    if (!(target > 0)) return { ok: false, reason: 'no-target' };
    const rounding = roundingOf(scratch);
    const current = scratch.number(key);
    const currentTop = Number.isFinite(current) ? current : null;
    const required = scratch.number(REQUIRED_TOP);
    const requiredTop = Number.isFinite(required) ? required : null;
    const revenueAt = probe(scratch, key, REVENUE);
    const atMax = revenueAt(MAX_TOP);
    if (!Number.isFinite(atMax)) return { ok: false, reason: 'incomplete' };
    const vtol = valueTolerance(target);
    if (atMax < target - vtol) return { ok: false, reason: 'unreachable', best: { x: MAX_TOP, fx: atMax } };
    // The reverse calculation's answer is a close first guess.
    const guess = requiredTop !== null && requiredTop > 0 ? requiredTop : currentTop !== null && currentTop > 0 ? currentTop : undefined;
    const result = solve(revenueAt, target, {
      lo: 0,
      hi: MAX_TOP,
      x0: guess,
      least: true,
      valueTolerance: vtol,
      grain: rounding === 'per-stage' ? 1 : undefined,
    });
    if (!result.ok) return failed(result);
    const alreadyMet = currentTop !== null && revenueAt(currentTop) >= target - vtol;
    scratch.evaluate([[key, String(result.x)]]);
    const wholeTop = Math.ceil(result.x - 1e-9 * Math.max(1, result.x));
    return {
      ok: true,
      key,
      top: result.x,
      wholeTop,
      currentTop,
      requiredTop,
      target,
      revenue: result.fx,
      won: scratch.number(WON),
      exact: result.exact,
      rounding,
      alreadyMet,
      iterations: result.iterations,
      evaluations: result.evaluations,
      text: applyText(key, rounding === 'per-stage' ? result.x : wholeTop),
    };
  });
}
