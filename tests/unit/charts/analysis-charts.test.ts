import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import DistributionChart from '../../../src/lib/components/charts/DistributionChart.svelte';
import ScenarioChart from '../../../src/lib/components/charts/ScenarioChart.svelte';
import TornadoChart from '../../../src/lib/components/charts/TornadoChart.svelte';
import TrendsChart from '../../../src/lib/components/charts/TrendsChart.svelte';
import { assumptionKey, stageKey, type CellKey } from '../../../src/lib/document';
import type { CellValue } from '../../../src/lib/engine';
import { i18n } from '../../../src/lib/i18n';
import type { SimulateResult } from '../../../src/lib/probability';
import type { ScenarioBank, WorkbookSession } from '../../../src/lib/state';
import type { SensitivityRow } from '../../../src/lib/what-if';

// Server rendering draws each chart at its default width: enough to check what it says and that
// no coordinate is NaN, in both languages.
const num = (value: number): CellValue => ({ type: 'number', value });

const stages = [
  { id: 'lead', name: 'Leads' },
  { id: 'meet', name: 'Meetings' },
  { id: 'won', name: 'Won' },
] as WorkbookSession['doc']['stages'];

const bank = {
  outputs: [assumptionKey('dealsNeeded'), assumptionKey('forecastRevenue'), stageKey('lead', 'required'), assumptionKey('repsFeasible')],
  results: [
    { id: null, name: null, overrides: 0, values: { 'a.dealsNeeded': num(38), 'a.forecastRevenue': num(3_800_000), 's.lead.required': num(360), 'a.repsFeasible': { type: 'boolean', value: true } } },
    { id: 'sc1', name: 'Better meetings', overrides: 1, values: { 'a.dealsNeeded': num(38), 'a.forecastRevenue': num(4_560_000), 's.lead.required': num(300), 'a.repsFeasible': { type: 'boolean', value: true } } },
  ],
} as unknown as ScenarioBank;

const shift = (dWon: number, dRevenue: number | null) => ({ rate: 0.5, capped: false, dWon, dRevenue });
const rows: SensitivityRow[] = [
  { stageId: 'lead', name: 'Leads', rate: 0.3, won: 38, revenue: 3_800_000, plusOnePoint: shift(1.2, 120_000), plusTenPercent: shift(3.6, 360_000), rank: 1 },
  { stageId: 'meet', name: 'Meetings', rate: 0.5, won: 38, revenue: 3_800_000, plusOnePoint: shift(0.8, 80_000), plusTenPercent: shift(4, 400_000), rank: 2 },
];

const result: SimulateResult = {
  wonP10: 31, wonP50: 35, wonP90: 38, wonMean: 35,
  revenueP10: 3_100_000, revenueP50: 3_500_000, revenueP90: 3_800_000, revenueMean: 3_500_000,
  pHitTarget: 0.18, dealsNeeded: 38,
  histogram: { start: 28, width: 1, counts: [1, 3, 6, 10, 14, 16, 15, 12, 9, 6, 4, 2, 1, 1] },
  trials: 100, seed: 1, ms: 3,
};

function trendsSession(values: Record<CellKey, number>) {
  return {
    shape: { stages },
    cells: { slot: (key: CellKey) => ({ value: key in values ? num(values[key]) : { type: 'empty' } }) },
  } as unknown as Pick<WorkbookSession, 'shape' | 'cells'>;
}

const noNaN = (html: string) => expect(html).not.toMatch(/NaN|Infinity|undefined/);

afterEach(() => {
  i18n.locale = 'en';
});

