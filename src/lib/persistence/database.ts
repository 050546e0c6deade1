import { Dexie, type EntityTable } from 'dexie';

/**
 * One workbook as stored. The whole document lives in `doc`; id/name/dates are
 * copied to top-level fields so IndexedDB can index them and the workbook list
 * can be built without interpreting documents.
 */
export interface StoredWorkbook {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every write; used to detect concurrent writers (other tabs). */
  rev: number;
  doc: unknown;
}

/**
 * The values a workbook's cells had when it was last saved, so that opening it can paint the grid
 * before the engine is built. A cache: missing, stale (`rev` behind the workbook's) or damaged, the
 * workbook opens by computing everything first, as before.
 */
export interface StoredValues {
  id: string;
  rev: number;
  entries: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface FunnelbookDbOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); browsers use the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export const DEFAULT_DB_NAME = 'funnelbook';

export class FunnelbookDb extends Dexie {
  workbooks!: EntityTable<StoredWorkbook, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  values!: EntityTable<StoredValues, 'id'>;
  #superseded = false;
  readonly #onSuperseded = new Set<() => void>();

  constructor({ name = DEFAULT_DB_NAME, indexedDB, IDBKeyRange }: FunnelbookDbOptions = {}) {
    // Only pass the overrides that were given: Dexie falls back to globals for absent keys.
    super(name, {
      ...(indexedDB ? { indexedDB } : {}),
      ...(IDBKeyRange ? { IDBKeyRange } : {}),
    });

    // liveQuery silently never runs unless Dexie has a *global* indexedDB (it checks
    // Dexie.dependencies, not this instance's; dexie/Dexie.js#2046). Browsers always
    // have one; in Node the injected factory stands in so watch() works in tests.
    // Queries still run against this instance's own factory.
    if (indexedDB && !Dexie.dependencies.indexedDB) {
      Dexie.dependencies.indexedDB = indexedDB;
      Dexie.dependencies.IDBKeyRange = IDBKeyRange ?? Dexie.dependencies.IDBKeyRange;
    }

    // Declared versions are kept forever and only appended: users' browsers may
    // hold a database from any version that ever shipped, and its upgrade steps
    // must stay to bring it up to date. To change the schema add
    // `this.version(2).stores({...}).upgrade(...)` below; never edit version 1.
    this.version(1).stores({
      workbooks: 'id, updatedAt, name',
      settings: 'key',
    });
    // Version 2: the saved cell values beside each workbook (a cache; nothing to upgrade).
    this.version(2).stores({ values: 'id' });

    // A newer version of the app (another tab) wants to upgrade the database. Dexie's default
    // closes and silently reopens on the next query, so this old code would go on writing into
    // the new schema. Instead this connection yields for good (the upgrade is not blocked) and the
    // page is told, to ask the user to reload. Returning false skips Dexie's default handler.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      if (!this.#superseded) {
        this.#superseded = true;
        for (const listener of [...this.#onSuperseded]) listener();
      }
      return false;
    });
  }

  /** True once another connection upgraded (or deleted) the database: reload to go on. */
  get superseded(): boolean {
    return this.#superseded;
  }

  /** Calls `listener` once when the database is superseded (at once if it already is). */
  onSuperseded(listener: () => void): () => void {
    if (this.#superseded) {
      listener();
      return () => {};
    }
    this.#onSuperseded.add(listener);
    return () => this.#onSuperseded.delete(listener);
  }
}
