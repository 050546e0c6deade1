import { describe, expect, it } from 'vitest';
import { healthChecks, serialFromIso, type HealthInput } from '../../../src/lib/domain';

const d = serialFromIso;
// 20 opportunities per rep, 40% of activities real; amounts spread over four months (largest month
// 20,000 of 48,000 = 42%), three of four below the large-deal line of 2 * 10,000.
const healthy: HealthInput = {
  reps: 2,
  openOpps: 40,
  opportunities: [
    { amount: 5_000, close: d('2026-01-15') },
    { amount: 20_000, close: d('2026-02-10') },
    { amount: 15_000, close: d('2026-03-05') },
    { amount: 8_000, close: d('2026-04-01') },
  ],
  avgDeal: 10_000,
  activities: 100,
};
const undated = (amounts: number[]) => amounts.map((amount) => ({ amount, close: null }));
const ids = (input: HealthInput) => healthChecks(input).map((w) => w.id);

describe('pipeline health checks', () => {
  it('finds nothing wrong with a healthy pipeline', () => {
    expect(healthChecks(healthy)).toEqual([]);
  });

  it('warns of a thin pipeline below 15 opportunities per rep', () => {
    // 40 opportunities / 4 reps = 10 per rep.
    expect(healthChecks({ ...healthy, reps: 4 })).toEqual([{ id: 'thin-pipeline', values: { perRep: 10, min: 15, reps: 4, openOpps: 40 } }]);
  });

  it('accepts exactly 15 opportunities per rep', () => {
    expect(ids({ ...healthy, reps: 2, openOpps: 30, activities: 60 })).toEqual([]);
  });

  it('says nothing about reps while the number of reps is not typed', () => {
    expect(ids({ ...healthy, reps: null, openOpps: 1, activities: null })).toEqual([]);
  });

  it('warns when over half of the dated amount closes in one month', () => {
    // March: 30,000 + 25,000 = 55,000 of 70,000 = 11/14.
    const opportunities = [
      { amount: 30_000, close: d('2026-03-05') },
      { amount: 25_000, close: d('2026-03-28') },
      { amount: 10_000, close: d('2026-04-10') },
      { amount: 5_000, close: d('2026-05-02') },
    ];
    expect(healthChecks({ ...healthy, opportunities, largeDeal: 100_000 })).toEqual([
      { id: 'lumpy-closings', values: { share: 55_000 / 70_000, month: d('2026-03-01'), count: 4 } },
    ]);
  });

  it('accepts a month holding exactly half the dated amount', () => {
    const opportunities = [{ amount: 50, close: d('2026-03-01') }, { amount: 30, close: d('2026-04-01') }, { amount: 20, close: d('2026-05-01') }];
    expect(ids({ ...healthy, opportunities, avgDeal: 100 })).toEqual([]);
  });

  it('needs at least three dated opportunities to call closings lumpy', () => {
    const opportunities = [{ amount: 90, close: d('2026-03-01') }, { amount: 10, close: d('2026-04-01') }, { amount: 10, close: null }];
    expect(ids({ ...healthy, opportunities, avgDeal: 100 })).toEqual([]);
  });

  it('warns when under 20% of the deals are below the large-deal line', () => {
    // Line 2 * 10,000 = 20,000; only 10,000 is below it: 1 of 6.
    const opportunities = undated([50_000, 40_000, 30_000, 25_000, 22_000, 10_000]);
    expect(healthChecks({ ...healthy, opportunities })).toEqual([
      { id: 'only-large', values: { smallShare: 1 / 6, largeDeal: 20_000, count: 6 } },
    ]);
  });

  it('accepts exactly 20% small deals', () => {
    expect(ids({ ...healthy, opportunities: undated([50_000, 40_000, 30_000, 25_000, 10_000]) })).toEqual([]);
  });

  it('uses the large-deal line when one is typed', () => {
    expect(healthChecks({ ...healthy, opportunities: undated([6_000, 7_000, 8_000]), largeDeal: 5_000 })[0]?.values.smallShare).toBe(0);
  });

  it('says nothing about deal sizes without an average or a large-deal line', () => {
    expect(ids({ ...healthy, opportunities: undated([50_000, 40_000, 30_000]), avgDeal: null })).toEqual([]);
  });

  it('warns when busy with few real opportunities', () => {
    // 40 opportunities / 500 activities = 8%.
    expect(healthChecks({ ...healthy, activities: 500 })).toEqual([
      { id: 'busy-few-real', values: { ratio: 0.08, min: 0.1, activities: 500, openOpps: 40 } },
    ]);
  });

  it('says nothing about activity when none is recorded', () => {
    expect(ids({ ...healthy, activities: 0 })).toEqual([]);
  });

  it('lists the warnings in a fixed order', () => {
    const opportunities = [30_000, 40_000, 50_000].map((amount) => ({ amount, close: d('2026-03-01') }));
    expect(ids({ ...healthy, reps: 10, opportunities, activities: 1_000 })).toEqual([
      'thin-pipeline',
      'lumpy-closings',
      'only-large',
      'busy-few-real',
    ]);
  });
});
