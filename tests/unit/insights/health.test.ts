import { describe, expect, it } from 'vitest';
import { assumptionKey, createWorkbook } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { serialFromIso } from '../../../src/lib/domain';
import { describeWarning, healthWarnings } from '../../../src/lib/insights';
import { Grid, speak } from './grid';

const NOW = new Date(2026, 0, 10);
const day = (iso: string) => String(serialFromIso(iso));

/** A B2B pipeline (average deal 100,000, so a large deal is 200,000) with three open opportunities. */
function pipeline(amounts: readonly number[] = [50_000, 120_000, 150_000], closes: readonly string[] = ['2026-03-05', '2026-04-10', '2026-05-20']) {
  const grid = new Grid(createWorkbook(templateSeed('b2b-pipeline', 'en', 'Plan', NOW), NOW));
  amounts.forEach((amount, i) => grid.addOpportunity(`o${i}`, { amount: String(amount), stage: 'Proposal', close: day(closes[i]) }));
  return grid;
}
const a = assumptionKey;

describe('health warnings from the flag cells', () => {
  it('stay silent for three spread, mixed opportunities and no reps or activities typed', () => {
    const grid = pipeline();
    expect(healthWarnings(grid.read)).toEqual([]);
  });

  it('warn of a thin pipeline with the figures of its cells: 3 opportunities for 2 reps, 15 each expected', () => {
    const grid = pipeline().type(a('reps'), '2');
    expect(healthWarnings(grid.read)).toEqual([
      { id: 'thin-pipeline', flag: 'thinPipeline', values: { oppsPerRepNow: 1.5, minOppsPerRep: 15, reps: 2, openOpps: 3 } },
    ]);
  });

  it('accept a pipeline exactly at the minimum per rep', () => {
    const grid = pipeline().type(a('reps'), '2').type(a('minOppsPerRep'), '1.5');
    expect(healthWarnings(grid.read)).toEqual([]);
  });

  it('warn when over half of the amount closes in one month, naming the month', () => {
    const grid = pipeline([300_000, 50_000, 120_000], ['2026-03-05', '2026-03-28', '2026-04-10']);
    expect(healthWarnings(grid.read)).toEqual([
      { id: 'lumpy-closings', flag: 'lumpyClosings', values: { lumpShare: expect.closeTo(350_000 / 470_000, 9), lumpMonth: serialFromIso('2026-03-01') } },
    ]);
  });

  it('accept closings spread so that no month holds over half', () => {
    const grid = pipeline([100_000, 100_000, 100_000], ['2026-03-05', '2026-04-10', '2026-05-20']);
    expect(healthWarnings(grid.read)).toEqual([]);
  });

  it('warn when every deal in hand is large', () => {
    const grid = pipeline([400_000, 450_000, 500_000]);
    expect(healthWarnings(grid.read)).toEqual([{ id: 'only-large', flag: 'onlyLarge', values: { smallShare: 0, largeDeal: 200_000 } }]);
  });

  it('accept one small deal in three', () => {
    const grid = pipeline([150_000, 400_000, 450_000]);
    expect(healthWarnings(grid.read)).toEqual([]);
  });

  it('warn when 100 activities led to only 3 real opportunities', () => {
    const grid = pipeline().type(a('activities'), '100');
    expect(healthWarnings(grid.read)).toEqual([
      { id: 'busy-few-real', flag: 'busyFewReal', values: { realRatio: 0.03, minRealRatio: 0.1, activities: 100, openOpps: 3 } },
    ]);
  });

  it('accept exactly one real opportunity per ten activities', () => {
    const grid = pipeline().type(a('activities'), '30');
    expect(healthWarnings(grid.read)).toEqual([]);
  });
});

describe('health warnings in words', () => {
  it('say a thin pipeline in English', () => {
    const grid = pipeline().type(a('reps'), '2');
    const { t, number } = speak('en');
    expect(describeWarning(healthWarnings(grid.read)[0], t, number)).toBe(
      'Thin pipeline: 1.5 open opportunities per rep (3 across 2 reps), fewer than the 15 each rep should follow.',
    );
  });

  it('say lumped closings in Chinese, with the month as a month', () => {
    const grid = pipeline([300_000, 100_000, 100_000], ['2026-03-05', '2026-03-28', '2026-04-10']);
    const { t, number } = speak('zh-CN');
    expect(describeWarning(healthWarnings(grid.read)[0], t, number)).toBe('成交过于集中：80% 的商机金额预计在 2026年03月 成交，其他月份很少。');
  });

  it('say only large deals in Chinese, the line in 万', () => {
    const grid = pipeline([400_000, 450_000, 500_000]);
    const { t, number } = speak('zh-CN');
    expect(describeWarning(healthWarnings(grid.read)[0], t, number)).toBe(
      '手上只有大单：低于 20万 的商机仅占 0%。请补充金额较小、成交较快的商机。',
    );
  });

  it('say busy-yet-few-real in English', () => {
    const grid = pipeline().type(a('activities'), '100');
    const { t, number } = speak('en');
    expect(describeWarning(healthWarnings(grid.read)[0], t, number)).toBe(
      'Busy, yet few real opportunities: 100 sales activities led to 3 open opportunities (3%), below the 10% expected.',
    );
  });
});
