// The funnel concepts of issue 3 on the page: templates, the bottleneck sentence and the
// search-marketing diagnosis in both languages, notes on bad input at the cell they come
// from, the deal mix, the weighted pipeline, health warnings, last year's plan, the cycle
// view and persistence. Every test starts with the app's storage wiped (first visit).
import { expect, test } from 'vitest';
import { freshStoragePerTest } from './support/session';
import {
  addOpportunity,
  bottleneckSentence,
  causeLine,
  cellByKey,
  chooseLanguage,
  createFromTemplate,
  funnelNote,
  healthWarning,
  noteLevel,
  noteOn,
  opportunityCell,
  showView,
  stageCellKey,
  typeInto,
  type TemplateId,
} from './support/concepts-page';
import {
  assumptionCell,
  cell,
  cellAddress,
  formulaBarText,
  openDemo,
  reloadWorkbook,
  stageNames,
  stageRows,
  summaryCell,
  textOf,
  typeIntoCell,
  expectText,
  waitForSaved,
} from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US' });

/** Actual entries that leave Clicks → Visits at 40% against the template's 85%; the other rates meet theirs. */
const SEARCH_ACTUALS = ['200000', '6000', '2400', '96', '10'];

// ------------------------------------------------------------------ bottleneck in two languages

test('search-marketing actuals name Clicks → Visits as the bottleneck and site speed as the cause', async () => {
  await createFromTemplate(tab.page, 'Search marketing, English', 'search-marketing');

  for (const [index, count] of SEARCH_ACTUALS.entries()) await typeIntoCell(cell(tab.page, index + 1, 'actual'), count);

  await expectText(
    bottleneckSentence(tab.page),
    'Clicks → Visits converts 40% against an ideal 85%: fixing only this stage adds 11.25 deals (112,500).',
  );
  expect(await textOf(causeLine(tab.page, 'visits'))).toBe('Few visits: check site speed.');
  expect(tab.errors).toEqual([]);
});

