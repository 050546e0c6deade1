import { setCellsInActiveLayer, type CellKey, type WorkbookDoc } from '../document';
// Types only: the engine class is handed in (from `session.engine.constructor` in the page, or the
// imported class in tests), so this module never loads HyperFormula itself.
import type { CellValue } from '../engine/cell-value';
import type { FunnelEngine } from '../engine/funnel-engine';

/** What a what-if computation needs of an engine. */
export type EngineLike = Pick<FunnelEngine, 'update' | 'valueOf' | 'destroy'>;
/** The engine class, e.g. `FunnelEngine` or `session.engine.constructor`. */
export type EngineClass = new (doc: WorkbookDoc) => EngineLike;

/** Either the engine class (a scratch engine is built and destroyed) or a scratch engine to reuse. */
export type EngineSource = EngineClass | ScratchEngine;

/** A cell's value as a number: numbers as they are, TRUE/FALSE as 1/0, anything else NaN. */
export function numberOf(value: CellValue): number {
  if (value.type === 'number') return value.value;
  if (value.type === 'boolean') return value.value ? 1 : 0;
  return NaN;
}

/**
 * A second engine on a copy of the workbook, for trying values out. Each `evaluate` computes the
 * document with some cells replaced; the user's document and engine are never touched.
 */
export class ScratchEngine {
  #engine: EngineLike;
  #base: WorkbookDoc;
  #doc: WorkbookDoc;
  /** The keys whose content differs from the base in the engine now. */
  #written = new Set<CellKey>();
  #evaluations = 0;

  constructor(Engine: EngineClass, doc: WorkbookDoc) {
    this.#engine = new Engine(doc);
    this.#base = doc;
    this.#doc = doc;
  }

  /** The document the trials start from. */
  get base(): WorkbookDoc {
    return this.#base;
  }

  /** How many trial documents have been computed, for the curious and the benchmark. */
  get evaluations(): number {
    return this.#evaluations;
  }

  /** Makes `doc` the starting point of later trials (a cheap diff when little has changed). */
  reset(doc: WorkbookDoc): void {
    if (doc === this.#doc) return;
    // Without a list of touched keys the engine compares every cell and writes only the differences.
    this.#engine.update(doc);
    this.#base = doc;
    this.#doc = doc;
    this.#written.clear();
  }

  /**
   * Computes the base document with `writes` (cell key -> raw text, as the document stores it) put in
   * its active layer, the way the user's edits go in. Cells written by the previous trial go back to
   * the base. Returns the trial document.
   */
  evaluate(writes: Iterable<readonly [CellKey, string]> = []): WorkbookDoc {
    const patch = [...writes];
    const next = setCellsInActiveLayer(this.#base, patch);
    const keys = new Set<CellKey>(patch.map(([key]) => key));
    const touched = new Set([...this.#written, ...keys]);
    if (touched.size > 0) this.#engine.update(next, touched);
    this.#doc = next;
    this.#written = keys;
    this.#evaluations++;
    return next;
  }

  value(key: CellKey): CellValue {
    return this.#engine.valueOf(key);
  }

  number(key: CellKey): number {
    return numberOf(this.#engine.valueOf(key));
  }

  destroy(): void {
    this.#engine.destroy();
  }
}

/**
 * Runs `work` on a scratch engine for `doc`: a reused one is reset to `doc` and kept, a class gets a
 * fresh one that is destroyed afterwards, whatever happens.
 */
export function withScratch<T>(source: EngineSource, doc: WorkbookDoc, work: (scratch: ScratchEngine) => T): T {
  if (source instanceof ScratchEngine) {
    source.reset(doc);
    try {
      return work(source);
    } finally {
      source.evaluate();
    }
  }
  const scratch = new ScratchEngine(source, doc);
  try {
    return work(scratch);
  } finally {
    scratch.destroy();
  }
}
