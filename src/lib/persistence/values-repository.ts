import type { FunnelbookDb, StoredValues } from './database';

/** Saved cell values beside each workbook (see StoredValues): read when opening, written after saves. */
export class ValuesRepository {
  readonly #db: FunnelbookDb;

  constructor(db: FunnelbookDb) {
    this.#db = db;
  }

  /** The saved values, or undefined when there are none or they cannot be read. */
  async get(id: string): Promise<StoredValues | undefined> {
    try {
      return await this.#db.values.get(id);
    } catch {
      return undefined;
    }
  }

  /** Keeps `entries` as the values of workbook `id` at `rev`, unless newer ones are already kept. */
  async put(id: string, rev: number, entries: unknown): Promise<void> {
    await this.#db.transaction('rw', this.#db.workbooks, this.#db.values, async () => {
      // A workbook removed meanwhile keeps no values; a newer save's values are not overwritten.
      if ((await this.#db.workbooks.get(id)) === undefined) return;
      const kept = await this.#db.values.get(id);
      if (kept && kept.rev > rev) return;
      await this.#db.values.put({ id, rev, entries });
    });
  }
}
