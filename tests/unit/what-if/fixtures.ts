import { addScenario, createWorkbook, setCellInActiveLayer, stageKey, type WorkbookDoc } from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';

export const RATES = [0.3, 0.5, 0.6];
export const TOP = 1_000;
export const TARGET = 1_000_000;
export const AVG_DEAL = 10_000;
/** Deals the target needs: Target / AvgDeal. */
export const DEALS = TARGET / AVG_DEAL;

/** Four stages at 30% / 50% / 60%; 1,000 entered the top; the target needs 100 deals of 10,000. */
export function whatIfWorkbook(options: { perStage?: boolean; top?: number | null; rates?: number[] } = {}): WorkbookDoc {
  const rates = options.rates ?? RATES;
  const top = options.top === undefined ? TOP : options.top;
  return createWorkbook({
    name: 'What if',
    target: TARGET,
    avgDeal: AVG_DEAL,
    perStage: options.perStage ?? false,
    stages: [
      { name: 'Leads', rate: rates[0], ...(top === null ? {} : { actual: top }) },
      { name: 'Meetings', rate: rates[1] },
      { name: 'Proposals', rate: rates[2] },
      { name: 'Won' },
    ],
  });
}

/** The same with a scenario active that overrides the second rate. */
export function scenarioWorkbook(): WorkbookDoc {
  const doc = addScenario(whatIfWorkbook(), 'sc1', 'Better meetings');
  return setCellInActiveLayer(doc, stageKey(doc.stages[1].id, 'rate'), '0.55');
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A fresh engine's number for `key` in `doc`. */
export function computed(doc: WorkbookDoc, key: string): number {
  const engine = new FunnelEngine(doc);
  try {
    const value = engine.valueOf(key);
    return value.type === 'number' ? value.value : NaN;
  } finally {
    engine.destroy();
  }
}

export const product = (values: number[]) => values.reduce((p, v) => p * v, 1);
