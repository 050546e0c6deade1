import { assumptionKey, stageKey } from './cell-key';
import { newId } from './ids';
import type { WorkbookDoc } from './schema';
import { DOC_TYPE, DOC_VERSION } from './version';

export interface StageSeed {
  name: string;
  /** Conversion to the next stage, as a fraction; absent on the last stage. */
  rate?: number;
  actual?: number;
}

export interface WorkbookSeed {
  name: string;
  target: number;
  avgDeal: number;
  perStage?: boolean;
  periodLabel?: string;
  stages: StageSeed[];
}

export function createWorkbook(seed: WorkbookSeed, now = new Date()): WorkbookDoc {
  const stamp = now.toISOString();
  const cells: Record<string, string> = {
    [assumptionKey('target')]: String(seed.target),
    [assumptionKey('avgDeal')]: String(seed.avgDeal),
    [assumptionKey('perStage')]: seed.perStage === false ? '0' : '1',
  };
  const stages = seed.stages.map((stage) => {
    const id = newId(8);
    if (stage.rate !== undefined) cells[stageKey(id, 'rate')] = String(stage.rate);
    if (stage.actual !== undefined) cells[stageKey(id, 'actual')] = String(stage.actual);
    return { id, name: stage.name };
  });
  return {
    type: DOC_TYPE,
    version: DOC_VERSION,
    id: newId(),
    name: seed.name,
    createdAt: stamp,
    updatedAt: stamp,
    period: { label: seed.periodLabel ?? String(now.getFullYear()), start: null, end: null },
    stages,
    cells,
    segments: [],
    scenarios: [],
    activeScenarioId: null,
  };
}

export type SeedLocale = 'en' | 'zh-CN';

/**
 * The B2B funnel of the source's worked example: 38 deals, 25% / 50% / 75% / 100%,
 * per-stage rounding, so 408 candidate accounts are needed.
 */
export function demoSeed(locale: SeedLocale): WorkbookSeed {
  const zh = locale === 'zh-CN';
  return {
    name: zh ? '示例：B2B 项目型销售漏斗' : 'Demo: B2B project sale funnel',
    target: 3_800_000,
    avgDeal: 100_000,
    perStage: true,
    stages: [
      { name: zh ? '候选目标客户' : 'Candidate accounts', rate: 0.25, actual: 360 },
      { name: zh ? '潜在客户' : 'Prospects', rate: 0.5, actual: 84 },
      { name: zh ? '接近客户' : 'Engaged accounts', rate: 0.75, actual: 40 },
      { name: zh ? '重点客户' : 'Key accounts', rate: 1, actual: 27 },
      { name: zh ? '成交客户' : 'Won', actual: 25 },
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
