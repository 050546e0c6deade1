import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Autosaver,
  FunnelbookDb,
  WorkbookRepository,
  type AutosaveStatus,
  type AutosaveTarget,
  type SaveResult,
} from '../../../src/lib/persistence';
import { makeDoc, type TestDoc } from '../../fixtures/persistence-docs';

const DELAY_MS = 100;

/** Resolves when the autosaver next enters `status`. */
function statusReached(saver: Autosaver<TestDoc>, status: AutosaveStatus): Promise<void> {
  return new Promise((resolve) => {
    const stop = saver.onStatus((next) => {
      if (next !== status) return;
      stop();
      resolve();
    });
  });
}

let db: FunnelbookDb;
let repo: WorkbookRepository;
let saver: Autosaver<TestDoc>;

beforeEach(async () => {
  // Only timers are faked: fake-indexeddb schedules its work with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  db = new FunnelbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = new WorkbookRepository(db);
  await repo.create(makeDoc());
  saver = new Autosaver<TestDoc>(repo, { id: 'wb-1', rev: 1 }, { delayMs: DELAY_MS });
});

afterEach(() => {
  saver.dispose();
  vi.useRealTimers();
  db.close();
});

/** Puts the saver into 'conflict': another tab saved rev 2 while ours was based on rev 1. */
async function conflictWithAnotherWriter(): Promise<void> {
  await repo.save(makeDoc({ name: 'Theirs' }), 1);
  saver.schedule(makeDoc({ name: 'Mine' }));
  await saver.flush();
}

