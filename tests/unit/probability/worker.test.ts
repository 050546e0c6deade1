import { describe, expect, it } from 'vitest';
import {
  createWorkerHandler,
  handleRequest,
  rateBeliefFromCounts,
  type MonteCarloRequest,
  type MonteCarloResponse,
} from '../../../src/lib/probability';
import {
  MonteCarloCancelledError,
  MonteCarloClient,
  MonteCarloError,
  type WorkerLike,
} from '../../../src/lib/probability/monte-carlo-client';

const INPUT = { top: 100, stages: [rateBeliefFromCounts(50, 10)], avgDeal: 1000, target: 20_000, trials: 2000, seed: 1 };

describe('worker protocol', () => {
  it('answers a simulate request with its id and result', () => {
    const response = handleRequest({ id: 7, kind: 'simulate', input: INPUT });
    expect(response.id).toBe(7);
    expect('result' in response && response.result.trials).toBe(2000);
  });

  it('answers a refused input with the error code', () => {
    const response = handleRequest({ id: 8, kind: 'simulate', input: { ...INPUT, top: -1 } });
    expect(response).toMatchObject({ id: 8, error: { code: 'bad-input' } });
  });

  it('runs only the newest of the requests that queued up, answering the others "superseded"', () => {
    const posted: MonteCarloResponse[] = [];
    const tasks: Array<() => void> = [];
    const handle = createWorkerHandler((r) => posted.push(r), (task) => tasks.push(task));
    handle({ id: 1, kind: 'simulate', input: INPUT });
    handle({ id: 2, kind: 'simulate', input: INPUT });
    handle({ id: 3, kind: 'topNeeded', input: { ...INPUT, confidence: 0.5 } });
    tasks.forEach((task) => task());
    expect(posted.map((r) => [r.id, 'error' in r ? r.error.code : 'result'])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'result'],
    ]);
  });
});

/** A Worker stand-in that answers asynchronously with the real handler, unless terminated first. */
class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: MonteCarloResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
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

const newClient = () => {
  FakeWorker.created = [];
  return new MonteCarloClient({ createWorker: () => new FakeWorker() });
};

describe('MonteCarloClient', () => {
  it('resolves a run with the worker result', async () => {
    const client = newClient();
    const result = await client.run('simulate', INPUT);
    expect(result.trials).toBe(2000);
    expect(client.busy).toBe(false);
  });

  it('cancels the run in flight when a new one starts, terminating the busy worker', async () => {
    const client = newClient();
    const first = client.run('simulate', INPUT);
    const second = client.run('simulate', { ...INPUT, seed: 2 });
    await expect(first).rejects.toBeInstanceOf(MonteCarloCancelledError);
    expect((await second).seed).toBe(2);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0].terminated).toBe(true);
  });

  it('reuses an idle worker', async () => {
    const client = newClient();
    await client.run('simulate', INPUT);
    await client.run('topNeeded', { ...INPUT, confidence: 0.5 });
    expect(FakeWorker.created).toHaveLength(1);
  });

  it('rejects with the error code when the worker refuses the input', async () => {
    const client = newClient();
    const run = client.run('simulate', { ...INPUT, trials: 0 });
    await expect(run).rejects.toBeInstanceOf(MonteCarloError);
    await expect(run).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('after dispose, cancels the run in flight and refuses new ones', async () => {
    const client = newClient();
    const run = client.run('simulate', INPUT);
    client.dispose();
    await expect(run).rejects.toBeInstanceOf(MonteCarloCancelledError);
    await expect(client.run('simulate', INPUT)).rejects.toBeInstanceOf(MonteCarloCancelledError);
    expect(FakeWorker.created[0].terminated).toBe(true);
  });
});
