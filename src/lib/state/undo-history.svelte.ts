/** Typed cells the kept documents may hold together (a step that copied them keeps its own copy). */
const CELL_BUDGET = 4_000_000;

/**
 * How many steps of undo to keep for a workbook of `typedCells`: 500, fewer when each kept document
 * is big (a paste into a plan of 53,760 typed cells copies ~3 MB; a typed cell copies nothing), never
 * under 20.
 */
export function undoDepthFor(typedCells: number): number {
  return Math.max(20, Math.min(500, Math.floor(CELL_BUDGET / Math.max(1, typedCells))));
}

/**
 * Undo and redo over steps: each records how to go back (an earlier document, or what some cells
 * held), and showing a step gives the step that goes forward again. How many are kept is `limit`.
 */
export class UndoHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #limit: number;
  canUndo = $state(false);
  canRedo = $state(false);

  constructor(limit = 500) {
    this.#limit = limit;
  }

  get limit(): number {
    return this.#limit;
  }

  /** A lower limit forgets the oldest states at once. */
  set limit(limit: number) {
    this.#limit = limit;
    if (this.#past.length > limit) this.#past.splice(0, this.#past.length - limit);
    this.#sync();
  }

  /** Records the state before an edit; a new edit ends any redo. */
  record(before: T): void {
    this.#past.push(before);
    if (this.#past.length > this.#limit) this.#past.splice(0, this.#past.length - this.#limit);
    this.#future = [];
    this.#sync();
  }

  /**
   * Takes back the last step: `swap` shows the step it is given and returns the step that goes
   * back to what was shown before it (kept for redo). Returns the step taken back.
   */
  undo(swap: (step: T) => T): T | undefined {
    const previous = this.#past.pop();
    if (previous !== undefined) this.#future.push(swap(previous));
    this.#sync();
    return previous;
  }

  /** Does the last undone step again; `swap` as for `undo`. */
  redo(swap: (step: T) => T): T | undefined {
    const next = this.#future.pop();
    if (next !== undefined) this.#past.push(swap(next));
    this.#sync();
    return next;
  }

  #sync(): void {
    this.canUndo = this.#past.length > 0;
    this.canRedo = this.#future.length > 0;
  }
}
