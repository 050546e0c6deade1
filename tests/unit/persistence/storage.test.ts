import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../src/lib/persistence';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistentStorage', () => {
  it('reports unsupported where there is no navigator.storage', async () => {
    vi.stubGlobal('navigator', undefined);

    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('reports granted when the browser grants persistence', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist: async () => true },
    });

    expect(await requestPersistentStorage()).toBe('granted');
  });

  it('reports denied when the browser refuses persistence', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist: async () => false },
    });

    expect(await requestPersistentStorage()).toBe('denied');
  });
});
