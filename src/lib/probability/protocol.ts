// The message protocol between the page (MonteCarloClient) and monte-carlo.worker.ts, and the
// worker's logic as a plain function so it can be tested in Node.
import { ProbabilityInputError } from './errors';
import { simulate, topNeededFor, type SimulateInput, type SimulateResult, type TopNeededInput, type TopNeededResult } from './simulate';

export type MonteCarloKind = 'simulate' | 'topNeeded';

export interface MonteCarloInputs {
  simulate: SimulateInput;
  topNeeded: TopNeededInput;
}

export interface MonteCarloResults {
  simulate: SimulateResult;
  topNeeded: TopNeededResult;
}

export type MonteCarloRequest = {
  [K in MonteCarloKind]: { id: number; kind: K; input: MonteCarloInputs[K] };
}[MonteCarloKind];

/** A serialisable error: `code` is a ProbabilityErrorCode, 'superseded' or 'internal'. */
export interface MonteCarloErrorPayload {
  code: string;
  message: string;
}

export type MonteCarloResponse =
  | { id: number; result: MonteCarloResults[MonteCarloKind] }
  | { id: number; error: MonteCarloErrorPayload };

/** Runs one request synchronously and returns the response to post. */
export function handleRequest(request: MonteCarloRequest): MonteCarloResponse {
  try {
    if (request.kind === 'simulate') return { id: request.id, result: simulate(request.input) };
    if (request.kind === 'topNeeded') return { id: request.id, result: topNeededFor(request.input) };
    return { id: (request as { id: number }).id, error: { code: 'bad-input', message: `unknown kind ${(request as { kind: unknown }).kind}` } };
  } catch (err) {
    if (err instanceof ProbabilityInputError) return { id: request.id, error: { code: err.code, message: err.message } };
    return { id: request.id, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
}

/**
 * The worker's message handler. A run is synchronous, so messages that arrive during it queue up;
 * instead of running each in turn, the handler collects them and, on the next macrotask, runs only
 * the one with the highest id, answering the others `{ id, error: { code: 'superseded' } }`. The
 * client also terminates a busy worker outright when a newer run starts (see
 * monte-carlo-client.ts), so this only matters for clients that do not.
 */
export function createWorkerHandler(
  post: (response: MonteCarloResponse) => void,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): (request: MonteCarloRequest) => void {
  let pending: MonteCarloRequest | null = null;
  let scheduled = false;
  let latestId = -Infinity;
  const superseded = (id: number) => post({ id, error: { code: 'superseded', message: `request ${id} was superseded by a newer one` } });
  const runPending = () => {
    scheduled = false;
    const request = pending;
    pending = null;
    if (request) post(handleRequest(request));
  };
  return (request) => {
    if (!request || typeof request.id !== 'number') return;
    if (request.id < latestId) {
      superseded(request.id);
      return;
    }
    latestId = request.id;
    if (pending) superseded(pending.id);
    pending = request;
    if (!scheduled) {
      scheduled = true;
      schedule(runPending);
    }
  };
}
