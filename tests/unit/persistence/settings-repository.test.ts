import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FunnelbookDb, SettingsRepository } from '../../../src/lib/persistence';

let db: FunnelbookDb;
let settings: SettingsRepository;

beforeEach(() => {
  db = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  settings = new SettingsRepository(db);
});

afterEach(() => {
  db.close();
});

describe('SettingsRepository', () => {
  it('returns what was set', async () => {
    await settings.set('theme', { mode: 'dark', contrast: 'high' });

    expect(await settings.get('theme')).toEqual({ mode: 'dark', contrast: 'high' });
  });

  it('replaces the value of an existing key', async () => {
    await settings.set('lastWorkbookId', 'wb-1');

    await settings.set('lastWorkbookId', 'wb-2');

    expect(await settings.get<string>('lastWorkbookId')).toBe('wb-2');
  });

  it('returns undefined for a key never set', async () => {
    expect(await settings.get('missing')).toBeUndefined();
  });
});
