import { describe, expect, it } from 'vitest';
import {
  aggregate,
  distinctValues,
  guessMapping,
  guessShape,
  guessStageMapping,
  LOST,
  parseCsv,
  readImportFile,
} from '../../../src/lib/crm-import';
import { readXlsx } from '../../../src/lib/crm-import/xlsx-read';
import { PIPELINE_EN, PIPELINE_ZH, sampleBytes } from './fixtures/samples';

const stageNames = (table: { rows: string[][] }, column: number | undefined) => distinctValues(table.rows, column);

describe('the sample CRM exports', () => {
  it('reads the Chinese UTF-8 export with a BOM and guesses every column and stage', () => {
    const table = parseCsv(sampleBytes('zh-opportunities-utf8-bom.csv'));
    expect(table.bom).toBe(true);
    const mapping = guessMapping(table.headers);
    expect(Object.keys(mapping).sort()).toEqual(['amount', 'closed', 'created', 'id', 'name', 'owner', 'reached', 'stage']);
    const names = [...new Set([...stageNames(table, mapping.stage), ...stageNames(table, mapping.reached)])];
    const stages = guessStageMapping(names, PIPELINE_ZH);
    expect([...stages.values()].filter((target) => target === '')).toEqual([]);
    expect(stages.get('输单')).toBe(LOST);
  });

  it('adds up the Chinese export cumulatively: no stage has more entries than the one before it', () => {
    const table = parseCsv(sampleBytes('zh-opportunities-utf8-bom.csv'));
    const mapping = guessMapping(table.headers);
    const names = [...new Set([...stageNames(table, mapping.stage), ...stageNames(table, mapping.reached)])];
    const result = aggregate({ table, mapping, shape: 'opportunities', stageMapping: guessStageMapping(names, PIPELINE_ZH), stages: PIPELINE_ZH });
    const counts = PIPELINE_ZH.map((s) => result.byStage.get(s.id) ?? 0);
    expect(counts[0]).toBe(table.rows.length);
    counts.slice(1).forEach((count, i) => expect(count).toBeLessThanOrEqual(counts[i]));
    expect(result.warnings).toEqual({ badAmount: 0, badCreated: 0, badClosed: 0, lostAtFirstStage: 0 });
  });

  it('reads the GBK export as GBK with its Chinese headers', () => {
    const table = parseCsv(sampleBytes('zh-opportunities-gbk.csv'));
    expect(table.encoding).toBe('gbk');
    expect(guessMapping(table.headers)).toMatchObject({ id: 0, stage: 2, amount: 3, owner: 4, created: 5, closed: 6 });
  });

  it('reads the Salesforce-like export and guesses every stage, Closed Lost included', () => {
    const table = parseCsv(sampleBytes('en-salesforce-opportunities.csv'));
    const mapping = guessMapping(table.headers);
    const stages = guessStageMapping(stageNames(table, mapping.stage), PIPELINE_EN);
    expect([...stages.entries()].filter(([, target]) => target === '')).toEqual([]);
  });

  it('takes the stage-counts sample for stage counts', () => {
    const table = parseCsv(sampleBytes('en-stage-counts.csv'));
    expect(guessShape(guessMapping(table.headers))).toBe('stage-counts');
  });

  it('reads the XLSX export with dates as readable dates and amounts as numbers', async () => {
    const outcome = await readImportFile(sampleBytes('en-hubspot-deals.xlsx'), readXlsx);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.kind).toBe('xlsx');
    const mapping = guessMapping(outcome.table.headers);
    expect(mapping).toMatchObject({ id: 0, name: 1, stage: 2, amount: 3, owner: 4, created: 5, closed: 6 });
    const stages = new Map(stageNames(outcome.table, mapping.stage).map((name, i) => [name, PIPELINE_EN[Math.min(i, 5)].id]));
    const result = aggregate({ table: outcome.table, mapping, shape: 'opportunities', stageMapping: stages, stages: PIPELINE_EN });
    expect(result.warnings.badCreated + result.warnings.badAmount).toBe(0);
    expect(result.byMonth.size).toBeGreaterThan(0);
  });
});
