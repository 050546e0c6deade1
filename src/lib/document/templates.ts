import { serialFromIso } from '../domain/dates';
import type { SeedLocale, StageSeed, WorkbookSeed } from './create';

/**
 * The funnels a new workbook can start from (domain.md, "Funnel templates in the source").
 * Rates and cycle days are starting points taken from typical published ranges; docs/templates.md
 * names the source of each default. Users are expected to replace them with their own actuals.
 *
 * Every template ends at the stage where the sale is won: won deals = entries into the last stage,
 * and revenue = won deals * average deal value. Steps that happen after the sale and involve only
 * some buyers (AARRR Referral, e-commerce Repurchase) are therefore not stages: as a last stage they
 * would make the reverse calculation plan for referrers or repeat buyers instead of customers.
 */
export const TEMPLATE_IDS = ['b2b-phases', 'b2b-pipeline', 'search-marketing', 'aarrr', 'ecommerce', 'marketing', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

interface StageSpec {
  key: string;
  en: string;
  zh: string;
  /** Conversion to the next stage; absent on the last (won) stage. */
  rate?: number;
  /** Average days in this stage. The won stage has 0: entering it is the close, so it adds no lead time. */
  cycleDays: number;
}

interface TemplateSpec {
  target: number;
  avgDeal: number;
  /** Adds the pipeline health thresholds of the source (15 opportunities per rep, 10% real opportunities). */
  b2b: boolean;
  stages: StageSpec[];
}

const TEMPLATES: Record<TemplateId, TemplateSpec> = {
  // Project sale in five phases. Signing is the win: every signed customer enters after-sales,
  // so entries into the last phase are the won deals and the phase adds no lead time.
  'b2b-phases': {
    target: 5_000_000,
    avgDeal: 200_000,
    b2b: true,
    stages: [
      { key: 'lead-development', en: 'Lead development', zh: '潜在客户开发', rate: 0.2, cycleDays: 30 },
      { key: 'needs-analysis', en: 'Needs analysis', zh: '需求了解与分析', rate: 0.6, cycleDays: 21 },
      { key: 'demo-proposal', en: 'Demo and proposal', zh: '产品演示与方案制定', rate: 0.5, cycleDays: 30 },
      { key: 'negotiation-signing', en: 'Negotiation and signing', zh: '商务谈判与签约', rate: 0.7, cycleDays: 21 },
      { key: 'after-sales', en: 'After-sales follow-up (signed)', zh: '售后服务与持续跟进（已签约）', cycleDays: 0 },
    ],
  },
  'b2b-pipeline': {
    target: 3_000_000,
    avgDeal: 100_000,
    b2b: true,
    stages: [
      { key: 'leads', en: 'Leads', zh: '线索', rate: 0.4, cycleDays: 7 },
      { key: 'contact', en: 'Contact', zh: '初步接触', rate: 0.3, cycleDays: 14 },
      { key: 'engagement', en: 'Engagement', zh: '深入沟通', rate: 0.5, cycleDays: 21 },
      { key: 'proposal', en: 'Proposal', zh: '方案报价', rate: 0.5, cycleDays: 14 },
      { key: 'negotiation', en: 'Negotiation', zh: '商务谈判', rate: 0.8, cycleDays: 14 },
      { key: 'closed-won', en: 'Closed won', zh: '成交', cycleDays: 0 },
    ],
  },
  // Keys are fixed: the app maps a weak layer to its causes, and the named rates, by them.
  'search-marketing': {
    target: 2_000_000,
    avgDeal: 10_000,
    b2b: false,
    stages: [
      { key: 'impressions', en: 'Impressions', zh: '展现量', rate: 0.03, cycleDays: 1 },
      { key: 'clicks', en: 'Clicks', zh: '点击量', rate: 0.85, cycleDays: 0 },
      { key: 'visits', en: 'Visits', zh: '访问量', rate: 0.04, cycleDays: 3 },
      { key: 'inquiries', en: 'Inquiries', zh: '咨询量', rate: 0.1, cycleDays: 21 },
      { key: 'orders', en: 'Orders', zh: '订单量', cycleDays: 0 },
    ],
  },
  // Won = paying users (Revenue). Referral is a loop back into Acquisition, not a narrowing step.
  aarrr: {
    target: 1_200_000,
    avgDeal: 1_200,
    b2b: false,
    stages: [
      { key: 'acquisition', en: 'Acquisition (sign-ups)', zh: '获取（新注册用户）', rate: 0.35, cycleDays: 3 },
      { key: 'activation', en: 'Activation', zh: '激活', rate: 0.35, cycleDays: 30 },
      { key: 'retention', en: 'Retention (active after 30 days)', zh: '留存（30 天后仍活跃）', rate: 0.25, cycleDays: 14 },
      { key: 'revenue', en: 'Revenue (paying users)', zh: '变现（付费用户）', cycleDays: 0 },
    ],
  },
  // Won = paid orders; the average deal is the order value. Repurchase is measured on paid customers
  // afterwards (typically 20-30% buy again), not as a stage.
  ecommerce: {
    target: 3_000_000,
    avgDeal: 300,
    b2b: false,
    stages: [
      { key: 'browse', en: 'Browse (sessions)', zh: '浏览（访问）', rate: 0.5, cycleDays: 1 },
      { key: 'product-detail', en: 'Product detail', zh: '商品详情', rate: 0.18, cycleDays: 1 },
      { key: 'add-to-cart', en: 'Add to cart', zh: '加购', rate: 0.38, cycleDays: 2 },
      { key: 'order-created', en: 'Order created', zh: '下单', rate: 0.9, cycleDays: 0 },
      { key: 'payment-started', en: 'Payment started', zh: '发起支付', rate: 0.9, cycleDays: 0 },
      { key: 'paid', en: 'Paid', zh: '支付成功', cycleDays: 0 },
    ],
  },
  marketing: {
    target: 2_000_000,
    avgDeal: 2_000,
    b2b: false,
    stages: [
      { key: 'awareness', en: 'Awareness', zh: '认知', rate: 0.05, cycleDays: 7 },
      { key: 'interest', en: 'Interest', zh: '兴趣', rate: 0.1, cycleDays: 14 },
      { key: 'consideration', en: 'Consideration', zh: '考虑', rate: 0.3, cycleDays: 14 },
      { key: 'decision', en: 'Decision', zh: '决策', rate: 0.5, cycleDays: 7 },
      { key: 'purchase', en: 'Purchase', zh: '购买', cycleDays: 0 },
    ],
  },
  // The funnel blankSeed in create.ts starts from, with keys and cycle days added.
  blank: {
    target: 1_000_000,
    avgDeal: 50_000,
    b2b: false,
    stages: [
      { key: 'leads', en: 'Leads', zh: '线索', rate: 0.3, cycleDays: 14 },
      { key: 'opportunities', en: 'Opportunities', zh: '商机', rate: 0.4, cycleDays: 30 },
      { key: 'proposals', en: 'Proposals', zh: '方案', rate: 0.5, cycleDays: 21 },
      { key: 'won', en: 'Won', zh: '成交', cycleDays: 0 },
    ],
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as a spreadsheet date serial (days since 1899-12-30, as Excel and HyperFormula count). */
export function dateSerial(year: number, month: number, day: number): number {
  return serialFromIso(`${year}-${pad(month)}-${pad(day)}`);
}

export function isTemplateId(text: string): text is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(text);
}

/** The stage keys of a template, top to bottom. */
export function templateStageKeys(id: TemplateId): string[] {
  return TEMPLATES[id].stages.map((stage) => stage.key);
}

/** A seed for `createWorkbook`: the template's funnel in the given locale, planned over `now`'s calendar year. */
export function templateSeed(id: TemplateId, locale: SeedLocale, name: string, now = new Date()): WorkbookSeed {
  const spec = TEMPLATES[id];
  const zh = locale === 'zh-CN';
  const year = now.getFullYear();
  const stages: StageSeed[] = spec.stages.map((stage) => ({
    key: stage.key,
    name: zh ? stage.zh : stage.en,
    ...(stage.rate !== undefined ? { rate: stage.rate } : {}),
    cycleDays: stage.cycleDays,
  }));
  return {
    name,
    template: id,
    target: spec.target,
    avgDeal: spec.avgDeal,
    perStage: true,
    periodLabel: String(year),
    stages,
    assumptions: {
      periodStart: String(dateSerial(year, 1, 1)),
      periodEnd: String(dateSerial(year, 12, 31)),
      ...(spec.b2b ? { minOppsPerRep: '15', minRealRatio: '0.1' } : {}),
    },
  };
}
