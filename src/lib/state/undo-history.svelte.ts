/**
 * Undo and redo over immutable snapshots: the document is small and every edit makes a new one,
 * so keeping the old ones is both the simplest and the most faithful history.
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

  /** Records the state before an edit; a new edit ends any redo. */
  record(before: T): void {
    this.#past.push(before);
    if (this.#past.length > this.#limit) this.#past.shift();
    this.#future = [];
    this.#sync();
  }

  undo(current: T): T | undefined {
    const previous = this.#past.pop();
    if (previous !== undefined) this.#future.push(current);
    this.#sync();
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next !== undefined) this.#past.push(current);
    this.#sync();
    return next;
  }

  #sync(): void {
    this.canUndo = this.#past.length > 0;
    this.canRedo = this.#future.length > 0;
  }
}
