import type { MonteCarloInputs, MonteCarloKind, MonteCarloResults, SimulateResult, TopNeededResult } from '../probability';
import { hash32 } from '../probability/rng';
import { MonteCarloCancelledError, MonteCarloClient } from '../probability/monte-carlo-client';
import { simulationInput, type SimulationInput, type StageUncertainty } from './simulation-input';
import type { WorkbookSession } from './workbook-session.svelte';

/** Trials of the distribution of won deals and revenue. */
export const SIMULATE_TRIALS = 100_000;
/** Trials per evaluation of the reverse search (the volume needed costs about 10 to 20 of them). */
export const TOP_NEEDED_TRIALS = 20_000;
/** Quiet time after the last edit before a run starts: a burst of typing costs one run. */
export const PROBABILITY_DEBOUNCE_MS = 200;

export type ProbabilityStatus = 'idle' | 'running' | 'done' | 'error';

/** The part of MonteCarloClient a run uses (a fake one is injected in tests). */
export interface MonteCarloRunner {
  run<K extends MonteCarloKind>(kind: K, input: MonteCarloInputs[K]): Promise<MonteCarloResults[K]>;
  cancel(): void;
  dispose(): void;
}

/** What a run reads of a session: the document and the cell values on screen. */
export type ProbabilitySession = Pick<WorkbookSession, 'shape' | 'cells'>;

export interface ProbabilityRunOptions {
  /** Called twice: one client for simulate, one for topNeeded, so both run in parallel workers. */
  createClient?: () => MonteCarloRunner;
  debounceMs?: number;
  simulateTrials?: number;
  topNeededTrials?: number;
}

/** A workbook's seed: the same workbook always draws the same trials, so its results reproduce. */
export function workbookSeed(docId: string): number {
  let h = 0x811c9dc5; // FNV-1a over the UTF-16 code units, then a final avalanche
  for (let i = 0; i < docId.length; i++) {
    h ^= docId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return hash32(h);
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The probability of hitting the target for an open workbook, kept up to date: whenever an input
 * of the simulation changes (a rate, a range, the counts, the top, the target, the deal value, the
 * confidence), a run starts after a short quiet time, cancelling the run in flight. All sampling
 * happens in Web Workers; the previous answer stays on screen (status 'running') until the new
 * one arrives. Edits that change no input of the simulation start no run.
 */
export class ProbabilityRun {
  status = $state<ProbabilityStatus>('idle');
  /** The last distribution of won deals and revenue (kept while a newer run is under way). */
  result = $state.raw<SimulateResult | null>(null);
  /** The inputs `result` answers (they differ from `input.simulate` while a newer run is under way). */
  resultFor = $state.raw<SimulationInput['simulate']>(null);
  /** The last top-of-funnel volume needed for the wanted chance; null when not (yet) known. */
  topNeeded = $state.raw<TopNeededResult | null>(null);
  error = $state<string | null>(null);
  /** Wall time of the last completed run, both answers, in milliseconds. */
  elapsedMs = $state<number | null>(null);

  readonly #session: ProbabilitySession;
  readonly #simulateClient: MonteCarloRunner;
  readonly #topClient: MonteCarloRunner;
  readonly #debounceMs: number;
  readonly #simulateTrials: number;
  readonly #topNeededTrials: number;
  readonly #stopEffects: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastKey: string | null = null;
  /** Bumped by every change of the inputs, every run and dispose(): answers of older runs are dropped. */
  #generation = 0;
  #disposed = false;

  /** The inputs as read from the cells, with each stage's source and the problems found. */
  readonly input: SimulationInput = $derived.by(() => {
    const input = simulationInput((key) => this.#session.cells.slot(key).value, this.#session.shape);
    return { ...input, stages: this.#keepUnchanged(input.stages) };
  });
  #stagesBefore = new Map<string, { signature: string; stage: StageUncertainty }>();
  readonly seed: number = $derived.by(() => workbookSeed(this.#session.shape.id));

  constructor(session: ProbabilitySession, options: ProbabilityRunOptions = {}) {
    this.#session = session;
    const create = options.createClient ?? (() => new MonteCarloClient());
    this.#simulateClient = create();
    this.#topClient = create();
    this.#debounceMs = options.debounceMs ?? PROBABILITY_DEBOUNCE_MS;
    this.#simulateTrials = options.simulateTrials ?? SIMULATE_TRIALS;
    this.#topNeededTrials = options.topNeededTrials ?? TOP_NEEDED_TRIALS;
    this.#stopEffects = $effect.root(() => {
      $effect(() => this.refresh());
    });
  }

  get trials(): number {
    return this.#simulateTrials;
  }

  /**
   * Re-reads the inputs and, if they changed, schedules a run. The run's effect calls this whenever
   * a cell it read changes; calling it at other times is harmless (unchanged inputs start nothing).
   */
  refresh(): void {
    this.#inputsChanged(this.input, this.seed);
  }

  /** Stops watching the cells, cancels any run and ends the workers. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#generation++;
    this.#clearTimer();
    this.#stopEffects();
    this.#simulateClient.dispose();
    this.#topClient.dispose();
  }

  #inputsChanged(input: SimulationInput, seed: number): void {
    if (this.#disposed) return;
    const key = JSON.stringify([input.simulate, input.topNeeded, seed]);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    // The run in flight answers a question nobody asks any more: stop it now, not when the next starts.
    this.#clearTimer();
    this.#generation++;
    this.#simulateClient.cancel();
    this.#topClient.cancel();
    if (input.simulate === null) {
      // Nothing to simulate until the inputs are fixed; the problems say what is missing.
      this.result = null;
      this.resultFor = null;
      this.topNeeded = null;
      this.error = null;
      this.status = 'idle';
      return;
    }
    this.status = 'running';
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#start(input, seed);
    }, this.#debounceMs);
  }

  #start(input: SimulationInput, seed: number): void {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    const started = now();
    this.status = 'running';
    this.error = null;
    const simulate = this.#simulateClient
      .run('simulate', { ...input.simulate!, trials: this.#simulateTrials, seed })
      .then((result) => {
        if (current()) {
          this.result = result;
          this.resultFor = input.simulate;
        }
        return result;
      });
    let topNeeded: Promise<TopNeededResult | null>;
    if (input.topNeeded) {
      topNeeded = this.#topClient
        .run('topNeeded', { ...input.topNeeded, trials: this.#topNeededTrials, seed })
        .then((result) => {
          if (current()) this.topNeeded = result;
          return result;
        });
    } else {
      this.#topClient.cancel();
      this.topNeeded = null;
      topNeeded = Promise.resolve(null);
    }
    Promise.all([simulate, topNeeded]).then(
      () => {
        if (!current()) return;
        this.elapsedMs = now() - started;
        this.status = 'done';
      },
      (err: unknown) => {
        if (!current() || err instanceof MonteCarloCancelledError) return;
        this.error = err instanceof Error ? err.message : String(err);
        this.status = 'error';
      },
    );
  }

  /**
   * A stage that reads as before keeps its object, so the panel's list redraws only the stages an
   * edit changed (a long funnel lists hundreds).
   */
  #keepUnchanged(stages: StageUncertainty[]): StageUncertainty[] {
    const before = this.#stagesBefore;
    this.#stagesBefore = new Map();
    return stages.map((stage) => {
      const signature = JSON.stringify(stage);
      const kept = before.get(stage.stageId);
      const same = kept?.signature === signature ? kept.stage : stage;
      this.#stagesBefore.set(stage.stageId, { signature, stage: same });
      return same;
    });
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
