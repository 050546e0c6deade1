import { untrack } from 'svelte';
import { asScenario, type CellKey, type ScenarioDoc, type WorkbookDoc } from '../document';
import type { CellValue, FunnelEngine } from '../engine';

export type FunnelEngineClass = new (doc: WorkbookDoc) => FunnelEngine;

/** What the bank needs from a session: the document, and the engine class it builds with. */
export interface ScenarioBankSource {
  readonly doc: WorkbookDoc;
  readonly engineClass: FunnelEngineClass;
}

/** One layer's outputs: the base (id null) or a scenario. */
export interface ScenarioOutputs {
  /** null for the base. */
  readonly id: string | null;
  /** The scenario's name; null for the base, which the interface names in its own language. */
  readonly name: string | null;
  /** How many cells the scenario overrides; 0 for the base. */
  readonly overrides: number;
  /** The value of every watched output key. */
  readonly values: Readonly<Record<CellKey, CellValue>>;
}

const EMPTY: CellValue = { type: 'empty' };

/** The keys whose typed text differs between two records of cells. */
function changedKeys(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>, into: Set<CellKey>): void {
  if (before === after) return;
  for (const key in before) if (before[key] !== after[key]) into.add(key);
  for (const key in after) if (!(key in before)) into.add(key);
}

const NO_OVERRIDES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Every scenario computed at once, side by side: one engine per scenario plus one for the base, all
 * kept in step with the session's document by `sync`. An edit anywhere recomputes every layer: an
 * edit of the base flows into each scenario that does not override that cell, and an override stays
 * in its own scenario. `results` lists the watched outputs of the base first, then of each scenario.
 */
export class ScenarioBank {
  /** The watched outputs per layer, base first, in the document's scenario order. */
  results = $state.raw<readonly ScenarioOutputs[]>([]);
  #outputs = $state.raw<readonly CellKey[]>([]);
  readonly #Engine: FunnelEngineClass;
  readonly #engines = new Map<string | null, FunnelEngine>();
  #doc: WorkbookDoc | undefined;
  /** The base cells as last computed, a copy: the session writes its open document's cells in place. */
  #baseCells: Readonly<Record<string, string>> = NO_OVERRIDES;
  #disposed = false;

  /**
   * `source` is usually the session: its engine's class builds the bank's engines, so HyperFormula
   * stays out of the first page's bundle. The bank computes `source.doc` at once.
   */
  constructor(source: ScenarioBankSource, outputs: readonly CellKey[] = [], Engine?: FunnelEngineClass) {
    this.#Engine = Engine ?? source.engineClass;
    this.#outputs = [...outputs];
    this.sync(source.doc);
  }

  /** The output keys read for every layer. */
  get outputs(): readonly CellKey[] {
    return this.#outputs;
  }

  /** Chooses which output keys `results` carries; the values are read at once, nothing recomputes. */
  setOutputs(keys: readonly CellKey[]): void {
    untrack(() => {
      if (keys.length === this.#outputs.length && keys.every((key, i) => key === this.#outputs[i])) return;
      this.#outputs = [...keys];
      this.#publish();
    });
  }

  /** How many engines are alive (the base plus one per scenario). */
  get size(): number {
    return this.#engines.size;
  }

  /** Whether a layer has an engine: null for the base, or a scenario id. */
  has(id: string | null): boolean {
    return this.#engines.has(id);
  }

  /** The outputs of one layer, null for the base; undefined for a scenario the bank does not know. */
  resultOf(id: string | null): ScenarioOutputs | undefined {
    return this.results.find((r) => r.id === id);
  }

  /** Any cell's value in a layer right now (not reactive: read `results` for that). */
  valueOf(id: string | null, key: CellKey): CellValue {
    return this.#engines.get(id)?.valueOf(key) ?? EMPTY;
  }

  /**
   * Brings every engine to `doc`: builds engines for new scenarios, destroys those of removed ones,
   * and writes into the others only the cells that changed since the last sync. Safe to call from an
   * effect: it reads no reactive state of its own.
   */
  sync(doc: WorkbookDoc): void {
    untrack(() => {
      if (this.#disposed || doc === this.#doc) return;
      if (doc.scenarios.length === 0) {
        // Nothing to compare: no engine beside the grid's own, so an edit costs one recalculation.
        for (const engine of this.#engines.values()) engine.destroy();
        this.#engines.clear();
        this.#doc = undefined;
        this.#baseCells = NO_OVERRIDES;
        // A fresh [] on every edit would wake everything that shows the comparison, for nothing.
        if (this.results.length > 0) this.results = [];
        return;
      }
      const previous = this.#doc;
      this.#doc = doc;
      const alive = new Set<string | null>([null, ...doc.scenarios.map((s) => s.id)]);
      for (const [id, engine] of this.#engines) {
        if (alive.has(id)) continue;
        engine.destroy();
        this.#engines.delete(id);
      }
      // Structural edits (stages, opportunities) go through the engine's own full update.
      const sameRows = previous !== undefined && previous.stages === doc.stages && previous.opportunities === doc.opportunities;
      const baseChanged = new Set<CellKey>();
      if (sameRows) changedKeys(this.#baseCells, doc.cells, baseChanged);
      if (!sameRows || baseChanged.size > 0) this.#baseCells = { ...doc.cells };
      const before = new Map<string, ScenarioDoc>(previous?.scenarios.map((s) => [s.id, s]) ?? []);
      for (const id of alive) {
        const view = asScenario(doc, id);
        const engine = this.#engines.get(id);
        if (!engine) {
          this.#engines.set(id, new this.#Engine(view));
          continue;
        }
        if (!sameRows) {
          engine.update(view);
          continue;
        }
        let touched = baseChanged;
        if (id !== null) {
          const was = before.get(id)?.overrides ?? NO_OVERRIDES;
          const now = doc.scenarios.find((s) => s.id === id)?.overrides ?? NO_OVERRIDES;
          if (was !== now) {
            touched = new Set(baseChanged);
            changedKeys(was, now, touched);
          }
        }
        // Even with nothing touched, the engine keeps the new document for later full updates.
        engine.update(view, touched);
      }
      this.#publish();
    });
  }

  /** Destroys every engine; the bank stops following the document. */
  dispose(): void {
    this.#disposed = true;
    for (const engine of this.#engines.values()) engine.destroy();
    this.#engines.clear();
    this.results = [];
  }

  #publish(): void {
    const doc = this.#doc;
    if (!doc || this.#disposed) return;
    const layers: { id: string | null; name: string | null; overrides: number }[] = [
      { id: null, name: null, overrides: 0 },
      ...doc.scenarios.map((s) => ({ id: s.id, name: s.name, overrides: Object.keys(s.overrides).length })),
    ];
    this.results = layers.map((layer) => {
      const engine = this.#engines.get(layer.id);
      const values: Record<CellKey, CellValue> = {};
      for (const key of this.#outputs) values[key] = engine?.valueOf(key) ?? EMPTY;
      return { ...layer, values };
    });
  }
}
