import type { ColumnMapping, ImportShape } from './guess';
import { IGNORE, LOST, type StageTarget, type WorkbookStage } from './stages';
import type { RawTable } from './table';
import { monthOf, parseAmount, parseDate } from './values';
import { parseNumberInput } from '../i18n/parse-number';

/**
 * Actual entries per stage from a CRM file.
 *
 * Opportunity lists: an opportunity at stage k has entered stages 0..k, so it counts once at each of
 * them and the entries are cumulative like a funnel (entries at a stage = opportunities that reached
 * it or a later one). A lost opportunity counts at every stage up to the one it reached when the
 * file has a "stage reached" column (and that stage is mapped); without one, it counts at the first
 * stage only: it did enter the funnel, and how far it got is unknown.
 *
 * Stage-count files: one row per stage with a count. The counts are taken either as entries (as
 * they are) or as opportunities currently at each stage (then accumulated from the last stage up).
 */
export type StageCounts = Map<string, number>;

export type SkipReason = 'no-stage' | 'unmapped-stage' | 'ignored-stage' | 'lost-stage' | 'bad-count';

export interface SkipReport {
  reason: SkipReason;
  count: number;
  /** File row numbers (the header is row 1) of the first few rows skipped for this reason. */
  rows: number[];
  /** The distinct stage names behind the skip (for unmapped and ignored stages). */
  values: string[];
}

/** An opportunity still open at the end of the import, for the workbook's open opportunities list. */
export interface ImportedOpportunity {
  name: string;
  amount: number | null;
  stageId: string;
  owner: string;
  close: number | null;
}

export interface ImportWarnings {
  badAmount: number;
  badCreated: number;
  badClosed: number;
  /** Lost opportunities counted at the first stage only (no usable "stage reached"). */
  lostAtFirstStage: number;
}

export interface ImportResult {
  shape: ImportShape;
  byStage: StageCounts;
  /** Owner as written in the file ('' for none) -> entries per stage. */
  byOwner: Map<string, StageCounts>;
  /** `YYYY-MM` of the created date -> entries per stage; rows without a readable date are left out. */
  byMonth: Map<string, StageCounts>;
  /** Owner -> `YYYY-MM` -> entries per stage, for splitting actuals into reps by month. */
  byOwnerMonth: Map<string, Map<string, StageCounts>>;
  /** Rows that were counted. */
  counted: number;
  skipped: SkipReport[];
  warnings: ImportWarnings;
  open: ImportedOpportunity[];
}

export interface AggregateInput {
  table: RawTable;
  mapping: ColumnMapping;
  shape: ImportShape;
  stageMapping: ReadonlyMap<string, StageTarget>;
  stages: readonly WorkbookStage[];
  /** Stage-count files only: whether a count is entries into the stage or opportunities now at it. */
  countsAre?: 'entries' | 'current';
}

const EXAMPLE_ROWS = 5;
/** The header is row 1 of the file, so data row i is row i + 2. */
const fileRow = (index: number) => index + 2;

const zeros = (stages: readonly WorkbookStage[]): StageCounts => new Map(stages.map((s) => [s.id, 0]));

class Skips {
  readonly #reports = new Map<SkipReason, SkipReport>();

  add(reason: SkipReason, index: number, value?: string): void {
    let report = this.#reports.get(reason);
    if (!report) this.#reports.set(reason, (report = { reason, count: 0, rows: [], values: [] }));
    report.count++;
    if (report.rows.length < EXAMPLE_ROWS) report.rows.push(fileRow(index));
    if (value !== undefined && !report.values.includes(value)) report.values.push(value);
  }

  list(): SkipReport[] {
    return [...this.#reports.values()];
  }
}

function addUpTo(counts: StageCounts, stages: readonly WorkbookStage[], reached: number): void {
  for (let k = 0; k <= reached; k++) counts.set(stages[k].id, (counts.get(stages[k].id) ?? 0) + 1);
}

function countsFor(map: Map<string, StageCounts>, key: string, stages: readonly WorkbookStage[]): StageCounts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = zeros(stages)));
  return counts;
}

export function aggregate(input: AggregateInput): ImportResult {
  return input.shape === 'stage-counts' ? aggregateCounts(input) : aggregateOpportunities(input);
}

