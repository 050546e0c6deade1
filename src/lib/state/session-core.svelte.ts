import { activeScenario, patchBaseCellsInPlace, restoreWorkbook, setCellsInActiveLayer, shapeOf, type CellKey, type CellPatch, type DocShape, type WorkbookDoc } from '../document';
import type { CellValue, FunnelEngine, ValueChanges } from '../engine';
import { Autosaver, clearUnsaved, saveProblemOf, writeUnsaved, type AutosaveStatus, type SaveProblem, type StoredWorkbook } from '../persistence';
import { afterNextFrame } from './after-next-frame';
import { nextTask } from './next-task';
import { CellStore } from './cell-store.svelte';
import { repos } from './repositories';
import { packValues } from './saved-values';
import { UndoHistory, undoDepthFor } from './undo-history.svelte';

/** How long each task of a stepwise engine build may go on (a step may take longer on its own). */
const BUILD_STEP_MS = 8;
/** From how many cells an engine is built in steps (the demo has 310, 61 stages 1,654, 704 stages 17,086). */
const STEPWISE_FROM_CELLS = 3000;
/** Cells whose saved values are checked against the engine's between two looks at the clock. */
const SETTLE_KEYS = 500;

/** How long saves must pause before the values are saved beside the workbook. */
const VALUES_SETTLE_MS = 1000;

/** One step of undo: a whole earlier document, or what some base cells held (see `commitCells`). */
type HistoryStep = { readonly doc: WorkbookDoc } | { readonly cells: CellPatch };

/**
 * What every open workbook keeps: its document, the engine computing it, the values on screen,
 * undo history, autosave and the link to other tabs. The edit commands are in WorkbookSession;
 * each makes a new document and hands it to `commit`.
 */
export class SessionCore {
  #doc = $state.raw<WorkbookDoc>(null as unknown as WorkbookDoc);
  #shape = $state.raw<DocShape>(null as unknown as DocShape);

  get doc(): WorkbookDoc {
    return this.#doc;
  }

