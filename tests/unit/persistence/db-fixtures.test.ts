// Every database an earlier version of the app may have left in a browser opens with the current
// code: upgraded to the current schema, every workbook listed and readable, settings kept.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { restoreWorkbook } from '../../../src/lib/document';
import { FunnelbookDb, SettingsRepository, WorkbookRepository } from '../../../src/lib/persistence';
import { dbFixtures, plantDatabase, type DbFixture } from '../../fixtures/db/fixtures';

const fixtures = dbFixtures();

/** Indexes as "name:keyPath", sorted, from a Dexie table schema or a fixture store. */
const dexieIndexes = (db: FunnelbookDb, table: string) =>
  db.table(table).schema.indexes.map((index) => `${index.name}:${String(index.keyPath)}`).sort();

async function openFixture(fixture: DbFixture) {
  const indexedDB = new IDBFactory();
  await plantDatabase(indexedDB, 'funnelbook', fixture);
  const db = new FunnelbookDb({ indexedDB, IDBKeyRange });
  await db.open();
  return { db, indexedDB };
}

test('there is a fixture for every schema version the app declares', async () => {
  const db = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const declared = Array.from({ length: db.verno }, (_, i) => i + 1);

  expect([...new Set(fixtures.map((fixture) => fixture.dexieVersion))].sort()).toEqual(declared);
});

describe.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
  test('opens at the current schema version', async () => {
    const { db } = await openFixture(fixture);
    const current = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });

    expect(db.verno).toBe(current.verno);
    for (const table of current.tables.map((t) => t.name)) {
      expect(db.table(table).schema.primKey.keyPath, table).toBe(current.table(table).schema.primKey.keyPath);
      expect(dexieIndexes(db, table), table).toEqual(dexieIndexes(current, table));
    }
  });

  test('lists every workbook it held', async () => {
    const { db } = await openFixture(fixture);

    const listed = await new WorkbookRepository(db).list();

    const held = (fixture.records.workbooks as { id: string }[]).map((record) => record.id).sort();
    expect(listed.map((summary) => summary.id).sort()).toEqual(held);
  });

  test('every workbook it held reads through the one restore path', async () => {
    const { db } = await openFixture(fixture);
    const repo = new WorkbookRepository(db);

    for (const { id } of fixture.records.workbooks as { id: string }[]) {
      const record = await repo.get(id);
      const restored = restoreWorkbook(record?.doc);
      expect(restored.ok, id).toBe(true);
      expect(restored.ok && restored.dropped, id).toEqual([]);
    }
  });

  test('keeps its settings', async () => {
    const { db } = await openFixture(fixture);
    const settings = new SettingsRepository(db);

    for (const { key, value } of (fixture.records.settings ?? []) as { key: string; value: unknown }[]) {
      expect(await settings.get(key), key).toEqual(value);
    }
  });

  test('takes a new save on top of what it held', async () => {
    const { db } = await openFixture(fixture);
    const repo = new WorkbookRepository(db);
    const [first] = fixture.records.workbooks as { id: string; rev: number; doc: { name: string } }[];

    const result = await repo.save({ ...(first.doc as object), name: 'Saved after the upgrade' } as never, first.rev);

    expect(result).toEqual({ ok: true, rev: first.rev + 1 });
    expect((await repo.get(first.id))?.name).toBe('Saved after the upgrade');
  });
});
