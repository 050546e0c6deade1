import type { StoredWorkbook } from './database';
import { saveProblemOf } from './save-problem';
import type { SaveOptions, SaveResult, Unsubscribe, WorkbookDocLike } from './workbook-repository';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

/** The part of `WorkbookRepository` the autosaver uses (so tests can stub it). */
export interface AutosaveTarget {
  save(doc: WorkbookDocLike, baseRev: number, options?: SaveOptions): Promise<SaveResult>;
}

export interface AutosaverOptions {
  /** Minimum time between writes; also the longest a change waits before its first write. */
  delayMs?: number;
  /**
   * Waits before retrying a failed write (the last one repeats), so saving resumes by itself when,
   * say, storage space is back. A closed database is not retried: only a reload helps.
   */
  retryMs?: readonly number[];
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Throttled, conflict-aware saving of one workbook.
 *
 * Changes are written at most once per `delayMs`, always with the latest document
 * (trailing write). Writes are serialised. If another writer (usually another tab)
 * saved first, writing stops with status 'conflict' until the caller resolves it;
 * if the store rejects a write (e.g. QuotaExceededError), the document stays
 * pending with status 'error' and is retried after a pause (`retryMs`) and on the next
 * `schedule`/`flush`.
 */
export class Autosaver<D extends WorkbookDocLike = WorkbookDocLike> {
  /** The workbook this autosaver writes. */
  readonly id: string;

  readonly #repo: AutosaveTarget;
  readonly #delayMs: number;
  readonly #retryMs: readonly number[];
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  readonly #listeners = new Set<(status: AutosaveStatus) => void>();

  #rev: number;
  #status: AutosaveStatus = 'saved';
  /** The latest document not yet handed to the store. */
  #pending: D | undefined;
  #writing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Every write runs after the previous one, so revs are never raced by ourselves. */
  #queue: Promise<void> = Promise.resolve();
  #conflict: StoredWorkbook | undefined;
  #lastError: Error | undefined;
  /** Set by "keep mine" so a failed forced write is retried as forced. */
  #forceNext = false;
  #disposed = false;

  constructor(
    repo: AutosaveTarget,
    base: { id: string; rev: number },
    { delayMs = 350, retryMs = RETRY_MS }: AutosaverOptions = {},
  ) {
    this.#repo = repo;
    this.#rev = base.rev;
    this.#delayMs = delayMs;
    this.#retryMs = retryMs;
    this.id = base.id;
  }

  get status(): AutosaveStatus {
    return this.#status;
  }

  /** Rev of the last successful write, or the base rev given or adopted. */
  get rev(): number {
    return this.#rev;
  }

  /** True while some change has not been durably written (queued or in flight). */
  get hasPending(): boolean {
    return this.#pending !== undefined || this.#writing;
  }

  /**
   * While status is 'conflict': the record the other writer stored, or undefined
   * if the workbook was deleted meanwhile.
   */
  get conflict(): StoredWorkbook | undefined {
    return this.#conflict;
  }

  /** Why the last write failed (status 'error'); cleared by the next successful write. */
  get lastError(): Error | undefined {
    return this.#lastError;
  }

  /** Listener for status changes (not called with the current status). */
  onStatus(listener: (status: AutosaveStatus) => void): Unsubscribe {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Remembers `doc` as the latest version and makes sure it is written soon. */
  schedule(doc: D): void {
    if (this.#disposed) return;
    this.#pending = doc;
    // 'conflict' and 'error' stay visible until resolved or a write succeeds.
    if (this.#status === 'saved') this.#setStatus('pending');
    if (this.#status !== 'conflict') this.#armTimer();
  }

  /** Writes any pending document now; resolves once written or failed (never rejects). */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#enqueueWrite();
  }

  /** After a conflict: overwrite the other writer's record with the pending document. */
  resolveKeepMine(): Promise<void> {
    if (this.#status !== 'conflict') return this.#queue;
    this.#forceNext = true;
    this.#conflict = undefined;
    this.#setStatus(this.#pending === undefined ? 'saved' : 'pending');
    return this.flush();
  }

  /** After a conflict: drop the pending document; the caller shows `record` instead. */
  resolveTakeTheirs(record: Pick<StoredWorkbook, 'rev'>): void {
    this.#clearTimer();
    // Nothing of ours is left to retry (a conflict can follow a failed write).
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#failures = 0;
    this.#pending = undefined;
    this.#forceNext = false;
    this.#conflict = undefined;
    this.#lastError = undefined;
    this.#rev = record.rev;
    this.#setStatus('saved');
  }

  /**
   * Another writer stored `record` (newer than ours). With nothing pending, later writes build on
   * its rev and this returns true: the caller shows it. With a change waiting to be written, the
   * two collide: status becomes 'conflict' with `record`, so the user chooses, and "keep mine"
   * then overwrites it. A write in flight finds out for itself; returns false in both cases.
   */
  adopt(record: StoredWorkbook): boolean {
    if (this.#writing) return false;
    if (this.#pending !== undefined || this.#status === 'conflict') {
      this.#clearTimer();
      this.#conflict = record;
      this.#setStatus('conflict');
      return false;
    }
    this.#rev = record.rev;
    return true;
  }

  /** Stops timers and listeners; a pending document is only written by an explicit `flush`. */
  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
    clearTimeout(this.#retryTimer);
    this.#listeners.clear();
  }

  #armTimer(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#enqueueWrite();
    }, this.#delayMs);
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #enqueueWrite(): Promise<void> {
    this.#queue = this.#queue.then(() => this.#writePending());
    return this.#queue;
  }

  async #writePending(): Promise<void> {
    const doc = this.#pending;
    if (doc === undefined || this.#status === 'conflict') return;
    const force = this.#forceNext;
    this.#pending = undefined;
    this.#writing = true;
    this.#setStatus('saving');
    let result: SaveResult;
    try {
      result = await this.#repo.save(doc, this.#rev, { force });
    } catch (error) {
      this.#writing = false;
      this.#restore(doc);
      this.#lastError = error instanceof Error ? error : new Error(String(error));
      this.#setStatus('error');
      this.#armRetry();
      return;
    }
    this.#writing = false;
    if (result.ok) {
      this.#failures = 0;
      this.#rev = result.rev;
      this.#forceNext = false;
      this.#lastError = undefined;
      this.#setStatus(this.#pending === undefined ? 'saved' : 'pending');
      return;
    }
    this.#restore(doc);
    this.#clearTimer();
    this.#conflict = result.reason === 'conflict' ? result.current : undefined;
    this.#setStatus('conflict');
  }

  #armRetry(): void {
    if (this.#disposed || this.#retryMs.length === 0 || saveProblemOf(this.#lastError) === 'closed') return;
    const wait = this.#retryMs[Math.min(this.#failures, this.#retryMs.length - 1)];
    this.#failures++;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.#enqueueWrite();
    }, wait);
  }

  /** Puts a failed document back unless a newer one was scheduled meanwhile. */
  #restore(doc: D): void {
    this.#pending ??= doc;
  }

  #setStatus(status: AutosaveStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of [...this.#listeners]) {
      // A broken listener must not break saving.
      try {
        listener(status);
      } catch (error) {
        console.error('Funnelbook: autosave status listener failed', error);
      }
    }
  }
}