describe('the analysis charts', () => {
  it('compare scenarios output by output, with the change from the base, and leave flags out', () => {
    i18n.locale = 'en';
    const html = render(ScenarioChart, { props: { bank, stages, direction: () => 1 as const } }).body;
    expect(html).toContain('data-testid="chart-scenarios"');
    expect(html).toContain('Revenue forecast');
    expect(html).toContain('Leads: Required entries');
    expect(html).toContain('Better meetings');
    expect(html).toContain('+20%');
    expect(html).toContain('-16.7%');
    expect(html).not.toContain('data-output="a.repsFeasible"');
    expect(html.match(/<g class="output"/g)).toHaveLength(3);
    expect(html).toMatch(/<title[^>]*>Scenarios side by side<\/title>/);
    noNaN(html);
    i18n.locale = 'zh-CN';
    const zh = render(ScenarioChart, { props: { bank, stages } }).body;
    expect(zh).toContain('456万');
    expect(zh).toContain('基准');
    noNaN(zh);
  });

  it('draw the tornado with the biggest lever on top, in revenue or won deals', () => {
    i18n.locale = 'en';
    const html = render(TornadoChart, { props: { rows, metric: 'revenue' } }).body;
    expect(html).toContain('data-testid="chart-tornado"');
    expect(html).toContain('data-metric="revenue"');
    expect(html.indexOf('data-stage="meet"')).toBeLessThan(html.indexOf('data-stage="lead"'));
    expect(html).toContain('+400,000');
    expect(html).toContain('+10% of the rate');
    noNaN(html);
    const won = render(TornadoChart, { props: { rows, metric: 'won' } }).body;
    expect(won).toContain('data-metric="won"');
    expect(won).toContain('+3.6');
    i18n.locale = 'zh-CN';
    expect(render(TornadoChart, { props: { rows, metric: 'revenue' } }).body).toContain('+40万');
  });

  it('fall back to won deals when the tornado has no revenue', () => {
    i18n.locale = 'en';
    const noRevenue = rows.map((row) => ({ ...row, plusOnePoint: shift(1, null), plusTenPercent: shift(2, null) }));
    const html = render(TornadoChart, { props: { rows: noRevenue, metric: 'revenue' } }).body;
    expect(html).toContain('data-metric="won"');
    expect(html).toContain('Revenue needs an average deal value');
  });

  it('draw the distribution with the histogram test id, the target and P(hit)', () => {
    i18n.locale = 'en';
    const html = render(DistributionChart, { props: { result, target: 3_800_000, avgDeal: 100_000 } }).body;
    expect(html).toContain('data-testid="chart-distribution"');
    expect(html).toContain('data-testid="histogram"');
    expect(html.match(/data-outcome="(hit|miss|part)"/g)).toHaveLength(14);
    expect(html).toContain('Target 3,800,000');
    expect(html).toContain('P(hit) 18%');
    noNaN(html);
    const cdf = render(DistributionChart, { props: { result, target: 3_800_000, mode: 'cdf' } }).body;
    expect(cdf).toContain('class="cdf"');
    expect(cdf).toContain('Target 38');
    expect(cdf).toContain('data-measure="deals"');
    noNaN(cdf);
    i18n.locale = 'zh-CN';
    const zh = render(DistributionChart, { props: { result, target: 3_800_000, avgDeal: 100_000 } }).body;
    expect(zh).toContain('目标 380万');
    expect(zh).toContain('达成概率 18%');
  });

  it('draw one trend panel per converting stage, the plan dashed', () => {
    i18n.locale = 'en';
    const session = trendsSession({
      's.lead.prevRate': 0.25, 's.lead.actualRate': 0.28, 's.lead.rate': 0.3, 's.lead.planRate': 0.3,
      's.meet.prevRate': 0.5, 's.meet.actualRate': 0.45, 's.meet.rate': 0.5,
    });
    const html = render(TrendsChart, { props: { session } }).body;
    expect(html).toContain('data-testid="chart-trends"');
    expect(html.match(/<g class="panel"/g)).toHaveLength(2);
    expect(html).toContain('Leads → Meetings');
    expect(html).toContain('class="plan"');
    expect(html).toContain('+3 pts');
    expect(html).toContain('-5 pts');
    noNaN(html);
    i18n.locale = 'zh-CN';
    const zh = render(TrendsChart, { props: { session } }).body;
    expect(zh).toContain('上期');
    expect(zh).toContain('+3个百分点');
  });

  it('say so when there is nothing to chart', () => {
    i18n.locale = 'en';
    expect(render(TrendsChart, { props: { session: trendsSession({}) } }).body).toContain('Enter last period’s or this period’s entries');
    const empty = { outputs: [], results: bank.results } as unknown as ScenarioBank;
    expect(render(ScenarioChart, { props: { bank: empty } }).body).toContain('None of the outputs chosen above');
    expect(render(TornadoChart, { props: { rows: [] } }).body).not.toContain('<svg');
  });
});
