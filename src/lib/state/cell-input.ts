import { isTextKey, kindOfKey, NAME_MAX, type CellKey } from '../document';
import { parseDateInput, parseNumberInput, type MessageKey, type Params } from '../i18n';

export type InputVerdict = { ok: true; raw: string } | { ok: false; message: MessageKey; params?: Params };

export const STAGE_NAME_MAX = 60;
/** Longest text a text cell (an opportunity's owner, say) holds. */
export const TEXT_CELL_MAX = 200;

/**
 * Turns what a user typed into what the document stores, or says why it cannot be stored.
 * Numbers are stored in their plain form (`50万` -> `500000`, `25%` -> `0.25`) so that the engine,
 * the file and Excel all read them the same way; dates as their serial day number (`2026-12-31` ->
 * `46387`). Text cells keep the text as typed, a leading `=` included: they are never evaluated.
 */
export function interpretCellInput(key: CellKey, text: string, isValidFormula: (formula: string) => boolean): InputVerdict {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, raw: '' };
  if (isTextKey(key)) {
    const length = [...trimmed].length;
    if (length > TEXT_CELL_MAX) return { ok: false, message: 'input.nameTooLong', params: { max: TEXT_CELL_MAX, length } };
    return { ok: true, raw: trimmed };
  }
  if (trimmed.startsWith('=')) {
    return isValidFormula(trimmed) ? { ok: true, raw: trimmed } : { ok: false, message: 'input.badFormula' };
  }
  const kind = kindOfKey(key);
  if (kind === 'date') {
    const date = parseDateInput(trimmed);
    return date.ok ? { ok: true, raw: String(date.value) } : { ok: false, message: 'input.notADate', params: { text: trimmed } };
  }
  const parsed = parseNumberInput(trimmed, { percent: kind === 'percent' });
  if (!parsed.ok) return { ok: false, message: 'input.notANumber', params: { text: trimmed } };
  const value = parsed.value;
  if (kind === 'percent' && (value < 0 || value > 1)) {
    return { ok: false, message: 'input.rateRange', params: { text: trimmed, value: `${+(value * 100).toPrecision(12)}%` } };
  }
  if ((kind === 'count' || kind === 'money') && value < 0) return { ok: false, message: 'input.negative' };
  if (key === 'a.avgDeal' && value === 0) return { ok: false, message: 'input.targetPositive' };
  return { ok: true, raw: String(value) };
}

/** A stage or workbook name: trimmed, not empty, not too long. Names are only ever shown as text. */
export function interpretName(text: string, max = STAGE_NAME_MAX): InputVerdict {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'input.nameEmpty' };
  const length = [...name].length;
  if (length > Math.min(max, NAME_MAX)) return { ok: false, message: 'input.nameTooLong', params: { max: Math.min(max, NAME_MAX), length } };
  return { ok: true, raw: name };
}
