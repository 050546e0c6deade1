// English messages for the insights section; zh-cn/insights.ts has the same keys.
export const enInsights = {
  'insights.title': 'What the funnel says',
  'insights.quoted': '“{name}”',
  'insights.list.separator': ', ',
  'insights.month': '{year}-{month}',

  'insights.bottleneck': '{from} → {to} converts {actual} against an ideal {ideal}: fixing only this stage adds {gain} deals ({revenue}).',
  'insights.bottleneck.noRevenue': '{from} → {to} converts {actual} against an ideal {ideal}: fixing only this stage adds {gain} deals.',
  'insights.bottleneck.none': 'Every stage converts at or above its ideal rate: there is no bottleneck.',

  'insights.causes.title': 'Where to look',
  'insights.weakLayer': '{layer}: check {causes}.',
  'insights.topLayer': '{layer} ({actual} of the {required} required): check {causes}.',
  'insights.layer.impressions': 'Few impressions',
  'insights.layer.clicks': 'Few clicks',
  'insights.layer.visits': 'Few visits',
  'insights.layer.inquiries': 'Few inquiries',
  'insights.layer.orders': 'Few orders',
  'insights.cause.keywords-account': 'keyword and account settings',
  'insights.cause.ad-creative': 'ad creative',
  'insights.cause.site-speed': 'site speed',
  'insights.cause.site-quality': 'site quality',
  'insights.cause.content-relevance': 'content relevance',
  'insights.cause.ease-of-contact': 'ease of contact',
  'insights.cause.sales-capability': 'sales capability',

  'insights.health.title': 'Pipeline health',
  'insights.health.thin-pipeline':
    'Thin pipeline: {oppsPerRepNow} open opportunities per rep ({openOpps} across {reps} reps), fewer than the {minOppsPerRep} each rep should follow.',
  'insights.health.lumpy-closings':
    'Closings bunched in one month: {lumpShare} of the amount in hand is expected to close in {lumpMonth}, little in the other months.',
  'insights.health.only-large':
    'Only large deals in hand: just {smallShare} of the open opportunities are below {largeDeal}. Add smaller deals that close sooner.',
  'insights.health.busy-few-real':
    'Busy, yet few real opportunities: {activities} sales activities led to {openOpps} open opportunities ({realRatio}), below the {minRealRatio} expected.',

  'insights.notes.title': 'Check these cells',
  'insights.note.zeroRate':
    'A 0% conversion means nothing reaches the next stage, so no number of entries at {stages} can meet the target. Type the rate you expect.',
  'insights.note.rateMissing': 'No conversion rate here, so the required entries of {stages} cannot be worked out.',
  'insights.note.exitsExceedEntries': '{exits} leave “{stage}” but only {entries} entered it: check the actual entries of this stage and the next.',
  'insights.note.closeByPast': 'The close-by date {date} has already passed.',
  'insights.note.enterByPast': 'To close in time, volume had to enter “{stage}” by {date}; that date has passed.',
  'insights.note.mixShares': 'The shares of the deal-size mix add up to {total}, not 100%.',
  'insights.note.unknownStage': '“{name}” is not a stage of this funnel, so this opportunity adds nothing to the weighted pipeline. Stages: {stages}.',

  'insights.funnel.noStages': 'This funnel has no stages yet: add one to start.',
  'insights.funnel.oneStage': 'A funnel needs at least two stages to have a conversion rate.',
  'insights.funnel.noActual': 'Type actual entries to compare the funnel with the plan.',
  'insights.funnel.actualMissing': 'No actual entries for {stages}: the conversions around them cannot be compared.',
  'insights.funnel.wonMissing': 'Type the actual entries of “{stage}” to find the stage whose fix would add the most deals.',
  'insights.funnel.noneWon': 'No deal has reached “{stage}”, so the stages cannot be ranked by deals gained: compare each stage’s gap to its ideal rate.',
} as const;
