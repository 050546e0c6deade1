// Notes that belong at one cell: figures that make the funnel impossible or contradict themselves.
import { MIX_SLOTS, assumptionKey, mixKey, opportunityKey, stageKey, type CellKey, type DocShape } from '../document';
import { isPastDate, sharesAddUp } from '../domain';
import { numberAt, textAt, type CellNote, type Read } from './read';

type Notes = Map<CellKey, CellNote>;

/**
 * Required entries are reversed from the bottom: Req_i = Req_{i+1} / r_i. A rate of 0 (or none typed,
 * which a spreadsheet divides by as 0) leaves every stage from the top down to it without a figure.
 */
function rateNotes(doc: DocShape, read: Read, notes: Notes): void {
  doc.stages.slice(0, -1).forEach((stage, i) => {
    const key = stageKey(stage.id, 'rate');
    const value = read(key);
    // The names are gathered only for a note: copying them for every rate made long funnels quadratic.
    const stages = () => ({ names: doc.stages.slice(0, i + 1).map((s) => s.name) });
    if (value.type === 'number' && value.value === 0) notes.set(key, { message: 'insights.note.zeroRate', params: { stages: stages() }, level: 'error' });
    else if (value.type === 'empty') notes.set(key, { message: 'insights.note.rateMissing', params: { stages: stages() }, level: 'warning' });
  });
}

/** Forward exits of a stage are the next stage's entries: more of them than entered is a typing slip. */
function exitNotes(doc: DocShape, read: Read, notes: Notes): void {
  for (const stage of doc.stages.slice(0, -1)) {
    const key = stageKey(stage.id, 'exits');
    const exits = numberAt(read, key);
    const entries = numberAt(read, stageKey(stage.id, 'actual'));
    if (exits === null || entries === null || !(exits > entries)) continue;
    notes.set(key, {
      message: 'insights.note.exitsExceedEntries',
      params: { stage: stage.name, exits: { value: exits, kind: 'count' }, entries: { value: entries, kind: 'count' } },
      level: 'error',
    });
  }
}

/** Lead time (domain formula 7): a close-by or enter-by date already behind us cannot be met. */
function dateNotes(doc: DocShape, read: Read, todaySerial: number, notes: Notes): void {
  const closeByKey = assumptionKey('closeBy');
  const closeBy = numberAt(read, closeByKey);
  if (closeBy !== null && isPastDate(closeBy, todaySerial)) {
    notes.set(closeByKey, { message: 'insights.note.closeByPast', params: { date: { value: closeBy, kind: 'date' } }, level: 'warning' });
  }
  for (const stage of doc.stages) {
    const key = stageKey(stage.id, 'enterBy');
    const date = numberAt(read, key);
    if (date === null || !isPastDate(date, todaySerial)) continue;
    notes.set(key, { message: 'insights.note.enterByPast', params: { stage: stage.name, date: { value: date, kind: 'date' } }, level: 'warning' });
  }
}

/** Shares of the deal-size mix should add up to 100%; untouched, the mix says nothing. */
function mixNote(read: Read, notes: Notes): void {
  const typed = Array.from({ length: MIX_SLOTS }, (_, slot) => numberAt(read, mixKey(slot, 'share'))).some((s) => s !== null);
  const key = assumptionKey('mixShareTotal');
  const total = numberAt(read, key);
  if (!typed || total === null || sharesAddUp(total)) return;
  notes.set(key, { message: 'insights.note.mixShares', params: { total: { value: total, kind: 'percent' } }, level: 'warning' });
}

/**
 * An opportunity finds its probability by its stage's name. The engine's lookup ignores case (as
 * Excel's MATCH does), so this comparison does too; an unmatched one adds nothing to the forecast.
 */
function opportunityNotes(doc: DocShape, read: Read, notes: Notes): void {
  const names = new Set(doc.stages.map((s) => s.name.toLowerCase()));
  for (const { id } of doc.opportunities) {
    const key = opportunityKey(id, 'stage');
    const name = textAt(read, key);
    if (name === '' || names.has(name.toLowerCase())) continue;
    notes.set(key, {
      message: 'insights.note.unknownStage',
      params: { name, stages: { names: doc.stages.map((s) => s.name) } },
      level: 'error',
    });
  }
}

/** Every note that belongs at a cell, by the cell's key. `todaySerial` is today as a date serial. */
export function cellNotes(doc: DocShape, read: Read, todaySerial: number): Map<CellKey, CellNote> {
  const notes: Notes = new Map();
  rateNotes(doc, read, notes);
  exitNotes(doc, read, notes);
  dateNotes(doc, read, todaySerial, notes);
  mixNote(read, notes);
  opportunityNotes(doc, read, notes);
  return notes;
}
