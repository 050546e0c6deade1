import { LAST_STAGE_UNUSED, isInputKey, kindOfKey, parseCellKey, type CellKey, type DocShape } from '$lib/document';

/** One percentage point, and the fine step of a tenth of a point, as fractions. */
export const NUDGE_STEP = 0.01;
export const NUDGE_FINE_STEP = 0.001;

/** Rounds away the binary noise of adding steps (0.1 + 0.01 = 0.11000000000000001) without moving real digits. */
const clean = (value: number): number => Number.parseFloat(value.toFixed(10));

/**
 * A rate moved by one percentage point (or a tenth of one when `fine`), kept within 0..1.
 * A value that is not a number (an empty cell, an error) starts from 0.
 */
export function nudgedRate(current: number, direction: 1 | -1, fine: boolean): number {
  const from = Number.isFinite(current) ? current : 0;
  const next = from + direction * (fine ? NUDGE_FINE_STEP : NUDGE_STEP);
  return clean(Math.min(1, Math.max(0, next)));
}

/** The text to enter for a rate so it reads back as the same percentage: 0.265 -> "26.5%". */
export function rateInputText(rate: number): string {
  // Fixed digits, not String(), so a tiny rate never turns into "1e-7%".
  return `${(rate * 100).toFixed(8).replace(/\.?0+$/, '')}%`;
}

/**
 * A rate the user can move: a percent input cell that takes part in the funnel (the last stage
 * converts to nothing). Computed percentages are left alone: a nudge would replace their formula.
 */
export function isNudgeable(doc: DocShape, key: CellKey | null): key is CellKey {
  if (!key || kindOfKey(key) !== 'percent' || !isInputKey(key)) return false;
  const parsed = parseCellKey(key);
  if (parsed?.scope !== 'stage') return parsed !== null;
  const index = doc.stages.findIndex((s) => s.id === parsed.stageId);
  return index !== -1 && !(index === doc.stages.length - 1 && LAST_STAGE_UNUSED.has(parsed.column));
}
