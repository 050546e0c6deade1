import { describe, expect, it, vi } from 'vitest';
import {
  aggregate,
  checkZipSize,
  guessMapping,
  guessStageMapping,
  loadColumns,
  loadStages,
  parseCsv,
  readXlsxInWorker,
  saveColumns,
  saveStages,
  XLSX_UNPACKED_LIMIT,
  type SettingsStore,
} from '../../../src/lib/crm-import';
import { readXlsx } from '../../../src/lib/crm-import/xlsx-read';
import { makeZip } from './fixtures/zip';

const memoryStore = (): SettingsStore => {
  const data = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
    set: async (key, value) => void data.set(key, structuredClone(value)),
  };
};

// 60 MB of zeros deflates to about 60 KB: small to send, too big to unpack.
const bomb = () => makeZip([
  { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(60 * 1024 * 1024) },
]);

describe('an XLSX file is refused by its unpacked size before it is parsed', () => {
  it('sums the sizes declared in the central directory', () => {
    const zip = makeZip([{ name: 'a', data: new Uint8Array(1000) }, { name: 'b', data: new Uint8Array(234) }]);
    expect(checkZipSize(zip)).toEqual({ ok: true, unpacked: 1234, entries: 2 });
  });

  it('refuses a zip-bomb-like archive above the limit', () => {
    const zip = bomb();
    expect(zip.length).toBeLessThan(XLSX_UNPACKED_LIMIT / 100);
    expect(checkZipSize(zip)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('never starts the parser (or its worker) for such a file', async () => {
    const createWorker = vi.fn();
    expect(await readXlsxInWorker(bomb(), { createWorker })).toEqual({ ok: false, reason: 'too-large' });
    expect(createWorker).not.toHaveBeenCalled();
    expect(await readXlsx(bomb())).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses an archive that declares a ZIP64 size', () => {
    const zip = makeZip([{ name: 'a', data: new Uint8Array(10), declaredSize: 0xffffffff }]);
    expect(checkZipSize(zip)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('calls bytes without a zip end record no zip', () => {
    expect(checkZipSize(new TextEncoder().encode('Stage,Count\nLeads,1\n'.repeat(5)))).toEqual({ ok: false, reason: 'not-zip' });
  });
});

describe('header and stage names from a file cannot pollute objects', () => {
  const csv = '__proto__,constructor,prototype,Stage\n{"polluted":1},x,y,__proto__\n';

  it('keeps __proto__, constructor and prototype as plain header names', () => {
    const table = parseCsv(new TextEncoder().encode(csv));
    expect(table.headers).toEqual(['__proto__', 'constructor', 'prototype', 'Stage']);
    expect(guessMapping(table.headers)).toEqual({ stage: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('adds up a stage and an owner named __proto__ like any other name', () => {
    const table = parseCsv(new TextEncoder().encode('Stage,Owner\n__proto__,constructor\n'));
    const stages = [{ id: 'a', name: '__proto__' }];
    const stageMapping = guessStageMapping(['__proto__'], stages);
    const result = aggregate({ table, mapping: { stage: 0, owner: 1 }, shape: 'opportunities', stageMapping, stages });
    expect(result.byStage.get('a')).toBe(1);
    expect(result.byOwner.get('constructor')?.get('a')).toBe(1);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'a')).toBe(false);
  });

  it('remembers mappings with such names and reads them back intact', async () => {
    const store = memoryStore();
    const headers = ['__proto__', 'Stage'];
    await saveColumns(store, headers, 'opportunities', { stage: 1 });
    await saveStages(store, 'wb1', new Map([['__proto__', 'a'], ['constructor', 'lost']]));
    expect(await loadColumns(store, headers)).toEqual({ shape: 'opportunities', mapping: { stage: 1 } });
    expect(await loadStages(store, 'wb1')).toEqual(new Map([['__proto__', 'a'], ['constructor', 'lost']]));
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('ignores a remembered mapping of the wrong shape', async () => {
    const store = memoryStore();
    await store.set('crmImport.stages.wb1', { __proto__: { polluted: true } });
    expect(await loadStages(store, 'wb1')).toEqual(new Map());
  });
});

describe('the XLSX worker is stopped', () => {
  const fakeWorker = () => ({ postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null });
  const smallZip = () => makeZip([{ name: 'a', data: new Uint8Array(10) }]);

  it('when the read is cancelled', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const read = readXlsxInWorker(smallZip(), { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    expect(await read).toEqual({ ok: false, reason: 'cancelled' });
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('when the read takes longer than the timeout', async () => {
    const worker = fakeWorker();
    expect(await readXlsxInWorker(smallZip(), { createWorker: () => worker, timeoutMs: 10 })).toEqual({ ok: false, reason: 'timeout' });
    expect(worker.terminate).toHaveBeenCalledOnce();
  });
});
