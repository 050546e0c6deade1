import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FunnelbookDb, WorkbookRepository } from '../../../src/lib/persistence';
import { importWorkbookText, readWorkbookFile, writeWorkbookFile } from '../../../src/lib/exchange';
import { workbookArbitrary } from './arbitraries';

describe('export then import', () => {
  it('reads back every generated workbook exactly, with nothing dropped', () => {
    fc.assert(
      fc.property(workbookArbitrary, (doc) => {
        expect(readWorkbookFile(writeWorkbookFile(doc))).toEqual({ ok: true, doc, dropped: [] });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('stores an imported workbook as a copy equal to the exported one but for its id and time', async () => {
    const db = new FunnelbookDb({ name: 'round-trip', indexedDB: new IDBFactory(), IDBKeyRange });
    const repo = new WorkbookRepository(db);
    await fc.assert(
      fc.asyncProperty(workbookArbitrary, async (doc) => {
        const imported = await importWorkbookText(writeWorkbookFile(doc), repo);
        if (!imported.ok) expect.unreachable(JSON.stringify(imported.problem));
        const stored = (await repo.get(imported.id))?.doc;
        expect(stored).toEqual({ ...doc, id: imported.id, updatedAt: expect.any(String) });
        expect(imported.id).not.toBe(doc.id);
      }),
      { numRuns: 60 },
    );
    db.close();
  }, 60_000);
});