function emptyResult(input: AggregateInput): ImportResult {
  return {
    shape: input.shape,
    byStage: zeros(input.stages),
    byOwner: new Map(),
    byMonth: new Map(),
    byOwnerMonth: new Map(),
    counted: 0,
    skipped: [],
    warnings: { badAmount: 0, badCreated: 0, badClosed: 0, lostAtFirstStage: 0 },
    open: [],
  };
}

function aggregateOpportunities(input: AggregateInput): ImportResult {
  const { table, mapping, stageMapping, stages } = input;
  const result = emptyResult(input);
  const skips = new Skips();
  const indexOf = new Map(stages.map((s, i) => [s.id, i]));
  const cell = (row: readonly string[], column: number | undefined) => (column === undefined ? '' : (row[column] ?? ''));
  const last = stages.length - 1;

  table.rows.forEach((row, index) => {
    const stageName = cell(row, mapping.stage);
    if (stageName === '') return skips.add('no-stage', index);
    const target = stageMapping.get(stageName) ?? '';
    if (target === IGNORE) return skips.add('ignored-stage', index, stageName);
    const lost = target === LOST;
    const reachedName = cell(row, mapping.reached);
    const reachedTarget = reachedName === '' ? undefined : stageMapping.get(reachedName);
    const reachedIndex = reachedTarget === undefined ? undefined : indexOf.get(reachedTarget);
    let k: number;
    if (lost) {
      k = reachedIndex ?? 0;
      if (reachedIndex === undefined) result.warnings.lostAtFirstStage++;
    } else {
      const at = indexOf.get(target);
      if (at === undefined) return skips.add('unmapped-stage', index, stageName);
      // An open opportunity's current stage is as far as it got, unless the file says it got further.
      k = Math.max(at, reachedIndex ?? 0);
    }
    if (stages.length === 0) return;
    result.counted++;
    addUpTo(result.byStage, stages, k);
    addUpTo(countsFor(result.byOwner, cell(row, mapping.owner), stages), stages, k);

    const createdText = cell(row, mapping.created);
    const created = createdText === '' ? null : parseDate(createdText);
    if (createdText !== '' && created === null) result.warnings.badCreated++;
    const month = created === null ? null : monthOf(created);
    if (month) {
      addUpTo(countsFor(result.byMonth, month, stages), stages, k);
      const owner = cell(row, mapping.owner);
      let months = result.byOwnerMonth.get(owner);
      if (!months) result.byOwnerMonth.set(owner, (months = new Map()));
      addUpTo(countsFor(months, month, stages), stages, k);
    }

    const amountText = cell(row, mapping.amount);
    const amount = amountText === '' ? null : parseAmount(amountText);
    if (amountText !== '' && amount === null) result.warnings.badAmount++;
    const closeText = cell(row, mapping.closed);
    const close = closeText === '' ? null : parseDate(closeText);
    if (closeText !== '' && close === null) result.warnings.badClosed++;
    if (!lost && k < last) {
      const name = cell(row, mapping.name) || cell(row, mapping.id);
      result.open.push({ name, amount, stageId: stages[k].id, owner: cell(row, mapping.owner), close });
    }
  });
  result.skipped = skips.list();
  return result;
}

function aggregateCounts(input: AggregateInput): ImportResult {
  const { table, mapping, stageMapping, stages } = input;
  const result = emptyResult(input);
  const skips = new Skips();
  const indexOf = new Map(stages.map((s, i) => [s.id, i]));
  const atStage = zeros(stages);

  table.rows.forEach((row, index) => {
    const stageName = mapping.stage === undefined ? '' : (row[mapping.stage] ?? '');
    if (stageName === '') return skips.add('no-stage', index);
    const target = stageMapping.get(stageName) ?? '';
    if (target === IGNORE) return skips.add('ignored-stage', index, stageName);
    if (target === LOST) return skips.add('lost-stage', index, stageName);
    if (!indexOf.has(target)) return skips.add('unmapped-stage', index, stageName);
    const parsed = parseNumberInput(mapping.count === undefined ? '' : (row[mapping.count] ?? ''));
    if (!parsed.ok || parsed.value < 0) return skips.add('bad-count', index);
    result.counted++;
    atStage.set(target, (atStage.get(target) ?? 0) + parsed.value);
  });

  let below = 0;
  for (let k = stages.length - 1; k >= 0; k--) {
    const own = atStage.get(stages[k].id) ?? 0;
    below += own;
    result.byStage.set(stages[k].id, input.countsAre === 'current' ? below : own);
  }
  result.skipped = skips.list();
  return result;
}
