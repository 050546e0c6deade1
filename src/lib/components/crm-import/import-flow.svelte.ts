import {
  aggregate,
  applyImport,
  splitByOwner as splitActualsByOwner,
  distinctValues,
  guessMapping,
  guessShape,
  guessStageMapping,
  IGNORE,
  loadColumns,
  loadStages,
  LOST,
  readImportFile,
  readXlsxInWorker,
  saveColumns,
  saveStages,
  XLSX_UNPACKED_LIMIT,
  type ColumnMapping,
  type FieldId,
  type FileFailure,
  type ImportResult,
  type ImportShape,
  type RawTable,
  type StageTarget,
  type TextEncodingName,
} from '$lib/crm-import';
import { newId } from '$lib/document';
import { i18n } from '$lib/i18n';
import { repos, type WorkbookSession } from '$lib/state';

export type FlowStep = 'pick' | 'reading' | 'map';

/**
 * The import dialog's state: the file read (in a worker for XLSX), the column and stage mappings
 * (guessed, then remembered), and the result they give, recomputed on every choice.
 */
export class ImportFlow {
  step = $state<FlowStep>('pick');
  error = $state<FileFailure | null>(null);
  fileName = $state('');
  encoding = $state<TextEncodingName | null>(null);
  table = $state.raw<RawTable | null>(null);
  mapping = $state.raw<ColumnMapping>({});
  shape = $state<ImportShape>('opportunities');
  stageMapping = $state.raw<Map<string, StageTarget>>(new Map());
  countsAre = $state<'entries' | 'current'>('entries');
  replaceOpportunities = $state(false);
  /** Split the actuals into one rep segment per owner (by month when the workbook records months). */
  splitByOwner = $state(false);
  readonly #session: WorkbookSession;
  #abort: AbortController | null = null;

  constructor(session: WorkbookSession) {
    this.#session = session;
  }

  /** CRM stage names in the file: the stage column's, then any only the stage-reached column has. */
  readonly stageNames = $derived.by(() => {
    const rows = this.table?.rows ?? [];
    const names = distinctValues(rows, this.mapping.stage);
    if (this.shape === 'opportunities') for (const name of distinctValues(rows, this.mapping.reached)) if (!names.includes(name)) names.push(name);
    return names;
  });

  /** Rows per CRM stage name (stage column), for the stage mapping table. */
  readonly rowsPerStage = $derived.by(() => {
    const counts = new Map<string, number>();
    const column = this.mapping.stage;
    if (column !== undefined) for (const row of this.table?.rows ?? []) counts.set(row[column], (counts.get(row[column]) ?? 0) + 1);
    return counts;
  });

  /** Why the mapping cannot be applied yet, or null. */
  readonly missing = $derived.by((): 'stage' | 'count' | null => {
    if (this.mapping.stage === undefined) return 'stage';
    if (this.shape === 'stage-counts' && this.mapping.count === undefined) return 'count';
    return null;
  });

  readonly result = $derived.by((): ImportResult | null => {
    if (!this.table || this.missing) return null;
    return aggregate({
      table: this.table,
      mapping: this.mapping,
      shape: this.shape,
      stageMapping: this.stageMapping,
      stages: this.#session.shape.stages,
      countsAre: this.countsAre,
    });
  });

  async load(file: File): Promise<void> {
    this.cancel();
    this.error = null;
    this.fileName = file.name;
    // Not even read into memory when it cannot be taken.
    if (file.size > XLSX_UNPACKED_LIMIT) {
      this.error = 'file-too-large';
      this.step = 'pick';
      return;
    }
    this.step = 'reading';
    const abort = (this.#abort = new AbortController());
    const outcome = await file
      .arrayBuffer()
      .then((buffer) => readImportFile(new Uint8Array(buffer), (zip) => readXlsxInWorker(zip, { signal: abort.signal })))
      .catch((): { ok: false; reason: FileFailure } => ({ ok: false, reason: 'unreadable' }));
    if (abort.signal.aborted) return;
    this.#abort = null;
    if (!outcome.ok) {
      this.error = outcome.reason;
      this.step = 'pick';
      return;
    }
    this.encoding = outcome.encoding ?? null;
    await this.#adopt(outcome.table);
    this.step = 'map';
  }

  /** Stops a read in progress (the XLSX worker is terminated). */
  cancel(): void {
    this.#abort?.abort();
    this.#abort = null;
    if (this.step === 'reading') this.step = 'pick';
  }

  setColumn(field: FieldId, column: number | undefined): void {
    const next: ColumnMapping = { ...this.mapping };
    // One column holds one thing: taking it for this field frees it elsewhere.
    for (const other of Object.keys(next) as FieldId[]) if (next[other] === column) delete next[other];
    if (column === undefined) delete next[field];
    else next[field] = column;
    this.mapping = next;
    this.#fillStageGuesses();
  }

  setShape(shape: ImportShape): void {
    this.shape = shape;
    this.#fillStageGuesses();
  }

  setStage(name: string, target: StageTarget): void {
    this.stageMapping = new Map(this.stageMapping).set(name, target);
  }

  /** Writes the result as one step of undo, and remembers the mappings for next time. */
  async apply(): Promise<boolean> {
    const result = this.result;
    const table = this.table;
    if (!result || !table) return false;
    const replaceOpportunities = this.replaceOpportunities && this.shape === 'opportunities';
    const split = this.splitByOwner && this.shape === 'opportunities' && result.byOwner.size > 0;
    this.#session.applyEdit((doc) => {
      const imported = applyImport(doc, result, { replaceOpportunities, newId: () => newId(8) });
      return split ? splitActualsByOwner(imported, result, { newId: () => newId(8), unassigned: i18n.t('crmImport.noOwner') }).doc : imported;
    });
    const { settings } = repos();
    // Remembering is a convenience: a failure to store it must not undo or block the import.
    await Promise.all([
      saveColumns(settings, table.headers, this.shape, this.mapping),
      saveStages(settings, this.#session.shape.id, this.stageMapping),
    ]).catch(() => undefined);
    return true;
  }

  async #adopt(table: RawTable): Promise<void> {
    const { settings } = repos();
    const [columns, stages] = await Promise.all([
      loadColumns(settings, table.headers).catch(() => null),
      loadStages(settings, this.#session.shape.id).catch(() => new Map<string, StageTarget>()),
    ]);
    this.table = table;
    this.mapping = columns?.mapping ?? guessMapping(table.headers);
    this.shape = columns?.shape ?? guessShape(this.mapping);
    this.replaceOpportunities = false;
    this.splitByOwner = false;
    this.stageMapping = new Map();
    this.#fillStageGuesses(stages);
  }

  /** Guesses (or remembered choices) for stage names not mapped yet; a choice made stays. */
  #fillStageGuesses(remembered: ReadonlyMap<string, StageTarget> = new Map()): void {
    const stages = this.#session.shape.stages;
    const valid = (target: StageTarget | undefined) => target === LOST || target === IGNORE || stages.some((s) => s.id === target);
    const guesses = guessStageMapping(this.stageNames, stages);
    const next = new Map<string, StageTarget>();
    for (const name of this.stageNames) {
      const chosen = this.stageMapping.get(name);
      const kept = remembered.get(name);
      next.set(name, chosen && valid(chosen) ? chosen : kept && valid(kept) ? kept : (guesses.get(name) ?? ''));
    }
    this.stageMapping = next;
  }
}
