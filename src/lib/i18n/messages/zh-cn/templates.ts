import type { enTemplates } from '../en/templates';

export const zhCNTemplates: Record<keyof typeof enTemplates, string> = {
  'template.choose': '模板',

  'template.b2b-phases': 'B2B 项目型销售（五阶段）',
  'template.b2b-phases.hint': '潜在客户开发 → 需求了解与分析 → 产品演示与方案制定 → 商务谈判与签约 → 售后服务与持续跟进；签约后即进入售后阶段。',
  'template.b2b-pipeline': 'B2B 商机管道（线索 → 成交）',
  'template.b2b-pipeline.hint': '从新线索到成交的六个 CRM 商机阶段。',
  'template.search-marketing': '搜索营销（展现 → 订单）',
  'template.search-marketing.hint': '展现量、点击量、访问量、咨询量、订单量：哪一层偏弱，就从关键词、创意、网站或销售上找原因。',
  'template.aarrr': 'AARRR 海盗模型（获取 → 变现）',
  'template.aarrr.hint': '适用于 App / SaaS：新注册、激活、留存、付费用户。推荐带来的是新的注册，因此不单列为阶段。',
  'template.ecommerce': '电商（浏览 → 支付成功）',
  'template.ecommerce.hint': '从访问到支付成功，平均客单价即订单金额。复购在成交之后单独跟踪，不作为漏斗阶段。',
  'template.marketing': '营销漏斗（认知 → 购买）',
  'template.marketing.hint': '认知、兴趣、考虑、决策、购买，对应漏斗上部、中部和下部。',
  'template.blank': '空白（四个阶段）',
  'template.blank.hint': '线索、商机、方案、成交，转化率仅为示例，请换成自己的数据。',

  'rate.impressions': '点击率',
  'rate.clicks': '访问转化率',
  'rate.visits': '咨询转化率',
  'rate.inquiries': '订单转化率',
};
