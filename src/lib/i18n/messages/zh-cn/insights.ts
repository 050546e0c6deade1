import type { enInsights } from '../en/insights';

export const zhCNInsights: Record<keyof typeof enInsights, string> = {
  'insights.title': '漏斗解读',
  'insights.quoted': '“{name}”',
  'insights.list.separator': '、',
  'insights.month': '{year}年{month}月',

  'insights.bottleneck': '{from} → {to} 是瓶颈：实际转化率 {actual}，理想为 {ideal}。只要这一阶段达到理想，就能多成交 {gain} 单（{revenue}）。',
  'insights.bottleneck.noRevenue': '{from} → {to} 是瓶颈：实际转化率 {actual}，理想为 {ideal}。只要这一阶段达到理想，就能多成交 {gain} 单。',
  'insights.bottleneck.none': '各阶段的转化率都达到或超过理想值，漏斗没有瓶颈。',

  'insights.causes.title': '排查方向',
  'insights.weakLayer': '{layer}：请检查{causes}。',
  'insights.topLayer': '{layer}（实际 {actual}，需要 {required}）：请检查{causes}。',
  'insights.layer.impressions': '展现量偏少',
  'insights.layer.clicks': '点击量偏少',
  'insights.layer.visits': '访问量偏少',
  'insights.layer.inquiries': '咨询量偏少',
  'insights.layer.orders': '订单量偏少',
  'insights.cause.keywords-account': '关键词与账户设置',
  'insights.cause.ad-creative': '广告创意',
  'insights.cause.site-speed': '网站打开速度',
  'insights.cause.site-quality': '网站质量',
  'insights.cause.content-relevance': '内容相关性',
  'insights.cause.ease-of-contact': '联系便利性',
  'insights.cause.sales-capability': '销售能力',

  'insights.health.title': '漏斗健康诊断',
  'insights.health.thin-pipeline':
    '商机储备不足：人均跟进商机 {oppsPerRepNow} 个（{reps} 名销售共 {openOpps} 个），低于每人至少 {minOppsPerRep} 个的要求。',
  'insights.health.lumpy-closings': '成交过于集中：{lumpShare} 的商机金额预计在 {lumpMonth} 成交，其他月份很少。',
  'insights.health.only-large': '手上只有大单：低于 {largeDeal} 的商机仅占 {smallShare}。请补充金额较小、成交较快的商机。',
  'insights.health.busy-few-real':
    '看起来很忙，真实商机却很少：{activities} 次销售活动只带来 {openOpps} 个商机（{realRatio}），低于应有的 {minRealRatio}。',

  'insights.notes.title': '请检查这些单元格',
  'insights.note.zeroRate': '转化率为 0% 意味着没有人能进入下一阶段，{stages} 的入口数量再多也无法达成目标。请填写预期的转化率。',
  'insights.note.rateMissing': '这里没有填写转化率，无法倒推 {stages} 的所需入口数量。',
  'insights.note.exitsExceedEntries': '有 {exits} 个离开“{stage}”，但只有 {entries} 个进入：请核对本阶段和下一阶段的实际数量。',
  'insights.note.closeByPast': '成交截止日期 {date} 已经过去。',
  'insights.note.enterByPast': '要按时成交，“{stage}”须在 {date} 之前进入，这个日期已经过去。',
  'insights.note.mixShares': '成交规模结构的占比合计为 {total}，而不是 100%。',
  'insights.note.unknownStage': '“{name}”不是本漏斗的阶段，这条商机不计入加权预测。现有阶段：{stages}。',

  'insights.funnel.noStages': '这个漏斗还没有阶段，请先添加一个阶段。',
  'insights.funnel.oneStage': '漏斗至少需要两个阶段才有转化率。',
  'insights.funnel.noActual': '填写实际入口数量，即可把漏斗与计划进行比较。',
  'insights.funnel.actualMissing': '{stages} 没有填写实际数量，无法比较其前后的转化率。',
  'insights.funnel.wonMissing': '填写“{stage}”的实际数量，即可找出改善后能多成交最多的阶段。',
  'insights.funnel.noneWon': '还没有任何一单到达“{stage}”，无法按可多成交的单数排序：请比较各阶段与理想转化率的差距。',
};
