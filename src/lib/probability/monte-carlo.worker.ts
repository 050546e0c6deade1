// The Monte Carlo worker (module worker; created by monte-carlo-client.ts).
// Receives { id, kind: 'simulate' | 'topNeeded', input }, posts { id, result } or { id, error }.
// Stale work: a run cannot be interrupted from inside (it is one synchronous loop), so the client
// terminates and recreates the worker when a newer run starts while one is in flight; queued
// requests with a lower id than a newer one are dropped here (answered 'superseded').
import { createWorkerHandler, type MonteCarloRequest, type MonteCarloResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MonteCarloRequest>) => void) | null;
  postMessage(message: MonteCarloResponse): void;
};

const handle = createWorkerHandler((response) => scope.postMessage(response));
scope.onmessage = (event) => handle(event.data);
