// English messages for the templates section; zh-cn/templates.ts has the same keys.
export const enTemplates = {
  'template.choose': 'Start from',

  'template.b2b-phases': 'B2B project sale (5 phases)',
  'template.b2b-phases.hint':
    'Lead development → needs analysis → demo and proposal → negotiation and signing → after-sales; a signed contract enters after-sales.',
  'template.b2b-pipeline': 'B2B pipeline (leads → closed)',
  'template.b2b-pipeline.hint': 'Six CRM-style stages from a new lead to a closed-won deal.',
  'template.search-marketing': 'Search marketing (impressions → orders)',
  'template.search-marketing.hint':
    'Impressions, clicks, visits, inquiries, orders: the weakest layer points at keywords, ads, the website or sales.',
  'template.aarrr': 'AARRR (acquisition → revenue)',
  'template.aarrr.hint':
    'Pirate metrics for an app or SaaS: sign-ups, activated, retained, paying users. Referral brings new sign-ups, so it is not a stage.',
  'template.ecommerce': 'E-commerce (browse → paid)',
  'template.ecommerce.hint':
    'From sessions to paid orders; the average deal is the order value. Repurchase is tracked after the sale, not as a stage.',
  'template.marketing': 'Marketing funnel (awareness → purchase)',
  'template.marketing.hint': 'Awareness, interest, consideration, decision, purchase: top, middle and bottom of the funnel.',
  'template.blank': 'Blank (4 stages)',
  'template.blank.hint': 'Leads, opportunities, proposals, won, with placeholder rates to replace.',

  // The rate on a stage row converts it to the next stage: the impressions row holds clicks / impressions.
  'rate.impressions': 'CTR',
  'rate.clicks': 'Visit rate',
  'rate.visits': 'Inquiry rate',
  'rate.inquiries': 'Order rate',
} as const;