  /** Setting the document sets the shape only when the shape changed, so its readers wake only then. */
  set doc(doc: WorkbookDoc) {
    this.#doc = doc;
    const shape = shapeOf(doc, this.#shape ?? undefined);
    if (shape !== this.#shape) this.#shape = shape;
  }

  /**
   * The document without its typed cells: the same object until stages, segments, scenarios or
   * names change, so views built on it are not re-run by a cell edit (read `doc` only for cells).
   */
  get shape(): DocShape {
    return this.#shape;
  }

  saveStatus = $state<AutosaveStatus>('saved');
  saveError = $state<string | null>(null);
  /** Why saving failed (full storage, database taken over by a newer version…), while status is 'error'. */
  saveProblem = $state<SaveProblem | null>(null);
  /** JSON paths of damaged parts of the stored record that were left out when it opened. */
  damaged = $state.raw<string[]>([]);
  conflict = $state.raw<StoredWorkbook | null>(null);
  remoteNotice = $state(false);
  deletedElsewhere = $state(false);
  readonly cells = new CellStore();
  readonly history = new UndoHistory<HistoryStep>();
  readonly #Engine: typeof FunnelEngine;
  #engine: FunnelEngine | undefined;
  /** The engine while it is built a step per task (a workbook opened with saved values). */
  #building: FunnelEngine | undefined;
  /** The revision whose values are saved beside the workbook (see StoredValues), if known. */
  #valuesRev: number | undefined;
  #autosaver: Autosaver<WorkbookDoc>;
  #unwatch: () => void;
  #lastCoalesced: CellKey | undefined;
  #disposed = false;
  #valuesTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * With `saved` values (those saved beside this very revision), the grid paints from them and the
   * engine is built from two frames later, a few milliseconds per task so the page keeps answering,
   * or at once when something needs its values first.
   */
  protected constructor(doc: WorkbookDoc, Engine: typeof FunnelEngine, rev: number, recovered: boolean, saved: ReadonlyMap<CellKey, CellValue> | null = null) {
    this.doc = doc;
    this.#Engine = Engine;
    this.#fitHistory(doc);
    if (saved) {
      this.#valuesRev = rev;
      this.cells.apply(saved);
      // Two frames: a grid that sizes itself to its scroller draws its rows in the second.
      afterNextFrame(() => this.#buildInSteps(), 2);
    } else {
      void this.engine;
    }
    const { workbooks } = repos();
    this.#autosaver = new Autosaver<WorkbookDoc>(workbooks, { id: doc.id, rev });
    this.#autosaver.onStatus((status) => {
      this.saveStatus = status;
      if (status === 'saved') {
        clearUnsaved(doc.id);
        this.#saveValuesSoon();
      }
      this.saveError = status === 'error' ? (this.#autosaver.lastError?.message ?? 'unknown error') : null;
      this.saveProblem = status === 'error' ? saveProblemOf(this.#autosaver.lastError) : null;
      // Not written to IndexedDB: keep it in the synchronous journal too, in case the tab goes away.
      if (status === 'error') writeUnsaved(doc.id, { baseRev: this.#autosaver.rev, doc: $state.snapshot(this.doc) });
      if (status === 'conflict') this.conflict = this.#autosaver.conflict ?? null;
    });
    const unwatch = workbooks.watch(doc.id, (record) => this.#onStored(record));
    // A newer version took the database over: journal what is unsaved, for after the reload.
    const unsupersede = workbooks.onSuperseded(() => void this.flush());
    this.#unwatch = () => (unwatch(), unsupersede());
    // Edits recovered from the journal are not in the database yet.
    if (recovered) this.#autosaver.schedule(doc);
  }

  /** The engine, built now (or its build finished now) if it is not yet (see the constructor). */
  get engine(): FunnelEngine {
    if (this.#engine) return this.#engine;
    const building = this.#building;
    this.#building = undefined;
    building?.buildNow();
    return this.#adopt(building ?? new this.#Engine(this.doc, { timing: true }));
  }

  /**
   * The engine for what needs no values (the formula bar's text, a cell's address, whether it holds
   * its default): one still being built answers these without finishing its build.
   */
  protected get engineForText(): FunnelEngine {
    return this.#engine ?? this.#startBuild();
  }

  /** The engine to build a step at a time; making it costs little, its steps run in #buildInSteps. */
  #startBuild(): FunnelEngine {
    this.#building ??= new this.#Engine(this.doc, { timing: true, deferred: true });
    return this.#building;
  }

  #buildInSteps(): void {
    if (this.#disposed || this.#engine) return;
    const building = this.#startBuild();
    // A small workbook is built in one task of ~100 ms: in steps it would be ready later (each
    // step waits its turn among the page's other tasks), and a cold start waits for it.
    if (building.stageLayout.cellCount < STEPWISE_FROM_CELLS) {
      void this.engine;
      return;
    }
    const step = () => {
      // Finished or let go meanwhile (an edit needed the engine at once, or the page closed).
      if (this.#building !== building || this.#disposed) return;
      if (!building.buildStep(BUILD_STEP_MS)) return nextTask(step);
      this.#building = undefined;
      this.#adopt(building, true);
    };
    nextTask(step);
  }

  /** Takes a built engine in; after a build in steps (`inSteps`), its values replace the saved ones a part per task too. */
  #adopt(engine: FunnelEngine, inSteps = false): FunnelEngine {
    this.#engine = engine;
    performance.mark('funnelbook:engine-built');
    if (this.#valuesRev === undefined) {
      this.cells.apply(engine.allValues());
      queueMicrotask(() => this.#saveValuesSoon());
      return engine;
    }
    // Saved values may be a day old (TODAY()) or from another engine version: the engine's own
    // replace them. Not now: this may run while a view is being computed, where state is read-only.
    const keys = engine.stageLayout.keys();
    let done = 0;
    const settle = () => {
      if (this.#disposed || this.#engine !== engine) return;
      const until = performance.now() + BUILD_STEP_MS;
      const part: ValueChanges = new Map();
      while (done < keys.length && (!inSteps || performance.now() < until)) {
        for (const key of keys.slice(done, done + SETTLE_KEYS)) part.set(key, engine.valueOf(key));
        done += SETTLE_KEYS;
      }
      this.cells.apply(part);
      if (done < keys.length) nextTask(settle);
      else if (this.#valuesRev !== this.#autosaver.rev) this.#saveValuesSoon();
    };
    queueMicrotask(settle);
    return engine;
  }

  /** The engine's class, for views that build engines of their own (scenarios, goal seek). */
  get engineClass(): typeof FunnelEngine {
    return this.#Engine;
  }

  /** Saves the values of the saved revision beside it, when the page is idle; a cache, so failures are ignored. */
  #saveValuesSoon(): void {
    const write = () => {
      const engine = this.#engine;
      const rev = this.#autosaver.rev;
      // Only values that are exactly those of the saved document, and not from a page let go.
      if (this.#disposed || !engine || this.#autosaver.hasPending || this.saveStatus !== 'saved' || this.#valuesRev === rev) return;
      this.#valuesRev = rev;
      repos().values.put(this.doc.id, rev, packValues(engine.allValues())).catch(() => (this.#valuesRev = undefined));
    };
    // Once a run of edits has settled: every save of a burst would copy all the values again.
    clearTimeout(this.#valuesTimer);
    this.#valuesTimer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 2000 });
      else write();
    }, VALUES_SETTLE_MS);
  }

  undo(): void {
    this.#lastCoalesced = undefined;
    this.history.undo((step) => this.#swap(step));
  }

  redo(): void {
    this.#lastCoalesced = undefined;
    this.history.redo((step) => this.#swap(step));
  }

  /** Shows a step of history; returns the step back to what was shown. */
  #swap(step: HistoryStep): HistoryStep {
    if ('doc' in step) {
      const shown = this.doc;
      this.#show(step.doc);
      return { doc: shown };
    }
    const undo = this.#writeBaseCells(step.cells);
    this.#saveSoon();
    return { cells: undo };
  }

  async keepMine(): Promise<void> {
    this.conflict = null;
    await this.#autosaver.resolveKeepMine();
  }

  takeTheirs(): void {
    const record = this.conflict;
    if (!record) return;
    this.conflict = null;
    this.#autosaver.resolveTakeTheirs(record);
    this.#adoptRecord(record);
  }

  /**
   * Called when the page is hidden or goes away: starts the write, and journals the document
   * synchronously in case the page is torn down before the write runs.
   */
  flush(): Promise<void> {
    if (this.#autosaver.hasPending) writeUnsaved(this.doc.id, { baseRev: this.#autosaver.rev, doc: $state.snapshot(this.doc) });
    return this.#autosaver.flush();
  }

  dispose(): void {
    this.#unwatch();
    void this.#autosaver.flush().finally(() => this.#autosaver.dispose());
    this.#disposed = true;
    clearTimeout(this.#valuesTimer);
    this.#engine?.destroy();
    this.#building?.destroy();
  }

  /**
   * Cells typed (or cleared, '') in the active layer, as one step of undo. In the base, with the
   * engine built, the texts go into the open document's own cells and undo keeps what the cells
   * held: a plan of 50,000 typed cells would otherwise be copied on every edit (~25 ms).
   * `coalesceKey` as for `commit`.
   */
  protected commitCells(patch: CellPatch, coalesceKey?: CellKey): void {
    if (activeScenario(this.doc) || !this.#engine) {
      this.commit(setCellsInActiveLayer(this.doc, patch), patch.map(([key]) => key), false, coalesceKey);
      return;
    }
    const undo = this.#writeBaseCells(patch);
    if (this.#startsStep(coalesceKey)) this.history.record({ cells: undo });
    // As in `commit`: a paste may change how many typed cells the kept documents hold.
    if (patch.length > 1) this.#fitHistory(this.doc);
    this.#saveSoon();
  }

  /** Writes a patch into the open document's base cells, recomputes and paints; returns the patch that undoes it. */
  #writeBaseCells(patch: CellPatch): CellPatch {
    const undo = patchBaseCellsInPlace(this.doc, patch);
    this.remoteNotice = false;
    this.doc = { ...this.doc, updatedAt: new Date().toISOString() };
    this.#paint(this.engine.update(this.doc, patch.map(([key]) => key)).changes);
    return undo;
  }

  /** Whether an edit starts a step of undo: a slider drag or a run of arrow-key nudges on one cell is one step, not fifty. */
  #startsStep(coalesceKey: CellKey | undefined): boolean {
    const starts = coalesceKey === undefined || coalesceKey !== this.#lastCoalesced;
    this.#lastCoalesced = coalesceKey;
    return starts;
  }

  #saveSoon(): void {
    this.#autosaver.schedule(this.doc);
    // While saving fails (a full disk), every edit also goes to the synchronous journal.
    if (this.saveStatus === 'error') writeUnsaved(this.doc.id, { baseRev: this.#autosaver.rev, doc: $state.snapshot(this.doc) });
  }

  /** Every other edit ends here: one step of undo (or part of a coalesced one), recomputed, painted, saved. */
  protected commit(next: WorkbookDoc, touched: CellKey[] | undefined, structural = false, coalesceKey?: CellKey): void {
    if (this.#startsStep(coalesceKey)) this.history.record({ doc: this.doc });
    // One typed cell more or less does not change how much history fits; a paste or import may.
    if (structural || touched === undefined || touched.length > 1) this.#fitHistory(next);
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    this.remoteNotice = false;
    if (structural) {
      this.doc = this.engine.restructure(stamped);
      this.cells.apply(this.engine.allValues());
    } else {
      this.doc = stamped;
      this.#paint(this.engine.update(stamped, touched).changes);
    }
    this.#saveSoon();
  }

  /** A kept document may hold a copy of the typed cells: a huge plan keeps fewer steps (undoDepthFor). */
  #fitHistory(doc: WorkbookDoc): void {
    this.history.limit = undoDepthFor(Object.keys(doc.cells).length);
  }

  /** Shows a whole other document (undo, redo, another tab's version) and saves it. */
  #show(doc: WorkbookDoc, save = true): void {
    this.doc = doc;
    this.#paint(this.engine.update(doc).changes);
    if (save) this.#autosaver.schedule(doc);
  }

  #paint(changes: ValueChanges): void {
    this.cells.apply(changes);
  }

  #onStored(record: StoredWorkbook | undefined): void {
    if (!record) {
      this.deletedElsewhere = true;
      return;
    }
    const ours = this.#autosaver.rev;
    if (record.rev <= ours) return;
    // A change of ours still waiting makes this a conflict inside the autosaver, so that
    // "keep mine" there forces the write. The status listener shows the question when the conflict
    // starts; a later record while already in conflict only changes what it offers, so copy it here.
    if (this.#autosaver.adopt(record)) this.#adoptRecord(record);
    else if (this.#autosaver.status === 'conflict') this.conflict = this.#autosaver.conflict ?? null;
  }

  #adoptRecord(record: StoredWorkbook): void {
    const restored = restoreWorkbook(record.doc);
    if (!restored.ok) return;
    this.#show(restored.doc, false);
    this.remoteNotice = true;
  }
}

