import { assumptionKey, mixKey, stageKey } from './cell-key';
import type { AssumptionId } from './columns';
import { serialFromIso } from '../domain/dates';
import { newId } from './ids';
import type { WorkbookDoc } from './schema';
import { DOC_TYPE, DOC_VERSION } from './version';

export interface StageSeed {
  name: string;
  /** The stage's role in its template (e.g. `clicks`), which diagnoses and named rates hang on. */
  key?: string;
  /** Conversion to the next stage, as a fraction; absent on the last stage. */
  rate?: number;
  actual?: number;
  /** Last period's actual entries, the base of the second forecast and of next year's plan. */
  prevActual?: number;
  cycleDays?: number;
  /** Weighted-pipeline probability; when absent the position default (25/50/75/100%) applies. */
  probability?: number;
}

export interface MixSeed {
  name: string;
  share: number;
  value: number;
}

export interface WorkbookSeed {
  name: string;
  /** Which template the workbook started from, e.g. `search-marketing`. */
  template?: string;
  target: number;
  avgDeal: number;
  perStage?: boolean;
  periodLabel?: string;
  stages: StageSeed[];
  /** Further assumption inputs by assumption id, as stored text (e.g. `{ reps: '8' }`). */
  assumptions?: Partial<Record<AssumptionId, string>>;
  mix?: MixSeed[];
}

export function createWorkbook(seed: WorkbookSeed, now = new Date()): WorkbookDoc {
  const stamp = now.toISOString();
  const cells: Record<string, string> = {
    [assumptionKey('target')]: String(seed.target),
    [assumptionKey('avgDeal')]: String(seed.avgDeal),
    [assumptionKey('perStage')]: seed.perStage === false ? '0' : '1',
  };
  for (const [id, text] of Object.entries(seed.assumptions ?? {})) cells[assumptionKey(id as AssumptionId)] = text;
  seed.mix?.forEach((bucket, slot) => {
    cells[mixKey(slot, 'name')] = bucket.name;
    cells[mixKey(slot, 'share')] = String(bucket.share);
    cells[mixKey(slot, 'value')] = String(bucket.value);
  });
  const stages = seed.stages.map((stage) => {
    const id = newId(8);
    const put = (column: 'rate' | 'actual' | 'prevActual' | 'cycleDays' | 'probability', value: number | undefined) => {
      if (value !== undefined) cells[stageKey(id, column)] = String(value);
    };
    put('rate', stage.rate);
    put('actual', stage.actual);
    put('prevActual', stage.prevActual);
    put('cycleDays', stage.cycleDays);
    put('probability', stage.probability);
    return stage.key ? { id, name: stage.name, key: stage.key } : { id, name: stage.name };
  });
  return {
    type: DOC_TYPE,
    version: DOC_VERSION,
    id: newId(),
    name: seed.name,
    createdAt: stamp,
    updatedAt: stamp,
    period: { label: seed.periodLabel ?? String(now.getFullYear()), start: null, end: null },
    ...(seed.template ? { template: seed.template } : {}),
    stages,
    cells,
    opportunities: [],
    segments: [],
    grain: null,
    scenarios: [],
    activeScenarioId: null,
  };
}

export type SeedLocale = 'en' | 'zh-CN';

/**
 * The B2B funnel of the source's worked example: 38 deals, 25% / 50% / 75% / 100%,
 * per-stage rounding, so 408 candidate accounts are needed.
 */
export function demoSeed(locale: SeedLocale, now = new Date()): WorkbookSeed {
  const zh = locale === 'zh-CN';
  const year = now.getFullYear();
  return {
    name: zh ? '示例：B2B 项目型销售漏斗' : 'Demo: B2B project sale funnel',
    target: 3_800_000,
    avgDeal: 100_000,
    perStage: true,
    template: 'b2b-phases',
    assumptions: {
      periodStart: String(serialFromIso(`${year}-01-01`)),
      periodEnd: String(serialFromIso(`${year}-12-31`)),
      reps: '6',
      oppsPerRep: '40',
      budget: '120000',
      costPerLead: '250',
    },
    stages: [
      { name: zh ? '候选目标客户' : 'Candidate accounts', rate: 0.25, actual: 360, prevActual: 380, cycleDays: 30 },
      { name: zh ? '潜在客户' : 'Prospects', rate: 0.5, actual: 84, prevActual: 88, cycleDays: 21 },
      { name: zh ? '接近客户' : 'Engaged accounts', rate: 0.75, actual: 40, prevActual: 41, cycleDays: 14 },
      { name: zh ? '重点客户' : 'Key accounts', rate: 1, actual: 27, prevActual: 30, cycleDays: 10 },
      { name: zh ? '成交客户' : 'Won', actual: 25, prevActual: 27, cycleDays: 0 },
    ],
  };
}

export function blankSeed(locale: SeedLocale, name: string): WorkbookSeed {
  const zh = locale === 'zh-CN';
  return {
    name,
    target: 1_000_000,
    avgDeal: 50_000,
    perStage: true,
    stages: [
      { name: zh ? '线索' : 'Leads', rate: 0.3 },
      { name: zh ? '商机' : 'Opportunities', rate: 0.4 },
      { name: zh ? '方案' : 'Proposals', rate: 0.5 },
      { name: zh ? '成交' : 'Won' },
    ],
  };
}