test('after switching to 中文 the bottleneck sentence and the cause of few visits are in Chinese', async () => {
  await createFromTemplate(tab.page, 'Search marketing, Chinese', 'search-marketing');
  for (const [index, count] of SEARCH_ACTUALS.entries()) await typeIntoCell(cell(tab.page, index + 1, 'actual'), count);

  await chooseLanguage(tab.page, '中文');

  await expectText(
    bottleneckSentence(tab.page),
    'Clicks → Visits 是瓶颈：实际转化率 40%，理想为 85%。只要这一阶段达到理想，就能多成交 11.25 单（11.25万）。',
  );
  expect(await textOf(causeLine(tab.page, 'visits'))).toBe('访问量偏少：请检查网站打开速度。');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ templates

const FIRST_STAGES: [TemplateId, string][] = [
  ['b2b-phases', 'Lead development'],
  ['b2b-pipeline', 'Leads'],
  ['search-marketing', 'Impressions'],
  ['aarrr', 'Acquisition (sign-ups)'],
  ['ecommerce', 'Browse (sessions)'],
  ['marketing', 'Awareness'],
  ['blank', 'Leads'],
];

test.each(FIRST_STAGES)('a workbook from the %s template opens with its first stage “%s”', async (templateId, firstStage) => {
  await createFromTemplate(tab.page, `From ${templateId}`, templateId);

  expect((await stageNames(tab.page))[0]).toBe(firstStage);
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toMatch(/^[\d,]+$/);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ bad input

test('a 0% ideal rate gets a note at that rate while the stages below it still show their required entries', async () => {
  await createFromTemplate(tab.page, 'Zero rate', 'blank');
  const rateKey = await stageCellKey(tab.page, 2, 'rate');

  await typeInto(tab.page, rateKey, '0%');

  await expect.poll(() => noteLevel(tab.page, rateKey)).toBe('error');
  expect(await noteOn(tab.page, rateKey)).toBe(
    'A 0% conversion means nothing reaches the next stage, so no number of entries at “Leads”, “Opportunities” can meet the target. Type the rate you expect.',
  );
  expect(await textOf(cell(tab.page, 3, 'required'))).toBe('40');
  expect(await textOf(cell(tab.page, 4, 'required'))).toBe('20');
  expect(tab.errors).toEqual([]);
});

test('a stage with more exits than entries gets a note at its exits cell', async () => {
  await createFromTemplate(tab.page, 'Exits above entries', 'blank');
  const exitsKey = await stageCellKey(tab.page, 1, 'exits');

  await typeIntoCell(cell(tab.page, 1, 'actual'), '100');
  await typeIntoCell(cell(tab.page, 2, 'actual'), '120');

  await expect.poll(() => noteLevel(tab.page, exitsKey)).toBe('error');
  expect(await noteOn(tab.page, exitsKey)).toBe(
    '120 leave “Leads” but only 100 entered it: check the actual entries of this stage and the next.',
  );
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('334');
  expect(tab.errors).toEqual([]);
});

test('a close-by date in the past gets a note at the close-by cell', async () => {
  await createFromTemplate(tab.page, 'Close-by in the past', 'blank');

  await typeInto(tab.page, 'a.closeBy', '2020-01-31');

  await expect.poll(() => noteLevel(tab.page, 'a.closeBy')).toBe('warning');
  expect(await noteOn(tab.page, 'a.closeBy')).toBe('The close-by date 2020-01-31 has already passed.');
  expect(await textOf(assumptionCell(tab.page, 'closeBy'))).toBe('2020-01-31');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('334');
  expect(tab.errors).toEqual([]);
});

test('deal-mix shares that add up to 90% get a note at the share total', async () => {
  await createFromTemplate(tab.page, 'Mix at 90%', 'blank');

  await typeInto(tab.page, 'x.0.share', '50%');
  await typeInto(tab.page, 'x.1.share', '40%');

  await expect.poll(() => noteLevel(tab.page, 'a.mixShareTotal')).toBe('warning');
  expect(await noteOn(tab.page, 'a.mixShareTotal')).toBe('The shares of the deal-size mix add up to 90%, not 100%.');
  expect(await textOf(assumptionCell(tab.page, 'mixShareTotal'))).toBe('90%');
  expect(tab.errors).toEqual([]);
});

test('removing every stage shows the empty-funnel message and a stage can be added back', async () => {
  await createFromTemplate(tab.page, 'Empty funnel', 'blank');

  for (let left = 4; left > 0; left--) {
    await tab.page.locator('[data-testid=remove-stage]').first().click();
    await expect.poll(() => stageRows(tab.page).count()).toBe(left - 1);
  }

  await expectText(funnelNote(tab.page, 'insights.funnel.noStages'), 'This funnel has no stages yet: add one to start.');
  await tab.page.locator('[data-testid=add-stage]').click();
  await expect.poll(() => stageNames(tab.page)).toEqual(['New stage']);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ deal mix

test('switching the deal mix on makes DealsNeeded 38 for a 500,000 target (worked example 5)', async () => {
  await createFromTemplate(tab.page, 'Deal mix', 'blank');
  await typeIntoCell(assumptionCell(tab.page, 'target'), '500000');
  const buckets = [
    ['56.5%', '4000'],
    ['27.8%', '15000'],
    ['11%', '35000'],
    ['4.6%', '65000'],
  ];
  for (const [slot, [share, value]] of buckets.entries()) {
    await typeInto(tab.page, `x.${slot}.share`, share);
    await typeInto(tab.page, `x.${slot}.value`, value);
  }
  await expectText(summaryCell(tab.page, 'dealsNeeded'), '10');

  await tab.page.locator('[data-testid=use-mix]').check();

  await expectText(summaryCell(tab.page, 'dealsNeeded'), '38');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ weighted pipeline

test('an opportunity of 1,000,000 in a 25% stage adds 250,000 to the weighted forecast (worked example 2)', async () => {
  await createFromTemplate(tab.page, 'Weighted pipeline', 'blank');

  await addOpportunity(tab.page, '1000000');

  await expectText(opportunityCell(tab.page, 1, 'weighted'), '250,000');
  expect(await textOf(opportunityCell(tab.page, 1, 'probability'))).toBe('25%');
  expect(await textOf(assumptionCell(tab.page, 'weightedForecast'))).toBe('250,000');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ health checks

test('two reps with three open opportunities get the thin-pipeline warning with its numbers', async () => {
  await createFromTemplate(tab.page, 'Thin pipeline', 'blank');
  await typeIntoCell(assumptionCell(tab.page, 'reps'), '2');

  for (let n = 0; n < 3; n++) await addOpportunity(tab.page, '20000');

  await expectText(
    healthWarning(tab.page, 'thin-pipeline'),
    'Thin pipeline: 1.5 open opportunities per rep (3 across 2 reps), fewer than the 15 each rep should follow.',
  );
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ last year's plan

test('adopting last year’s plan points the first rate at its plan rate, and Ctrl+Z restores 25%', async () => {
  await openDemo(tab.page);
  await showView(tab.page, 'bases');
  await cell(tab.page, 1, 'planRate').click();
  const planAddress = await cellAddress(tab.page);
  const planRate = await textOf(cell(tab.page, 1, 'planRate'));

  await tab.page.locator('[data-testid=adopt-plan-rates]').click();
  await cell(tab.page, 1, 'rate').click();

  expect(await formulaBarText(tab.page)).toBe(`=${planAddress}`);
  expect(planRate).toBe('23.16%');
  await expectText(cell(tab.page, 1, 'rate'), planRate);
  await tab.page.keyboard.press('Control+Z');
  await expectText(cell(tab.page, 1, 'rate'), '25%');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ cycle and lead time

test('the timing view shows the date by which volume must enter each stage', async () => {
  await openDemo(tab.page);
  const year = new Date().getFullYear();

  await showView(tab.page, 'timing');

  // Close by 31 December; 30 + 21 + 14 + 10 + 0 cycle days from the top stage down.
  expect(await textOf(cell(tab.page, 1, 'enterBy'))).toBe(`${year}-10-17`);
  expect(await textOf(cell(tab.page, 4, 'enterBy'))).toBe(`${year}-12-21`);
  expect(await textOf(cell(tab.page, 5, 'enterBy'))).toBe(`${year}-12-31`);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ persistence

test('a typed opportunity and deal-mix share are still there after a reload', async () => {
  await createFromTemplate(tab.page, 'Concepts persist', 'blank');
  await addOpportunity(tab.page, '1000000');
  await typeInto(tab.page, 'x.0.share', '60%');
  await expectText(cellByKey(tab.page, 'x.0.share'), '60%');
  await waitForSaved(tab.page);

  await reloadWorkbook(tab.page);

  expect(await textOf(opportunityCell(tab.page, 1, 'amount'))).toBe('1,000,000');
  expect(await textOf(opportunityCell(tab.page, 1, 'stage'))).toBe('Leads');
  expect(await textOf(cellByKey(tab.page, 'x.0.share'))).toBe('60%');
  expect(tab.errors).toEqual([]);
});
