import { expect, test } from 'vitest';
import { saveProblemOf } from '../../../src/lib/persistence';

test('a QuotaExceededError from IndexedDB is a full storage', () => {
  expect(saveProblemOf(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('quota');
});

test("a transaction aborted because of the quota (Dexie's AbortError with an inner cause) is a full storage", () => {
  const aborted = Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: new DOMException('Quota exceeded', 'QuotaExceededError'),
  });
  expect(saveProblemOf(aborted)).toBe('quota');
});

test("Dexie's DatabaseClosedError is a closed database", () => {
  expect(saveProblemOf(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))).toBe('closed');
});

test('anything else is another problem', () => {
  expect(saveProblemOf(new TypeError('x is not a function'))).toBe('other');
  expect(saveProblemOf(undefined)).toBe('other');
  expect(saveProblemOf('a string')).toBe('other');
});
