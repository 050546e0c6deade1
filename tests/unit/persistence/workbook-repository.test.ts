import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FunnelbookDb,
  WorkbookRepository,
  type StoredWorkbook,
  type WorkbookSummary,
} from '../../../src/lib/persistence';
import { makeDoc, type TestDoc } from '../../fixtures/persistence-docs';

/** A promise per emission, so a test can await "the next value" without branching. */
function emissions<T>() {
  let resolveNext: (value: T) => void = () => {};
  return {
    next: () => new Promise<T>((resolve) => (resolveNext = resolve)),
    push: (value: T) => resolveNext(value),
  };
}

let db: FunnelbookDb;
let repo: WorkbookRepository;

beforeEach(() => {
  db = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = new WorkbookRepository(db);
});

afterEach(() => {
  db.close();
});

describe('WorkbookRepository', () => {
  it('returns the created document from get', async () => {
    await repo.create(makeDoc());

    const stored = await repo.get('wb-1');

    expect(stored).toEqual({
      id: 'wb-1',
      name: 'Q3 plan',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      rev: 1,
      doc: makeDoc(),
    });
  });

  it('stores a copy, so later changes to the caller’s object are not stored', async () => {
    const doc = makeDoc();
    await repo.create(doc);

    doc.stages[0].count = 999;

    expect((await repo.get('wb-1'))?.doc).toEqual(makeDoc());
  });

  it('refuses to create a workbook whose id exists', async () => {
    await repo.create(makeDoc());

    await expect(repo.create(makeDoc({ name: 'Duplicate' }))).rejects.toThrow(/already exists/);
  });

  it('returns undefined from get for an unknown id', async () => {
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('lists summaries newest updatedAt first', async () => {
    await repo.create(makeDoc({ id: 'old', name: 'Old', updatedAt: '2025-01-01T00:00:00.000Z' }));
    await repo.create(makeDoc({ id: 'new', name: 'New', updatedAt: '2025-03-01T00:00:00.000Z' }));
    await repo.create(makeDoc({ id: 'mid', name: 'Mid', updatedAt: '2025-02-01T00:00:00.000Z' }));

    const list = await repo.list();

    expect(list).toEqual<WorkbookSummary[]>([
      { id: 'new', name: 'New', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' },
      { id: 'mid', name: 'Mid', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z' },
      { id: 'old', name: 'Old', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    ]);
  });

  it('bumps rev and stores the document when saved with the current baseRev', async () => {
    await repo.create(makeDoc());

    const result = await repo.save(makeDoc({ name: 'Renamed' }), 1);

    expect(result).toEqual({ ok: true, rev: 2 });
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Renamed', rev: 2, doc: { name: 'Renamed' } });
  });

  it('reports a conflict for a stale baseRev and changes nothing', async () => {
    await repo.create(makeDoc());
    await repo.save(makeDoc({ name: 'Theirs' }), 1);
    const before = await repo.get('wb-1');

    const result = await repo.save(makeDoc({ name: 'Mine' }), 1);

    expect(result).toEqual({ ok: false, reason: 'conflict', current: before });
    expect(await repo.get('wb-1')).toEqual(before);
  });

  it('reports missing when saving a workbook that does not exist', async () => {
    const result = await repo.save(makeDoc(), 1);

    expect(result).toEqual({ ok: false, reason: 'missing' });
    expect(await repo.get('wb-1')).toBeUndefined();
  });

  it('overwrites with force whatever the stored rev, returning the stored rev + 1', async () => {
    await repo.create(makeDoc());
    await repo.save(makeDoc({ name: 'Theirs' }), 1);

    const result = await repo.save(makeDoc({ name: 'Mine' }), 1, { force: true });

    expect(result).toEqual({ ok: true, rev: 3 });
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Mine', rev: 3 });
  });

  it('re-creates a deleted workbook on a forced save', async () => {
    await repo.create(makeDoc());
    await repo.remove('wb-1');

    const result = await repo.save(makeDoc({ name: 'Mine' }), 1, { force: true });

    expect(result).toEqual({ ok: true, rev: 2 });
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Mine', rev: 2 });
  });

  it('removes a workbook', async () => {
    await repo.create(makeDoc());

    await repo.remove('wb-1');

    expect(await repo.get('wb-1')).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('reports a change to a watched workbook after save', async () => {
    await repo.create(makeDoc());
    const seen = emissions<StoredWorkbook | undefined>();
    const initial = seen.next();
    const stop = repo.watch('wb-1', seen.push);
    await initial;
    const afterSave = seen.next();

    await repo.save(makeDoc({ name: 'Renamed' }), 1);

    expect(await afterSave).toMatchObject({ name: 'Renamed', rev: 2 });
    stop();
  });

  it('reports a new workbook to list watchers', async () => {
    const seen = emissions<WorkbookSummary[]>();
    const initial = seen.next();
    const stop = repo.watchList(seen.push);
    expect(await initial).toEqual([]);
    const afterCreate = seen.next();

    await repo.create(makeDoc());

    expect(await afterCreate).toEqual([
      { id: 'wb-1', name: 'Q3 plan', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    stop();
  });
});
