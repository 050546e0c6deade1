import { flushSync } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assumptionKey, createWorkbook, setCell, stageKey, type CellKey, type StageColumnId, type WorkbookDoc } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { FunnelEngine } from '../../../src/lib/engine';
import {
  handleRequest,
  type MonteCarloInputs,
  type MonteCarloKind,
  type MonteCarloRequest,
  type MonteCarloResponse,
  type MonteCarloResults,
} from '../../../src/lib/probability';
import { MonteCarloCancelledError, MonteCarloClient, MonteCarloError, type WorkerLike } from '../../../src/lib/probability/monte-carlo-client';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';
import {
  ProbabilityRun,
  SIMULATE_TRIALS,
  TOP_NEEDED_TRIALS,
  workbookSeed,
  type MonteCarloRunner,
  type ProbabilitySession,
} from '../../../src/lib/state/probability-run.svelte';

/** An open workbook as the run sees it: a reactive document and the cell values, kept by a real engine. */
class OpenBook {
  readonly engine: FunnelEngine;
  readonly cells = new CellStore();
  readonly #doc: SvelteMap<'doc', WorkbookDoc>;
  readonly session: ProbabilitySession;
  /** Runs watching this book. */
  readonly runs: ProbabilityRun[] = [];

  constructor(doc: WorkbookDoc = createWorkbook(templateSeed('b2b-pipeline', 'en', 'Probability'))) {
    this.engine = new FunnelEngine(doc);
    this.cells.apply(this.engine.allValues());
    const docs = new SvelteMap([['doc', doc] as const]);
    this.#doc = docs;
    const cells = this.cells;
    this.session = {
      get shape() {
        return docs.get('doc')!;
      },
      cells,
    } as ProbabilitySession;
  }

  get doc(): WorkbookDoc {
    return this.#doc.get('doc')!;
  }

  at(stage: number, column: StageColumnId): CellKey {
    return stageKey(this.doc.stages[stage].id, column);
  }

  type(key: CellKey, raw: string): void {
    const next = setCell(this.doc, key, raw);
    this.#doc.set('doc', next);
    this.cells.apply(this.engine.update(next, [key]).changes);
    this.#settle();
  }

  /** An edit that changes the document but no input of the simulation. */
  rename(name: string): void {
    this.#doc.set('doc', { ...this.doc, name });
    this.#settle();
  }

  /**
   * Runs the runs' effects. Vitest compiles runes modules for the server here, where effects do
   * not exist, so the test also calls what the effect calls; in a browser build that is a no-op.
   */
  #settle(): void {
    flushSync();
    for (const run of this.runs) run.refresh();
  }
}

interface Call {
  kind: MonteCarloKind;
  input: MonteCarloInputs[MonteCarloKind];
  settled: boolean;
  cancelled: boolean;
  resolve(): void;
  fail(code: string, message: string): void;
}

/** A MonteCarloClient stand-in: one run at a time, a new run cancels the one in flight; the test settles each. */
class FakeClient implements MonteCarloRunner {
  readonly calls: Call[] = [];
  disposed = false;
  #reject: ((reason: unknown) => void) | null = null;

  run<K extends MonteCarloKind>(kind: K, input: MonteCarloInputs[K]): Promise<MonteCarloResults[K]> {
    this.cancel();
    return new Promise<MonteCarloResults[K]>((resolve, reject) => {
      this.#reject = reject;
      const call: Call = {
        kind,
        input: structuredClone(input),
        settled: false,
        cancelled: false,
        resolve: () => {
          if (call.settled) return;
          call.settled = true;
          this.#reject = null;
          // The real worker's answer, with few trials so the test stays fast.
          const response = handleRequest({ id: 1, kind, input: { ...input, trials: 2_000 } } as MonteCarloRequest);
          if ('error' in response) reject(new MonteCarloError(response.error));
          else resolve(response.result as MonteCarloResults[K]);
        },
        fail: (code, message) => {
          if (call.settled) return;
          call.settled = true;
          this.#reject = null;
          reject(new MonteCarloError({ code, message }));
        },
      };
      this.calls.push(call);
      this.#cancelCall = () => {
        call.settled = true;
        call.cancelled = true;
      };
    });
  }

  #cancelCall: (() => void) | null = null;

  cancel(): void {
    const reject = this.#reject;
    if (!reject) return;
    this.#reject = null;
    this.#cancelCall?.();
    reject(new MonteCarloCancelledError());
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  get last(): Call {
    return this.calls[this.calls.length - 1];
  }
}

function start(book = new OpenBook()) {
  const clients: FakeClient[] = [];
  const run = new ProbabilityRun(book.session, {
    createClient: () => {
      const client = new FakeClient();
      clients.push(client);
      return client;
    },
  });
  book.runs.push(run);
  flushSync();
  run.refresh(); // what the effect does on its first run
  const [simulate, topNeeded] = clients;
  return { book, run, simulate, topNeeded };
}

