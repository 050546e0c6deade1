// A newer version of the app opening the database with a higher version: this connection yields
// (the upgrade neither hangs nor is blocked), says so once, and does not reopen by itself.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test, vi } from 'vitest';
import { FunnelbookDb, WorkbookRepository, saveProblemOf } from '../../../src/lib/persistence';
import { makeDoc } from '../../fixtures/persistence-docs';

/** Opens the database as a newer app would: a higher version, one more store. */
function upgradeFrom(factory: IDBFactory, name: string, version: number): Promise<'upgraded' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('addedByNewerApp');
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => {
      request.result.close();
      resolve('upgraded');
    };
    request.onerror = () => reject(request.error);
  });
}

async function openedDb() {
  const factory = new IDBFactory();
  const db = new FunnelbookDb({ name: 'wb-superseded', indexedDB: factory, IDBKeyRange });
  const repo = new WorkbookRepository(db);
  await repo.create(makeDoc());
  return { factory, db, repo };
}

test('an upgrade by a newer version is not blocked by this connection', async () => {
  const { factory, db } = await openedDb();

  const outcome = await upgradeFrom(factory, db.name, db.verno * 10 + 1);

  expect(outcome).toBe('upgraded');
});

test('the database says once that it was superseded', async () => {
  const { factory, db } = await openedDb();
  const listener = vi.fn();
  db.onSuperseded(listener);

  await upgradeFrom(factory, db.name, db.verno * 10 + 1);

  expect(db.superseded).toBe(true);
  expect(listener).toHaveBeenCalledTimes(1);
});

test('a listener added after the fact is called at once', async () => {
  const { factory, db } = await openedDb();
  await upgradeFrom(factory, db.name, db.verno * 10 + 1);
  const listener = vi.fn();

  db.onSuperseded(listener);

  expect(listener).toHaveBeenCalledTimes(1);
});

test('after yielding, a save fails as a closed database instead of reopening the newer schema', async () => {
  const { factory, db, repo } = await openedDb();
  await upgradeFrom(factory, db.name, db.verno * 10 + 1);

  const failure = await repo.save(makeDoc({ name: 'Late edit' }), 1).catch((error: unknown) => error);

  expect(saveProblemOf(failure)).toBe('closed');
  expect(db.isOpen()).toBe(false);
});
