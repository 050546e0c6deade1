import { liveQuery } from 'dexie';
import type { FunnelbookDb, StoredWorkbook } from './database';

export type { StoredWorkbook } from './database';

/**
 * The fields the repository needs; documents carry anything else (JSON-safe).
 * Methods take `<D extends WorkbookDocLike>` so interface-typed documents and
 * object literals with extra fields are both accepted.
 */
export interface WorkbookDocLike {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export type WorkbookSummary = Pick<StoredWorkbook, 'id' | 'name' | 'createdAt' | 'updatedAt'>;

export type SaveResult =
  | { ok: true; rev: number }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'conflict'; current: StoredWorkbook };

export interface SaveOptions {
  /** Overwrite whatever is stored (the user chose "keep mine" after a conflict). */
  force?: boolean;
}

export type Unsubscribe = () => void;

export class WorkbookRepository {
  readonly #db: FunnelbookDb;

  constructor(db: FunnelbookDb) {
    this.#db = db;
  }

  /** Summaries, newest `updatedAt` first (ISO-8601 UTC strings sort chronologically). */
  async list(): Promise<WorkbookSummary[]> {
    const records = await this.#db.workbooks.orderBy('updatedAt').reverse().toArray();
    return records.map(toSummary);
  }

  get(id: string): Promise<StoredWorkbook | undefined> {
    return this.#db.workbooks.get(id);
  }

  async create<D extends WorkbookDocLike>(doc: D): Promise<StoredWorkbook> {
    const record = toRecord(doc, 1);
    // Dexie's own ConstraintError is vague; check inside the transaction for a clear message.
    await this.#db.transaction('rw', this.#db.workbooks, async () => {
      if ((await this.#db.workbooks.get(record.id)) !== undefined) {
        throw new Error(`Workbook ${record.id} already exists`);
      }
      await this.#db.workbooks.add(record);
    });
    return record;
  }

  /**
   * Optimistic concurrency: the write only happens if the stored rev is still
   * `baseRev`, checked and written in one transaction so two tabs cannot both win.
   * With `force`, a missing record is re-created (the user chose to keep their copy
   * of a workbook another tab deleted).
   */
  async save<D extends WorkbookDocLike>(
    doc: D,
    baseRev: number,
    { force = false }: SaveOptions = {},
  ): Promise<SaveResult> {
    // Clone before the transaction so a serialisation error is not a transaction error.
    const cloned = cloneDoc(doc);
    return await this.#db.transaction('rw', this.#db.workbooks, async (): Promise<SaveResult> => {
      const current = await this.#db.workbooks.get(cloned.id);
      if (!force) {
        if (current === undefined) return { ok: false, reason: 'missing' };
        if (current.rev !== baseRev) return { ok: false, reason: 'conflict', current };
      }
      const rev = (current?.rev ?? baseRev) + 1;
      await this.#db.workbooks.put(recordFromClone(cloned, rev));
      return { ok: true, rev };
    });
  }

  /** True once a newer version of the app upgraded the database in another tab (see FunnelbookDb). */
  get superseded(): boolean {
    return this.#db.superseded;
  }

  /** Calls `listener` once when a newer version of the app takes over the database. */
  onSuperseded(listener: () => void): Unsubscribe {
    return this.#db.onSuperseded(listener);
  }

  /** Removes the workbook and its saved values. */
  async remove(id: string): Promise<void> {
    await this.#db.transaction('rw', this.#db.workbooks, this.#db.values, async () => {
      await this.#db.workbooks.delete(id);
      await this.#db.values.delete(id);
    });
  }

  /**
   * Calls `onChange` with the current record, then after every change to it,
   * including writes from other tabs (Dexie relays those over BroadcastChannel).
   */
  watch(
    id: string,
    onChange: (record: StoredWorkbook | undefined) => void,
    onError: (error: unknown) => void = reportWatchError,
  ): Unsubscribe {
    const subscription = liveQuery(() => this.#db.workbooks.get(id)).subscribe({
      next: onChange,
      error: onError,
    });
    return () => subscription.unsubscribe();
  }

  /** Like `watch`, for the whole list (newest first). */
  watchList(
    onChange: (list: WorkbookSummary[]) => void,
    onError: (error: unknown) => void = reportWatchError,
  ): Unsubscribe {
    const subscription = liveQuery(() => this.list()).subscribe({
      next: onChange,
      error: onError,
    });
    return () => subscription.unsubscribe();
  }
}

function toSummary({ id, name, createdAt, updatedAt }: StoredWorkbook): WorkbookSummary {
  return { id, name, createdAt, updatedAt };
}

// JSON round trip rather than structuredClone: it also accepts Svelte 5 $state
// proxies, which structuredClone rejects, and documents are JSON-safe by contract.
function cloneDoc<D extends WorkbookDocLike>(doc: D): D {
  return JSON.parse(JSON.stringify(doc)) as D;
}

function recordFromClone(doc: WorkbookDocLike, rev: number): StoredWorkbook {
  return {
    id: doc.id,
    name: doc.name,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    rev,
    doc,
  };
}

function toRecord(doc: WorkbookDocLike, rev: number): StoredWorkbook {
  return recordFromClone(cloneDoc(doc), rev);
}

function reportWatchError(error: unknown): void {
  console.error('Funnelbook: watching stored workbooks failed', error);
}
