import { describe, expect, it } from 'vitest';
import { assumptionKey, createWorkbook, insertStage } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { bottleneckFinding } from '../../../src/lib/domain';
import { bottleneckStatement, describeBottleneck, describeTopLayer, describeWeakLayer, weakTopLayer } from '../../../src/lib/insights';
import { weeklyReportWorkbook } from '../../fixtures/workbooks';
import { Grid, speak } from './grid';

const NOW = new Date(2026, 5, 15);
const template = (id: 'b2b-pipeline' | 'search-marketing', locale: 'en' | 'zh-CN' = 'en') =>
  new Grid(createWorkbook(templateSeed(id, locale, 'Plan', NOW), NOW));

/** The weekly report (100 -> 80 -> 40 -> 20 -> 10 -> 5) with an ideal of 70% from stage 4 to 5. */
const weekly = () => {
  const grid = new Grid(weeklyReportWorkbook());
  return grid.type(grid.at(3, 'rate'), '0.7');
};

/** The domain's example: Proposal -> Negotiation at 20% against 35%; 16 won, so 16 * (35/20 - 1) = 12 deals. */
const proposalFunnel = (locale: 'en' | 'zh-CN' = 'en') => {
  const grid = template('b2b-pipeline', locale);
  return grid.type(grid.at(3, 'rate'), '0.35').typeActuals([1000, 400, 200, 100, 20, 16]);
};

/** Search marketing: 3% CTR as planned, but only half the clicks become visits (85% planned). */
const fewVisits = () => template('search-marketing').typeActuals([100_000, 3_000, 1_500, 60, 6]);

describe('the bottleneck statement', () => {
  it('names stage 4 -> 5 of the weekly report, whose ideal is 70% against an actual 50%', () => {
    const grid = weekly();
    expect(bottleneckStatement(grid.doc, grid.read)).toMatchObject({
      stageIndex: 3,
      stageId: grid.doc.stages[3].id,
      from: 'Stage 4',
      to: 'Stage 5',
      actualRate: 0.5,
      idealRate: 0.7,
      causes: [],
    });
  });

  it('quotes the gain and its revenue from the cells: 5 * (0.7 / 0.5 - 1) = 2 deals of 100,000', () => {
    const grid = weekly();
    const statement = bottleneckStatement(grid.doc, grid.read)!;
    expect(statement.gain).toBeCloseTo(2, 12);
    expect(statement.revenue).toBeCloseTo(200_000, 6);
  });

  it('names the same stage as the domain module', () => {
    const grid = weekly();
    expect(bottleneckStatement(grid.doc, grid.read)?.stageIndex).toBe(bottleneckFinding([100, 80, 40, 20, 10, 5], [0.5, 0.5, 0.5, 0.7, 0.5])?.stage);
  });

  it('names nothing when every stage meets its ideal rate', () => {
    const grid = new Grid(weeklyReportWorkbook());
    expect(bottleneckStatement(grid.doc, grid.read)).toBeNull();
  });

  it('says it in English', () => {
    const grid = proposalFunnel();
    const { t, number } = speak('en');
    expect(describeBottleneck(bottleneckStatement(grid.doc, grid.read)!, t, number)).toBe(
      'Proposal → Negotiation converts 20% against an ideal 35%: fixing only this stage adds 12 deals (1,200,000).',
    );
  });

  it('says it in Chinese, with the revenue in 万', () => {
    const grid = proposalFunnel('zh-CN');
    const { t, number } = speak('zh-CN');
    expect(describeBottleneck(bottleneckStatement(grid.doc, grid.read)!, t, number)).toBe(
      '方案报价 → 商务谈判 是瓶颈：实际转化率 20%，理想为 35%。只要这一阶段达到理想，就能多成交 12 单（120万）。',
    );
  });

  it('leaves the revenue out while the average deal is empty', () => {
    const grid = weekly().type(assumptionKey('avgDeal'), '');
    const { t, number } = speak('en');
    expect(describeBottleneck(bottleneckStatement(grid.doc, grid.read)!, t, number)).toBe(
      'Stage 4 → Stage 5 converts 50% against an ideal 70%: fixing only this stage adds 2 deals.',
    );
  });
});

describe('the search-marketing diagnosis', () => {
  it('finds too few visits behind a weak clicks -> visits conversion', () => {
    const grid = fewVisits();
    expect(bottleneckStatement(grid.doc, grid.read)).toMatchObject({ stageIndex: 1, weakLayer: 'visits', causes: ['site-speed'] });
  });

  it('says: few visits, check site speed', () => {
    const grid = fewVisits();
    const statement = bottleneckStatement(grid.doc, grid.read)!;
    expect(describeWeakLayer(statement.weakLayer!, statement.causes, speak('en').t)).toBe('Few visits: check site speed.');
    expect(describeWeakLayer(statement.weakLayer!, statement.causes, speak('zh-CN').t)).toBe('访问量偏少：请检查网站打开速度。');
  });

  it('lists the three causes of too few inquiries', () => {
    const grid = template('search-marketing').typeActuals([100_000, 3_000, 2_550, 25, 3]);
    const statement = bottleneckStatement(grid.doc, grid.read)!;
    expect(describeWeakLayer(statement.weakLayer!, statement.causes, speak('zh-CN').t)).toBe('咨询量偏少：请检查网站质量、内容相关性、联系便利性。');
  });

  it('gives no causes once a stage of the user’s own sits between two layers', () => {
    const base = fewVisits();
    const grid = new Grid(insertStage(base.doc, 2, { id: 'landing', name: 'Landing page' }));
    grid.typeActuals([100_000, 3_000, 3_000, 1_500, 60, 6]).type(grid.at(2, 'rate'), '1');
    expect(bottleneckStatement(grid.doc, grid.read)).toMatchObject({ from: 'Landing page', causes: [] });
  });

  it('calls too few impressions for the target a weak top layer (keywords and account)', () => {
    const grid = fewVisits();
    expect(weakTopLayer(grid.doc, grid.read)).toEqual({
      stageId: grid.doc.stages[0].id,
      layer: 'impressions',
      actual: 100_000,
      required: grid.number(grid.at(0, 'required')),
      causes: ['keywords-account'],
    });
  });

  it('says how many impressions the target requires', () => {
    // 200 orders / 10% / 4% / 85% / 3%, each stage rounded up: 1,960,800 impressions.
    const grid = fewVisits();
    const { t, number } = speak('en');
    expect(describeTopLayer(weakTopLayer(grid.doc, grid.read)!, t, number)).toBe(
      'Few impressions (100,000 of the 1,960,800 required): check keyword and account settings.',
    );
  });

  it('finds the top layer strong enough once actual impressions reach the required figure', () => {
    const grid = fewVisits();
    grid.type(grid.at(0, 'actual'), String(grid.number(grid.at(0, 'required'))));
    expect(weakTopLayer(grid.doc, grid.read)).toBeNull();
  });
});