describe('Autosaver', () => {
  it('does not write before delayMs has passed', async () => {
    saver.schedule(makeDoc({ name: 'Renamed' }));

    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);

    expect(saver.status).toBe('pending');
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Q3 plan', rev: 1 });
  });

  it('writes a scheduled document within delayMs', async () => {
    const saved = statusReached(saver, 'saved');
    saver.schedule(makeDoc({ name: 'Renamed' }));

    await vi.advanceTimersByTimeAsync(DELAY_MS);
    await saved;

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Renamed', rev: 2 });
    expect(saver.rev).toBe(2);
    expect(saver.hasPending).toBe(false);
  });

  it('writes only the latest document after a burst', async () => {
    const saved = statusReached(saver, 'saved');
    saver.schedule(makeDoc({ name: 'First' }));
    saver.schedule(makeDoc({ name: 'Second' }));
    saver.schedule(makeDoc({ name: 'Third' }));

    await vi.advanceTimersByTimeAsync(DELAY_MS);
    await saved;

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Third', rev: 2 });
  });

  it('writes a change made during a write with the next write', async () => {
    saver.schedule(makeDoc({ name: 'First' }));
    // The next status change is 'saving': edit while the first write is in flight.
    const stopEditing = saver.onStatus(() => {
      stopEditing();
      saver.schedule(makeDoc({ name: 'Second' }));
    });
    const saved = statusReached(saver, 'saved');

    await vi.advanceTimersByTimeAsync(2 * DELAY_MS);
    await saved;

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Second', rev: 3 });
  });

  it('writes immediately on flush', async () => {
    saver.schedule(makeDoc({ name: 'Renamed' }));

    await saver.flush();

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Renamed', rev: 2 });
    expect(saver.status).toBe('saved');
  });

  it('reports a conflict when another writer saved first and keeps the pending document', async () => {
    await conflictWithAnotherWriter();

    expect(saver.status).toBe('conflict');
    expect(saver.hasPending).toBe(true);
    expect(saver.conflict).toMatchObject({ name: 'Theirs', rev: 2 });
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Theirs', rev: 2 });
  });

  it('stops writing while in conflict', async () => {
    await conflictWithAnotherWriter();

    saver.schedule(makeDoc({ name: 'Mine again' }));
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    await saver.flush();

    expect(saver.status).toBe('conflict');
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Theirs', rev: 2 });
  });

  it('writes the pending document on resolveKeepMine', async () => {
    await conflictWithAnotherWriter();

    await saver.resolveKeepMine();

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Mine', rev: 3 });
    expect(saver.status).toBe('saved');
    expect(saver.rev).toBe(3);
    expect(saver.conflict).toBeUndefined();
  });

  it('drops the pending document and adopts their rev on resolveTakeTheirs', async () => {
    await conflictWithAnotherWriter();
    const theirs = await repo.get('wb-1');

    saver.resolveTakeTheirs(theirs!);

    expect(saver.status).toBe('saved');
    expect(saver.hasPending).toBe(false);
    expect(saver.rev).toBe(2);
  });

  it('builds later writes on an adopted rev', async () => {
    await repo.save(makeDoc({ name: 'Theirs' }), 1);

    saver.adopt((await repo.get('wb-1'))!);
    saver.schedule(makeDoc({ name: 'Mine' }));
    await saver.flush();

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Mine', rev: 3 });
  });

  it('does not adopt a newer record while a change is pending', async () => {
    saver.schedule(makeDoc({ name: 'Mine' }));
    await repo.save(makeDoc({ name: 'Theirs' }), 1);

    expect(saver.adopt((await repo.get('wb-1'))!)).toBe(false);
    expect(saver.rev).toBe(1);
  });
  it('a newer record seen while a change waits puts it in conflict, and keep mine then overwrites that record', async () => {
    saver.schedule(makeDoc({ name: 'Mine' }));
    await repo.save(makeDoc({ name: 'Theirs' }), 1);

    expect(saver.adopt((await repo.get('wb-1'))!)).toBe(false);
    expect(saver.status).toBe('conflict');
    await saver.resolveKeepMine();

    expect(await repo.get('wb-1')).toMatchObject({ name: 'Mine', rev: 3 });
    expect(saver.status).toBe('saved');
  });

  it('a newer record seen while a write is in flight is left to that write, which finds the conflict', async () => {
    await repo.save(makeDoc({ name: 'Theirs' }), 1);
    const theirs = (await repo.get('wb-1'))!;
    saver.schedule(makeDoc({ name: 'Mine' }));
    const saving = statusReached(saver, 'saving');
    const written = saver.flush();
    await saving;

    expect(saver.adopt(theirs)).toBe(false);
    expect(saver.status).toBe('saving');
    await written;

    expect(saver.status).toBe('conflict');
    expect(saver.conflict).toMatchObject({ name: 'Theirs', rev: 2 });
  });

  it('a second newer record seen while in conflict becomes the one the conflict offers', async () => {
    saver.schedule(makeDoc({ name: 'Mine' }));
    await repo.save(makeDoc({ name: 'Theirs' }), 1);
    saver.adopt((await repo.get('wb-1'))!);
    await repo.save(makeDoc({ name: 'Theirs again' }), 2);

    expect(saver.adopt((await repo.get('wb-1'))!)).toBe(false);

    expect(saver.conflict).toMatchObject({ name: 'Theirs again', rev: 3 });
  });

  it('use theirs after a newer record seen while a change waited drops the change for good', async () => {
    saver.schedule(makeDoc({ name: 'Mine' }));
    await repo.save(makeDoc({ name: 'Theirs' }), 1);
    saver.adopt((await repo.get('wb-1'))!);

    saver.resolveTakeTheirs(saver.conflict!);
    await vi.advanceTimersByTimeAsync(DELAY_MS * 3);

    expect(saver.status).toBe('saved');
    expect(saver.rev).toBe(2);
    expect(await repo.get('wb-1')).toMatchObject({ name: 'Theirs', rev: 2 });
  });
});

describe('Autosaver after a failed write', () => {
  // A stub store: this tests the autosaver's error path, not IndexedDB's quota.
  function quotaThenOk() {
    return {
      save: vi
        .fn<AutosaveTarget['save']>()
        .mockRejectedValueOnce(new DOMException('Storage is full', 'QuotaExceededError'))
        .mockResolvedValue({ ok: true, rev: 2 } satisfies SaveResult),
    };
  }

  it('reports error and keeps the document pending', async () => {
    const failing = new Autosaver<TestDoc>(quotaThenOk(), { id: 'wb-1', rev: 1 });
    failing.schedule(makeDoc({ name: 'Too big' }));

    await failing.flush();

    expect(failing.status).toBe('error');
    expect(failing.lastError?.name).toBe('QuotaExceededError');
    expect(failing.hasPending).toBe(true);
    expect(failing.rev).toBe(1);
    failing.dispose();
  });

  it('saves the kept document on a later flush', async () => {
    const target = quotaThenOk();
    const failing = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 });
    failing.schedule(makeDoc({ name: 'Too big' }));
    await failing.flush();

    await failing.flush();

    expect(failing.status).toBe('saved');
    expect(failing.hasPending).toBe(false);
    expect(failing.lastError).toBeUndefined();
    expect(failing.rev).toBe(2);
    expect(target.save).toHaveBeenLastCalledWith(makeDoc({ name: 'Too big' }), 1, { force: false });
    failing.dispose();
  });
});