/** Lets the promise callbacks of settled runs go through. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the probability run of an open workbook', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts a run of each kind after the quiet time, with the trials, the seed and the cell inputs', async () => {
    const { book, run, simulate, topNeeded } = start();
    expect(run.status).toBe('running');
    expect(simulate.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(199);
    expect(simulate.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(simulate.calls.map((c) => c.kind)).toEqual(['simulate']);
    expect(topNeeded.calls.map((c) => c.kind)).toEqual(['topNeeded']);
    const seed = workbookSeed(book.doc.id);
    expect(simulate.last.input).toEqual({ top: 1268, stages: [0.4, 0.3, 0.5, 0.5, 0.8], avgDeal: 100_000, target: 3_000_000, trials: SIMULATE_TRIALS, seed });
    expect(topNeeded.last.input).toEqual({ stages: [0.4, 0.3, 0.5, 0.5, 0.8], avgDeal: 100_000, target: 3_000_000, confidence: 0.8, trials: TOP_NEEDED_TRIALS, seed });
    run.dispose();
  });

  it('goes from idle through running to done, showing each answer as it arrives', async () => {
    const { run, simulate, topNeeded } = start(new OpenBook());
    // Before the first effect the run is idle; the effect found inputs and scheduled a run.
    expect(run.status).toBe('running');
    expect([run.result, run.topNeeded, run.elapsedMs]).toEqual([null, null, null]);
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.resolve();
    await settle();
    expect(run.result?.dealsNeeded).toBe(30);
    expect(run.status).toBe('running'); // the volume needed is still being worked out
    topNeeded.last.resolve();
    await settle();
    expect(run.topNeeded?.confidence).toBe(0.8);
    expect(run.status).toBe('done');
    expect(run.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(run.error).toBeNull();
    run.dispose();
  });

  it('is idle before its effect runs', () => {
    const book = new OpenBook();
    const run = new ProbabilityRun(book.session, { createClient: () => new FakeClient() });
    expect(run.status).toBe('idle');
    run.dispose();
  });

  it('cancels the run in flight and reruns on a new edit, keeping the last answer on screen meanwhile', async () => {
    const { book, run, simulate, topNeeded } = start();
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.resolve();
    topNeeded.last.resolve();
    await settle();
    expect(run.status).toBe('done');
    const first = run.result;

    book.type(assumptionKey('target'), '3500000');
    expect(run.status).toBe('running');
    expect(run.result).toBe(first);
    await vi.advanceTimersByTimeAsync(200);
    const inFlight = simulate.last;
    expect(inFlight.input).toMatchObject({ target: 3_500_000 });

    // Another edit while that run is in flight cancels it at once, and a new run follows.
    book.type(book.at(1, 'rate'), '0.35');
    expect(inFlight.cancelled).toBe(true);
    expect(simulate.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(simulate.calls).toHaveLength(3);
    expect(simulate.last.input.stages[1]).toBe(0.35);
    expect(run.status).toBe('running');
    simulate.last.resolve();
    topNeeded.last.resolve();
    await settle();
    expect(run.status).toBe('done');
    expect(run.result?.dealsNeeded).toBe(35);
    run.dispose();
  });

  it('runs once for a burst of edits within the quiet time', async () => {
    const { book, run, simulate } = start();
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.resolve();
    await settle();
    for (const value of ['0.41', '0.42', '0.43', '0.44']) {
      book.type(book.at(0, 'rate'), value);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(simulate.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(simulate.calls).toHaveLength(2);
    expect(simulate.last.input.stages[0]).toBe(0.44);
    run.dispose();
  });

  it('starts no run for an edit that changes no input of the simulation', async () => {
    const { book, run, simulate, topNeeded } = start();
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.resolve();
    topNeeded.last.resolve();
    await settle();
    book.rename('Renamed');
    book.type(book.at(0, 'cycleDays'), '9');
    await vi.advanceTimersByTimeAsync(1000);
    expect(simulate.calls).toHaveLength(1);
    expect(run.status).toBe('done');
    run.dispose();
  });

  it('ignores the answer of a run that a newer edit superseded', async () => {
    const { book, run, simulate } = start();
    await vi.advanceTimersByTimeAsync(200);
    const old = simulate.last;
    book.type(assumptionKey('target'), '4000000');
    old.resolve(); // answered before the newer run started
    await settle();
    expect(run.result).toBeNull();
    expect(run.status).toBe('running');
    run.dispose();
  });

  it('reports a failed run as an error', async () => {
    const { run, simulate, topNeeded } = start();
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.fail('internal', 'out of memory');
    topNeeded.last.resolve();
    await settle();
    expect(run.status).toBe('error');
    expect(run.error).toBe('out of memory');
    run.dispose();
  });

  it('stops and clears the answer while an input makes the simulation impossible, and says why', async () => {
    const { book, run, simulate, topNeeded } = start();
    await vi.advanceTimersByTimeAsync(200);
    simulate.last.resolve();
    topNeeded.last.resolve();
    await settle();
    book.type(book.at(2, 'rate'), '');
    expect(run.status).toBe('idle');
    expect(run.result).toBeNull();
    expect(run.input.problems.map((p) => p.code)).toEqual(['no-rate']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(simulate.calls).toHaveLength(1);
    // Fixing it runs again.
    book.type(book.at(2, 'rate'), '0.5');
    await vi.advanceTimersByTimeAsync(200);
    expect(simulate.calls).toHaveLength(2);
    run.dispose();
  });

  it('keeps simulating with a bad range, reporting it', async () => {
    const { book, run, simulate } = start();
    book.type(book.at(0, 'rateLow'), '0.5');
    book.type(book.at(0, 'rateHigh'), '0.3');
    await vi.advanceTimersByTimeAsync(200);
    expect(run.input.problems.map((p) => p.code)).toEqual(['range-order']);
    expect(simulate.last.input.stages[0]).toBe(0.4);
    simulate.last.resolve();
    await settle();
    expect(run.result).not.toBeNull();
    run.dispose();
  });

  it('seeds every run of a workbook alike, and different workbooks differently', async () => {
    const { book, run, simulate } = start();
    await vi.advanceTimersByTimeAsync(200);
    book.type(assumptionKey('target'), '2000000');
    await vi.advanceTimersByTimeAsync(200);
    const seeds = simulate.calls.map((c) => c.input.seed);
    expect(seeds).toEqual([workbookSeed(book.doc.id), workbookSeed(book.doc.id)]);
    expect(run.seed).toBe(seeds[0]);
    const other = start();
    expect(other.run.seed).not.toBe(run.seed);
    expect(workbookSeed('same-id')).toBe(workbookSeed('same-id'));
    expect(Number.isInteger(workbookSeed('x')) && workbookSeed('x') >= 0 && workbookSeed('x') < 2 ** 32).toBe(true);
    run.dispose();
    other.run.dispose();
  });

  it('gives the same answer for the same workbook and inputs', async () => {
    const book = new OpenBook();
    const answers = [];
    for (let i = 0; i < 2; i++) {
      const { run, simulate } = start(book);
      await vi.advanceTimersByTimeAsync(200);
      simulate.last.resolve();
      await settle();
      answers.push({ ...run.result, ms: 0 });
      run.dispose();
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it('skips only the volume needed when the wanted chance is out of range', async () => {
    const { book, run, simulate, topNeeded } = start();
    book.type(assumptionKey('confidence'), '0');
    await vi.advanceTimersByTimeAsync(200);
    expect(topNeeded.calls).toHaveLength(0);
    simulate.last.resolve();
    await settle();
    expect(run.status).toBe('done');
    expect(run.topNeeded).toBeNull();
    run.dispose();
  });

  it('stops watching and ends both clients on dispose', async () => {
    const { book, run, simulate, topNeeded } = start();
    await vi.advanceTimersByTimeAsync(200);
    const inFlight = simulate.last;
    run.dispose();
    expect(inFlight.cancelled).toBe(true);
    expect([simulate.disposed, topNeeded.disposed]).toEqual([true, true]);
    book.type(assumptionKey('target'), '1000000');
    await vi.advanceTimersByTimeAsync(1000);
    expect(simulate.calls).toHaveLength(1);
  });

  it('restarts the worker of the real client when an edit interrupts a run', async () => {
    const workers: FakeWorker[] = [];
    const book = new OpenBook();
    const run = new ProbabilityRun(book.session, {
      createClient: () => new MonteCarloClient({ createWorker: () => new FakeWorker(workers) }),
      simulateTrials: 2_000,
      topNeededTrials: 1_000,
    });
    book.runs.push(run);
    flushSync();
    run.refresh();
    await vi.advanceTimersByTimeAsync(200);
    expect(workers).toHaveLength(2);
    book.type(assumptionKey('target'), '2500000');
    await vi.advanceTimersByTimeAsync(200);
    // Both busy workers were ended and replaced; answers come from the new ones only.
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false, false]);
    await vi.advanceTimersByTimeAsync(10);
    expect(run.status).toBe('done');
    expect(run.result?.dealsNeeded).toBe(25);
    expect(run.result?.trials).toBe(2_000);
    expect(run.topNeeded?.top).toBeGreaterThan(0);
    run.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

/** A Worker stand-in that answers with the real handler a few milliseconds later, unless ended. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: MonteCarloResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  constructor(all: FakeWorker[]) {
    all.push(this);
  }
  postMessage(message: MonteCarloRequest): void {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: handleRequest(message) });
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}
