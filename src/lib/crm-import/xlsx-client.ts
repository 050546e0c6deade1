import type { XlsxOutcome } from './xlsx-read';
import { checkZipSize, XLSX_UNPACKED_LIMIT } from './zip-size';

/** The part of a Worker used here (a fake one can be injected in tests). */
export interface XlsxWorkerLike {
  postMessage(message: { bytes: ArrayBuffer; limit: number }, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: XlsxOutcome }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type XlsxReadOutcome = XlsxOutcome | { ok: false; reason: 'cancelled' | 'timeout' };

export interface XlsxReadOptions {
  signal?: AbortSignal;
  /** A parse taking longer than this is stopped (the worker is terminated). */
  timeoutMs?: number;
  limit?: number;
  createWorker?: () => XlsxWorkerLike;
}

export const XLSX_TIMEOUT_MS = 30_000;

const defaultWorker = (): XlsxWorkerLike =>
  new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' }) as unknown as XlsxWorkerLike;

/**
 * Reads an XLSX file in a worker of its own, refusing it by its declared unpacked size before any
 * worker starts. The worker is terminated when the read ends, is cancelled or times out.
 */
export function readXlsxInWorker(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<XlsxReadOutcome> {
  const limit = options.limit ?? XLSX_UNPACKED_LIMIT;
  const size = checkZipSize(bytes, limit);
  if (!size.ok) return Promise.resolve({ ok: false, reason: size.reason });
  if (options.signal?.aborted) return Promise.resolve({ ok: false, reason: 'cancelled' });
  const worker = (options.createWorker ?? defaultWorker)();
  return new Promise<XlsxReadOutcome>((resolve) => {
    let done = false;
    const finish = (outcome: XlsxReadOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, reason: 'cancelled' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), options.timeoutMs ?? XLSX_TIMEOUT_MS);
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => finish(event.data);
    worker.onerror = () => finish({ ok: false, reason: 'unreadable' });
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy, limit }, [copy]);
  });
}
