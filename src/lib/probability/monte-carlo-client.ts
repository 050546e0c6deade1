// The page's side of the Monte Carlo worker. One run at a time: starting a run while another is
// in flight rejects the older promise with MonteCarloCancelledError and terminates the busy worker
// (a synchronous simulation cannot be interrupted any other way); the next run creates a fresh
// one. An idle worker is reused, so a burst of edits costs one worker start per edit that
// interrupts a run, and none otherwise.
//
//   const mc = new MonteCarloClient();
//   const r = await mc.run('simulate', { top: 400, stages, avgDeal: 10_000, target: 380_000, trials: 100_000, seed: 1 });
//   ...
//   mc.dispose();
//
// Inputs are copied as JSON before posting, so Svelte $state proxies can be passed as they are.
import type { MonteCarloErrorPayload, MonteCarloInputs, MonteCarloKind, MonteCarloRequest, MonteCarloResponse, MonteCarloResults } from './protocol';

/** The part of a Worker the client uses (a fake one can be injected in tests). */
export interface WorkerLike {
  postMessage(message: MonteCarloRequest): void;
  terminate(): void;
  onmessage: ((event: { data: MonteCarloResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** The run was cancelled by a newer run, cancel() or dispose(). */
export class MonteCarloCancelledError extends Error {
  constructor(message = 'the Monte Carlo run was cancelled') {
    super(message);
    this.name = 'MonteCarloCancelledError';
  }
}

/** The worker refused the input ('range-order', 'bad-input', ...) or failed ('internal', 'worker'). */
export class MonteCarloError extends Error {
  readonly code: string;
  constructor(payload: MonteCarloErrorPayload) {
    super(payload.message);
    this.name = 'MonteCarloError';
    this.code = payload.code;
  }
}

export interface MonteCarloClientOptions {
  /** Defaults to Vite's module worker for monte-carlo.worker.ts. */
  createWorker?: () => WorkerLike;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

interface InFlight {
  id: number;
  resolve: (value: never) => void;
  reject: (reason: unknown) => void;
}

export class MonteCarloClient {
  private readonly createWorker: () => WorkerLike;
  private worker: WorkerLike | null = null;
  private current: InFlight | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(options: MonteCarloClientOptions = {}) {
    this.createWorker = options.createWorker ?? defaultWorker;
  }

  /** True while a run is in flight. */
  get busy(): boolean {
    return this.current !== null;
  }

  /** Runs `kind` in the worker, cancelling the run in flight (if any). */
  run<K extends MonteCarloKind>(kind: K, input: MonteCarloInputs[K]): Promise<MonteCarloResults[K]> {
    if (this.disposed) return Promise.reject(new MonteCarloCancelledError('the Monte Carlo client was disposed'));
    this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<MonteCarloResults[K]>((resolve, reject) => {
      this.current = { id, resolve: resolve as (value: never) => void, reject };
      try {
        const plainInput = JSON.parse(JSON.stringify(input)) as MonteCarloInputs[K];
        worker.postMessage({ id, kind, input: plainInput } as MonteCarloRequest);
      } catch (err) {
        this.current = null;
        reject(err);
      }
    });
  }

  /** Cancels the run in flight (its promise rejects with MonteCarloCancelledError). */
  cancel(): void {
    const inFlight = this.current;
    if (!inFlight) return;
    this.current = null;
    this.dropWorker();
    inFlight.reject(new MonteCarloCancelledError());
  }

  /** Cancels any run and terminates the worker; later runs reject. */
  dispose(): void {
    this.cancel();
    this.dropWorker();
    this.disposed = true;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      if (worker !== this.worker) return;
      const response = event.data;
      const inFlight = this.current;
      if (!inFlight || !response || response.id !== inFlight.id) return; // stale answer
      this.current = null;
      if ('error' in response) inFlight.reject(new MonteCarloError(response.error));
      else inFlight.resolve(response.result as never);
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      const inFlight = this.current;
      this.current = null;
      this.dropWorker();
      inFlight?.reject(new MonteCarloError({ code: 'worker', message: event?.message || 'the Monte Carlo worker failed' }));
    };
    this.worker = worker;
    return worker;
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    }
  }
}
