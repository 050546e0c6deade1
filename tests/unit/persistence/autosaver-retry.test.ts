// A failed write is retried by itself after a pause, so saving resumes when storage space is back
// without the user typing again; a database closed for a newer version is not retried.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Autosaver, type AutosaveTarget, type SaveResult, type StoredWorkbook } from '../../../src/lib/persistence';
import { makeDoc, type TestDoc } from '../../fixtures/persistence-docs';

const RETRY_MS = [1_000, 4_000];

function failingTimes(times: number, error: Error) {
  const save = vi.fn<AutosaveTarget['save']>();
  for (let i = 0; i < times; i++) save.mockRejectedValueOnce(error);
  save.mockResolvedValue({ ok: true, rev: 2 } satisfies SaveResult);
  return { save };
}

const quotaError = () => new DOMException('Storage is full', 'QuotaExceededError');
let saver: Autosaver<TestDoc> | undefined;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  saver?.dispose();
  vi.useRealTimers();
});

test('after a quota error the kept document is written again once the pause is over', async () => {
  const target = failingTimes(1, quotaError());
  saver = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 }, { retryMs: RETRY_MS });
  saver.schedule(makeDoc({ name: 'Kept' }));
  await saver.flush();
  expect(saver.status).toBe('error');

  await vi.advanceTimersByTimeAsync(RETRY_MS[0]);

  expect(saver.status).toBe('saved');
  expect(target.save).toHaveBeenCalledTimes(2);
  expect(target.save).toHaveBeenLastCalledWith(makeDoc({ name: 'Kept' }), 1, { force: false });
});

test('retries wait longer after each failure, up to the last pause', async () => {
  const target = failingTimes(3, quotaError());
  saver = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 }, { retryMs: RETRY_MS });
  saver.schedule(makeDoc());
  await saver.flush();

  await vi.advanceTimersByTimeAsync(RETRY_MS[0]);
  expect(target.save).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(RETRY_MS[1] - 1);
  expect(target.save).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(1);
  expect(target.save).toHaveBeenCalledTimes(3);
  await vi.advanceTimersByTimeAsync(RETRY_MS[1]);

  expect(target.save).toHaveBeenCalledTimes(4);
  expect(saver.status).toBe('saved');
});

test('a database closed for a newer version is not retried', async () => {
  const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
  const target = failingTimes(1, closed);
  saver = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 }, { retryMs: RETRY_MS });
  saver.schedule(makeDoc());
  await saver.flush();

  await vi.advanceTimersByTimeAsync(RETRY_MS[1] * 3);

  expect(target.save).toHaveBeenCalledTimes(1);
  expect(saver.status).toBe('error');
  expect(saver.hasPending).toBe(true);
});

test('a disposed autosaver does not retry', async () => {
  const target = failingTimes(1, quotaError());
  saver = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 }, { retryMs: RETRY_MS });
  saver.schedule(makeDoc());
  await saver.flush();

  saver.dispose();
  await vi.advanceTimersByTimeAsync(RETRY_MS[1] * 3);

  expect(target.save).toHaveBeenCalledTimes(1);
});

test('after taking the other tab\'s version, the next failed write waits the first pause again', async () => {
  const target = failingTimes(2, quotaError());
  saver = new Autosaver<TestDoc>(target, { id: 'wb-1', rev: 1 }, { retryMs: RETRY_MS });
  saver.schedule(makeDoc({ name: 'Mine' }));
  await saver.flush();
  const doc = makeDoc({ name: 'Theirs' });
  const theirs: StoredWorkbook = { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt, rev: 2, doc };
  saver.adopt(theirs);
  saver.resolveTakeTheirs(theirs);
  saver.schedule(makeDoc({ name: 'Next' }));
  await saver.flush();
  expect(target.save).toHaveBeenCalledTimes(2);

  await vi.advanceTimersByTimeAsync(RETRY_MS[0]);

  expect(target.save).toHaveBeenCalledTimes(3);
  expect(saver.status).toBe('saved');
});
