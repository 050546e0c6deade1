import type { FunnelbookDb } from './database';

/** Small app-wide preferences (theme, last opened workbook, ...), one row per key. */
export class SettingsRepository {
  readonly #db: FunnelbookDb;

  constructor(db: FunnelbookDb) {
    this.#db = db;
  }

  /** The caller states the type; nothing is validated here, so parse untrusted shapes. */
  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.#db.settings.get(key);
    return row?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.#db.settings.put({ key, value });
  }
}
