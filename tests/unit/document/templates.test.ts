import { describe, expect, it } from 'vitest';
import { assumptionKey, stageKey } from '../../../src/lib/document/cell-key';
import { blankSeed, createWorkbook } from '../../../src/lib/document/create';
import { workbookSchema } from '../../../src/lib/document/schema';
import {
  TEMPLATE_IDS,
  dateSerial,
  isTemplateId,
  templateSeed,
  templateStageKeys,
  type TemplateId,
} from '../../../src/lib/document/templates';
import { en } from '../../../src/lib/i18n/messages/en';
import { zhCN } from '../../../src/lib/i18n/messages/zh-cn';

const NOW = new Date(2025, 5, 15);
const CJK = /[\u4e00-\u9fff]/;
const build = (id: TemplateId, locale: 'en' | 'zh-CN' = 'en') => createWorkbook(templateSeed(id, locale, 'Plan', NOW), NOW);
const rates = (id: TemplateId) => templateSeed(id, 'en', 'Plan', NOW).stages.flatMap((stage) => (stage.rate === undefined ? [] : [stage.rate]));
const product = (values: number[]) => values.reduce((total, value) => total * value, 1);

describe('workbook templates', () => {
  it.each(TEMPLATE_IDS)('%s creates a workbook the file schema accepts', (id) => {
    expect(workbookSchema.safeParse(build(id)).success).toBe(true);
  });

  it.each(TEMPLATE_IDS)('%s gives every stage but the last a rate in (0, 1]', (id) => {
    const doc = build(id);
    const stored = doc.stages.map((stage) => doc.cells[stageKey(stage.id, 'rate')]);
    expect(stored.at(-1)).toBeUndefined();
    for (const text of stored.slice(0, -1)) {
      const rate = Number(text);
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  });

  it.each(TEMPLATE_IDS)('%s gives every stage a cycle of zero or more days, none on the won stage', (id) => {
    const doc = build(id);
    const days = doc.stages.map((stage) => Number(doc.cells[stageKey(stage.id, 'cycleDays')]));
    expect(days.every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
    expect(days.at(-1)).toBe(0);
    expect(days.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
  });

  it.each(TEMPLATE_IDS)('%s stores its id as the workbook template', (id) => {
    expect(build(id).template).toBe(id);
  });

  it.each(TEMPLATE_IDS)('%s has unique kebab-case stage keys, stored on the stages in order', (id) => {
    const keys = templateStageKeys(id);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key))).toBe(true);
    expect(build(id).stages.map((stage) => stage.key)).toEqual(keys);
  });

  it.each(TEMPLATE_IDS)('%s leaves actual counts empty', (id) => {
    const doc = build(id);
    expect(doc.stages.some((stage) => doc.cells[stageKey(stage.id, 'actual')] !== undefined)).toBe(false);
  });

  it.each(TEMPLATE_IDS)('%s names its stages in Chinese for zh-CN and differently in English', (id) => {
    const enNames = templateSeed(id, 'en', 'Plan', NOW).stages.map((stage) => stage.name);
    const zhNames = templateSeed(id, 'zh-CN', 'Plan', NOW).stages.map((stage) => stage.name);
    expect(zhNames.every((name) => CJK.test(name))).toBe(true);
    expect(enNames.some((name) => CJK.test(name))).toBe(false);
    zhNames.forEach((name, index) => expect(name).not.toBe(enNames[index]));
  });

  it.each(TEMPLATE_IDS)('%s has a label and a hint in both languages', (id) => {
    for (const key of [`template.${id}`, `template.${id}.hint`]) {
      expect(en[key as keyof typeof en]?.trim()).toBeTruthy();
      expect(zhCN[key as keyof typeof zhCN]?.trim()).toBeTruthy();
    }
  });

  it.each(TEMPLATE_IDS)('%s plans over the calendar year of now, start before end', (id) => {
    const doc = build(id);
    const start = Number(doc.cells[assumptionKey('periodStart')]);
    const end = Number(doc.cells[assumptionKey('periodEnd')]);
    expect(start).toBe(dateSerial(2025, 1, 1));
    expect(end).toBe(dateSerial(2025, 12, 31));
    expect(start).toBeLessThan(end);
  });

  it('counts date serials from 1899-12-30 as spreadsheets do', () => {
    expect(dateSerial(2024, 1, 1)).toBe(45292);
    expect(dateSerial(2025, 12, 31)).toBe(46022);
  });

  it('rounds each stage up by default in every template', () => {
    for (const id of TEMPLATE_IDS) expect(build(id).cells[assumptionKey('perStage')]).toBe('1');
  });

  it('sets the pipeline health thresholds on the B2B templates only', () => {
    for (const id of TEMPLATE_IDS) {
      const cells = build(id).cells;
      const b2b = id === 'b2b-phases' || id === 'b2b-pipeline';
      expect(cells[assumptionKey('minOppsPerRep')]).toBe(b2b ? '15' : undefined);
      expect(cells[assumptionKey('minRealRatio')]).toBe(b2b ? '0.1' : undefined);
    }
  });

  it('gives the search-marketing template exactly the five layer keys in order', () => {
    expect(templateStageKeys('search-marketing')).toEqual(['impressions', 'clicks', 'visits', 'inquiries', 'orders']);
  });

  it('labels the four search-marketing rates on the row they convert from', () => {
    expect([en['rate.impressions'], en['rate.clicks'], en['rate.visits'], en['rate.inquiries']]).toEqual([
      'CTR',
      'Visit rate',
      'Inquiry rate',
      'Order rate',
    ]);
    expect([zhCN['rate.impressions'], zhCN['rate.clicks'], zhCN['rate.visits'], zhCN['rate.inquiries']]).toEqual([
      '点击率',
      '访问转化率',
      '咨询转化率',
      '订单转化率',
    ]);
  });

  it('starts search ads at a click-through rate inside the published 2-6% range', () => {
    const ctr = templateSeed('search-marketing', 'en', 'Plan', NOW).stages[0].rate;
    expect(ctr).toBeGreaterThanOrEqual(0.02);
    expect(ctr).toBeLessThanOrEqual(0.06);
  });

  it('keeps the five B2B project phases of the source in order', () => {
    expect(templateSeed('b2b-phases', 'zh-CN', '计划', NOW).stages.map((stage) => stage.name.replace(/（.*）$/, ''))).toEqual([
      '潜在客户开发',
      '需求了解与分析',
      '产品演示与方案制定',
      '商务谈判与签约',
      '售后服务与持续跟进',
    ]);
  });

  it('converts e-commerce sessions to paid orders at about 2-3%, with about 70% of carts abandoned', () => {
    const [, , ...fromCart] = rates('ecommerce');
    expect(product(rates('ecommerce'))).toBeGreaterThan(0.02);
    expect(product(rates('ecommerce'))).toBeLessThan(0.03);
    expect(1 - product(fromCart)).toBeCloseTo(0.7, 1);
  });

  it('ends AARRR at paying users, the stage revenue is earned on', () => {
    expect(templateStageKeys('aarrr').at(-1)).toBe('revenue');
  });

  it('keeps the blank template the funnel blankSeed starts from', () => {
    const blank = templateSeed('blank', 'zh-CN', '新计划', NOW);
    const legacy = blankSeed('zh-CN', '新计划');
    expect(blank.stages.map(({ name, rate }) => ({ name, rate }))).toEqual(legacy.stages.map(({ name, rate }) => ({ name, rate })));
    expect([blank.target, blank.avgDeal]).toEqual([legacy.target, legacy.avgDeal]);
  });

  it('uses the given name for the workbook', () => {
    expect(build('marketing').name).toBe('Plan');
  });

  it('recognises template ids and rejects other text', () => {
    expect(TEMPLATE_IDS.every(isTemplateId)).toBe(true);
    expect(isTemplateId('crm')).toBe(false);
    expect(isTemplateId('')).toBe(false);
  });
});
