import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FunnelbookDb, ValuesRepository, WorkbookRepository } from '../../../src/lib/persistence';

const doc = (id: string) => ({ id, name: 'W', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

function open() {
  const db = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  return { workbooks: new WorkbookRepository(db), values: new ValuesRepository(db) };
}

describe('values saved beside a workbook', () => {
  it('are read back as they were saved, with the revision they belong to', async () => {
    const { workbooks, values } = open();
    await workbooks.create(doc('a'));
    await values.put('a', 1, [['a.target', { type: 'number', value: 5 }]]);
    expect(await values.get('a')).toEqual({ id: 'a', rev: 1, entries: [['a.target', { type: 'number', value: 5 }]] });
  });

  it('of an older revision do not replace those of a newer one', async () => {
    const { workbooks, values } = open();
    await workbooks.create(doc('a'));
    await values.put('a', 3, 'newer');
    await values.put('a', 2, 'older');
    expect((await values.get('a'))?.entries).toBe('newer');
  });

  it('are not kept for a workbook that is not there', async () => {
    const { values } = open();
    await values.put('gone', 1, []);
    expect(await values.get('gone')).toBeUndefined();
  });

  it('go when their workbook is removed', async () => {
    const { workbooks, values } = open();
    await workbooks.create(doc('a'));
    await values.put('a', 1, []);
    await workbooks.remove('a');
    expect(await values.get('a')).toBeUndefined();
  });
});
