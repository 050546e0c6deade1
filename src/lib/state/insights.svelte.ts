import type { CellKey } from '../document';
import {
  bottleneckStatement,
  cellNotes,
  funnelNotes,
  healthWarnings,
  serialOfDay,
  weakTopLayer,
  type CellNote,
  type Read,
} from '../insights';
import { KeyedMirror } from './keyed-mirror.svelte';
import { sameContent, stableMap } from './stable-map';
import type { WorkbookSession } from './workbook-session.svelte';

/**
 * The plain-language read of an open workbook. Values come through the session's cell slots, so
 * each insight recomputes exactly when a cell it read changes, and says what the grid shows.
 */
export class WorkbookInsights {
  readonly #session: WorkbookSession;
  readonly #clock: () => Date;
  readonly #read: Read = (key) => this.#session.cells.slot(key).value;

  /**
   * Today's date serial, re-read on every edit, as the engine's volatile TODAY() is; no timer keeps
   * an idle page awake just to notice midnight.
   */
  readonly today = $derived.by(() => {
    void this.#session.doc;
    return serialOfDay(this.#clock());
  });

  readonly bottleneck = $derived.by(() => bottleneckStatement(this.#session.shape, this.#read));
  /** Search marketing: too few impressions for the target, which no conversion rate shows. */
  readonly topLayer = $derived.by(() => weakTopLayer(this.#session.shape, this.#read));
  readonly warnings = $derived.by(() => healthWarnings(this.#read));
  #lastNotes: Map<CellKey, CellNote> | undefined;
  /** The same map until a note changes: every cell reads it, and most edits change no note. */
  readonly notes = $derived.by(() => (this.#lastNotes = stableMap(this.#lastNotes, cellNotes(this.#session.shape, this.#read, this.today))));
  readonly funnelNotes = $derived.by(() => funnelNotes(this.#session.shape, this.#read));

  constructor(session: WorkbookSession, clock: () => Date = () => new Date()) {
    this.#session = session;
    this.#clock = clock;
  }

  /** Each cell's note behind a slot of its own: a cell wakes when its own note changes, not on every edit. */
  readonly #noteSlots = new KeyedMirror<CellKey, CellNote>(sameContent);

  /**
   * Keeps the note slots in step with `notes`; call it from an effect of the view that shows the
   * cells (see `provideNotes`), or before reading a slot outside any view.
   */
  followNotes(): void {
    this.#noteSlots.sync(this.notes);
  }

  /** A cell's note as a reactive slot (see `KeyedMirror.slot`). */
  noteSlot(key: CellKey): { readonly value: CellNote | undefined } {
    return this.#noteSlots.slot(key);
  }
}
