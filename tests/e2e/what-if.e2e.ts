// What-if on the page (issue 5): scenarios and their side-by-side comparison, scenario isolation,
// nudging a rate with Alt+arrow keys and the slider, goal seek and the funnel questions,
// sensitivity, and the probability of hitting the target in both languages. Every test starts
// with the app's storage wiped (first visit), so the demo has its original numbers.
//
// The demo: target 3,800,000, deal value 100,000 (38 deals), rates 25% / 50% / 75% / 100%, per-stage
// rounding, so 38 → 51 → 102 → 408 entries are required; actual top 360, forecast 34 deals.
// The blank template: target 1,000,000, deal value 50,000 (20 deals), rates 30% / 40% / 50%, no
// actual counts, so its probability takes the ideal rates as certain and simulates the plan's top.
import { expect, test } from 'vitest';
import { freshStoragePerTest } from './support/session';
import { chooseLanguage, createFromTemplate, stageCellKey } from './support/concepts-page';
import {
  activeLayer,
  answerLines,
  comparisonCell,
  comparisonDelta,
  comparisonDeltaValue,
  comparisonLayers,
  comparisonValue,
  deleteActiveScenario,
  goalSeek,
  newScenario,
  numberIn,
  overrideCount,
  pHit,
  probability,
  quantileRow,
  renameActiveScenario,
  scenarioBanner,
  scenarioTab,
  scenarioTabNames,
  scrollToSensitivity,
  sensitivityRows,
  sensitivityRuns,
  slider,
  switchLayer,
  waitForNewProbability,
  waitForProbability,
  watched,
  whatIf,
} from './support/what-if-page';
import {
  assumptionCell,
  cell,
  expectText,
  openDemo,
  reloadWorkbook,
  stageNames,
  stageRow,
  summaryCell,
  textOf,
  typeIntoCell,
  waitForSaved,
} from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US' });

// ------------------------------------------------------------------ the issue's own test

test('two scenarios, a rate changed in one: the comparison and P(hit) follow, and all of it survives a reload', async () => {
  await createFromTemplate(tab.page, 'Two scenarios', 'blank');
  const topKey = await stageCellKey(tab.page, 1, 'required');
  await waitForProbability(tab.page);
  const baseHit = await textOf(pHit(tab.page));

  const first = await newScenario(tab.page);
  const second = await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '40%');

  await expectText(comparisonCell(tab.page, second, 'a.requiredTop').locator('.value'), '250');
  expect(await comparisonValue(tab.page, 'base', 'a.requiredTop')).toBe('334');
  expect(await comparisonValue(tab.page, first, 'a.requiredTop')).toBe('334');
  expect(await comparisonDelta(tab.page, first, 'a.requiredTop')).toBe('=');
  expect(await comparisonDeltaValue(tab.page, second, 'a.requiredTop')).toBe(-84);
  expect(await comparisonDelta(tab.page, second, 'a.requiredTop')).toBe('-84 (-25.15%)');
  expect(await comparisonValue(tab.page, second, topKey)).toBe('250');
  expect(await comparisonValue(tab.page, second, 'a.dealsNeeded')).toBe('20');
  const scenarioHit = await waitForNewProbability(tab.page, baseHit);
  expect(scenarioHit).toMatch(/^\d+(\.\d)?%$/);
  await waitForSaved(tab.page);

  await reloadWorkbook(tab.page);

  expect(await scenarioTabNames(tab.page)).toEqual(['Base', 'Scenario 1', 'Scenario 2']);
  expect(await activeLayer(tab.page)).toBe(second);
  expect(await overrideCount(tab.page, second)).toBe('1');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('40%');
  expect(await comparisonLayers(tab.page)).toEqual(['Base', 'Scenario 1', 'Scenario 2']);
  expect(await comparisonValue(tab.page, 'base', 'a.requiredTop')).toBe('334');
  expect(await comparisonValue(tab.page, first, 'a.requiredTop')).toBe('334');
  expect(await comparisonValue(tab.page, second, 'a.requiredTop')).toBe('250');
  expect(await comparisonDelta(tab.page, second, 'a.requiredTop')).toBe('-84 (-25.15%)');
  await waitForProbability(tab.page);
  expect(await textOf(pHit(tab.page))).toBe(scenarioHit);
  expect(tab.errors).toEqual([]);
});

test('P(hit) follows the selected layer: back on the base it is the base’s chance again', async () => {
  await createFromTemplate(tab.page, 'Chance per layer', 'blank');
  await waitForProbability(tab.page);
  const baseHit = await textOf(pHit(tab.page));
  await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '40%');
  await waitForNewProbability(tab.page, baseHit);

  await switchLayer(tab.page, 'base');

  await expect.poll(() => textOf(pHit(tab.page)), { timeout: 20_000 }).toBe(baseHit);
  await waitForProbability(tab.page);
  expect(await textOf(pHit(tab.page))).toBe(baseHit);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ isolation

test('a rate changed inside a scenario leaves the base’s rate and required top as they were', async () => {
  await openDemo(tab.page);
  await newScenario(tab.page);

  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await expectText(summaryCell(tab.page, 'requiredTop'), '340');
  await switchLayer(tab.page, 'base');

  await expectText(cell(tab.page, 1, 'rate'), '25%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(await textOf(scenarioBanner(tab.page))).toBe('Editing the base. Scenarios follow every cell they do not change.');
  expect(tab.errors).toEqual([]);
});

test('a base edit of a cell the scenario does not override shows in the scenario too', async () => {
  await openDemo(tab.page);
  const scenario = await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await expectText(summaryCell(tab.page, 'requiredTop'), '340');
  await switchLayer(tab.page, 'base');

  await typeIntoCell(assumptionCell(tab.page, 'target'), '4000000');
  await expectText(summaryCell(tab.page, 'dealsNeeded'), '40');
  await switchLayer(tab.page, scenario);

  // 40 deals at 100% / 75% / 50% / 30%: 40 → 54 → 108 → 360.
  await expectText(summaryCell(tab.page, 'dealsNeeded'), '40');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('30%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('360');
  expect(await comparisonValue(tab.page, scenario, 'a.requiredTop')).toBe('360');
  expect(await comparisonValue(tab.page, 'base', 'a.requiredTop')).toBe('432');
  expect(tab.errors).toEqual([]);
});

test('the outputs picked for the comparison are the rows it shows, and the pick survives a reload', async () => {
  await openDemo(tab.page);
  const scenario = await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await tab.page.locator('[data-testid=scenario-outputs] summary').click();

  await tab.page.locator('input[data-output-option="a.budgetNeeded"]').uncheck();
  await tab.page.locator('input[data-output-option="a.target"]').check();

  await expect.poll(() => comparisonCell(tab.page, 'base', 'a.budgetNeeded').count()).toBe(0);
  expect(await comparisonValue(tab.page, scenario, 'a.target')).toBe('3,800,000');
  expect(await comparisonDelta(tab.page, scenario, 'a.target')).toBe('=');
  await waitForSaved(tab.page);
  await reloadWorkbook(tab.page);
  expect(await comparisonCell(tab.page, 'base', 'a.budgetNeeded').count()).toBe(0);
  expect(await comparisonValue(tab.page, scenario, 'a.target')).toBe('3,800,000');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ rename, duplicate, delete

test('a scenario can be renamed', async () => {
  await openDemo(tab.page);
  const scenario = await newScenario(tab.page);

  await renameActiveScenario(tab.page, 'Better prospecting');

  await expectText(scenarioTab(tab.page, scenario).locator('.name'), 'Better prospecting');
  expect(await comparisonLayers(tab.page)).toEqual(['Base', 'Better prospecting']);
  expect(await textOf(scenarioBanner(tab.page).locator('strong'))).toBe('Editing scenario “Better prospecting” — the base stays unchanged.');
  expect(tab.errors).toEqual([]);
});

test('duplicating a scenario copies its override into a new, selected scenario', async () => {
  await openDemo(tab.page);
  const original = await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await expectText(comparisonCell(tab.page, original, 'a.requiredTop').locator('.value'), '340');

  await tab.page.locator('[data-testid=duplicate-scenario]').click();

  await expect.poll(() => scenarioTabNames(tab.page)).toEqual(['Base', 'Scenario 1', 'Scenario 1 (copy)']);
  const copy = await activeLayer(tab.page);
  expect(copy).not.toBe(original);
  expect(await overrideCount(tab.page, copy)).toBe('1');
  expect(await textOf(cell(tab.page, 1, 'rate'))).toBe('30%');
  expect(await comparisonValue(tab.page, copy, 'a.requiredTop')).toBe('340');
  expect(tab.errors).toEqual([]);
});

test('deleting the selected scenario asks first, removes its tab and goes back to the base', async () => {
  await openDemo(tab.page);
  await newScenario(tab.page);
  await typeIntoCell(cell(tab.page, 1, 'rate'), '30%');
  await expectText(summaryCell(tab.page, 'requiredTop'), '340');

  const question = await deleteActiveScenario(tab.page);

  expect(question).toBe('Delete the scenario “Scenario 1” (1 changed cells)? The base stays as it is.');
  await expect.poll(() => scenarioTabNames(tab.page)).toEqual(['Base']);
  expect(await activeLayer(tab.page)).toBe('base');
  await expectText(cell(tab.page, 1, 'rate'), '25%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(await tab.page.locator('[data-testid=scenario-comparison]').count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ quick what-if

test('Alt+ArrowUp on a selected rate raises it by one point and the required entries follow', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 2, 'rate').click();

  await tab.page.keyboard.press('Alt+ArrowUp');

  // 51 engaged accounts at 51%: 100 prospects; at 25%: 400 candidate accounts.
  await expectText(cell(tab.page, 2, 'rate'), '51%');
  expect(await textOf(cell(tab.page, 2, 'required'))).toBe('100');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('400');
  expect(tab.errors).toEqual([]);
});

test('Shift+Alt+ArrowDown lowers a selected rate by a tenth of a point', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 2, 'rate').click();

  await tab.page.keyboard.press('Shift+Alt+ArrowDown');

  await expectText(cell(tab.page, 2, 'rate'), '49.9%');
  expect(tab.errors).toEqual([]);
});

test('three Alt+ArrowUp nudges are one undo step: Ctrl+Z restores the original rate', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 2, 'rate').click();

  for (let n = 0; n < 3; n++) await tab.page.keyboard.press('Alt+ArrowUp');
  await expectText(cell(tab.page, 2, 'rate'), '53%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('388');
  await tab.page.keyboard.press('Control+Z');

  await expectText(cell(tab.page, 2, 'rate'), '50%');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('408');
  expect(tab.errors).toEqual([]);
});

test('an Alt+ArrowUp nudge inside a scenario changes the scenario, not the base', async () => {
  await openDemo(tab.page);
  const scenario = await newScenario(tab.page);
  await cell(tab.page, 2, 'rate').click();

  await tab.page.keyboard.press('Alt+ArrowUp');

  await expectText(cell(tab.page, 2, 'rate'), '51%');
  await expectText(comparisonCell(tab.page, scenario, 'a.requiredTop').locator('.value'), '400');
  expect(await comparisonValue(tab.page, 'base', 'a.requiredTop')).toBe('408');
  expect(await overrideCount(tab.page, scenario)).toBe('1');
  expect(tab.errors).toEqual([]);
});

test('the what-if slider sets the selected rate and the summary follows', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 2, 'rate').click();
  await whatIf(tab.page).waitFor({ state: 'visible' });
  expect(await textOf(tab.page.locator('[data-testid=what-if-value]'))).toBe('50%');

  await slider(tab.page).fill('60');

  // 51 engaged accounts at 60%: 85 prospects; at 25%: 340 candidate accounts.
  await expectText(cell(tab.page, 2, 'rate'), '60%');
  expect(await textOf(tab.page.locator('[data-testid=what-if-value]'))).toBe('60%');
  expect(await textOf(cell(tab.page, 2, 'required'))).toBe('85');
  expect(await textOf(summaryCell(tab.page, 'requiredTop'))).toBe('340');
  expect(await textOf(watched(tab.page, 'requiredTop'))).toBe('340');
  expect(tab.errors).toEqual([]);
});

test('the what-if + button raises the selected rate by one point', async () => {
  await openDemo(tab.page);
  await cell(tab.page, 2, 'rate').click();

  await tab.page.locator('[data-testid=what-if-up]').click();

  await expectText(cell(tab.page, 2, 'rate'), '51%');
  expect(await textOf(watched(tab.page, 'requiredTop'))).toBe('400');
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ goal seek

test('the rate a stage needs is said in a sentence, and applying it lifts the revenue forecast to the target', async () => {
  await openDemo(tab.page);
  await expectText(summaryCell(tab.page, 'forecastRevenue'), '3,400,000');

  await goalSeek(tab.page).locator('[data-testid=rate-needed]').click();

  const lines = await answerLines(tab.page.locator('[data-testid=rate-needed-result]'));
  expect(lines[0]).toBe(
    'With the current top of 360, “Candidate accounts” must convert 27.37% (now 25%) for the forecast to reach the target of 3,800,000: 38 won deals.',
  );
  await tab.page.locator('[data-testid=apply-funnel]').click();
  await expectText(cell(tab.page, 1, 'rate'), '27.37%');
  expect(numberIn(await textOf(summaryCell(tab.page, 'forecastRevenue')))).toBeGreaterThanOrEqual(3_800_000);
  expect(tab.errors).toEqual([]);
});

test('the top of funnel needed is a number of entries at the top stage', async () => {
  await openDemo(tab.page);

  await goalSeek(tab.page).locator('[data-testid=top-needed]').click();

  const lines = await answerLines(tab.page.locator('[data-testid=top-needed-result]'));
  expect(lines[0]).toBe(
    'At the ideal rates, 394 entering “Candidate accounts” make the forecast reach the target of 3,800,000 (38 won deals). Now: 360.',
  );
  expect(lines[1]).toBe('The reverse calculation, which rounds each stage up, asks for 408.');
  expect(tab.errors).toEqual([]);
});

test('goal seek sets the revenue forecast to the target by changing the first rate', async () => {
  await openDemo(tab.page);
  await summaryCell(tab.page, 'forecastRevenue').click();
  await goalSeek(tab.page).locator('[data-testid=use-selected-set]').click();
  await cell(tab.page, 1, 'rate').click();
  await goalSeek(tab.page).locator('[data-testid=use-selected-changing]').click();
  await goalSeek(tab.page).locator('[data-testid=goal-seek-to]').fill('3800000');

  await goalSeek(tab.page).locator('[data-testid=solve]').click();

  await expectText(
    tab.page.locator('[data-testid=goal-seek-result] p'),
    'Revenue forecast (Assumptions!B13) becomes 3,800,000 when Candidate accounts · Ideal conversion to next (B2) is 27.5% (now 25%). Found in 2 trials.',
  );
  await goalSeek(tab.page).locator('[data-testid=apply-goal-seek]').click();
  await expectText(cell(tab.page, 1, 'rate'), '27.5%');
  expect(await textOf(summaryCell(tab.page, 'forecastRevenue'))).toBe('3,800,000');
  expect(tab.errors).toEqual([]);
});

test('goal seek says plainly when no rate in range reaches the value', async () => {
  await openDemo(tab.page);
  await summaryCell(tab.page, 'forecastRevenue').click();
  await goalSeek(tab.page).locator('[data-testid=use-selected-set]').click();
  await cell(tab.page, 1, 'rate').click();
  await goalSeek(tab.page).locator('[data-testid=use-selected-changing]').click();
  await goalSeek(tab.page).locator('[data-testid=goal-seek-to]').fill('20000000');

  await goalSeek(tab.page).locator('[data-testid=solve]').click();

  await expectText(
    tab.page.locator('[data-testid=goal-seek-result] p'),
    'No value of Candidate accounts · Ideal conversion to next (B2) between 0% and 100% makes Revenue forecast (Assumptions!B13) equal 20,000,000. The closest it gets is 13,500,000, with Candidate accounts · Ideal conversion to next (B2) at 100%.',
  );
  expect(await goalSeek(tab.page).locator('[data-testid=apply-goal-seek]').isDisabled()).toBe(true);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ sensitivity

test('the sensitivity table ranks every stage that converts to a next one', async () => {
  await openDemo(tab.page);
  const stages = await stageNames(tab.page);
  const ids: string[] = [];
  for (let position = 1; position < stages.length; position++) ids.push((await stageRow(tab.page, position).getAttribute('data-stage'))!);

  await scrollToSensitivity(tab.page, () => sensitivityRows(tab.page).count(), stages.length - 1);

  const rows = await sensitivityRows(tab.page).all();
  expect(await Promise.all(rows.map((row) => row.getAttribute('data-rank')))).toEqual(['1', '2', '3', '4']);
  expect((await Promise.all(rows.map((row) => row.getAttribute('data-stage')))).sort()).toEqual([...ids].sort());
  expect(await Promise.all(rows.map((row) => textOf(row.locator('th'))))).toEqual([
    'Candidate accounts',
    'Prospects',
    'Engaged accounts',
    'Key accounts',
  ]);
  expect(await textOf(rows[0].locator('td[data-column=plusOnePoint-won]'))).toBe('+1');
  expect(await textOf(rows[0].locator('td[data-column=plusOnePoint-revenue]'))).toBe('+100,000');
  expect(tab.errors).toEqual([]);
});

test('the sensitivity panel computes nothing while it is off screen, and shows the latest edit once scrolled to', async () => {
  await openDemo(tab.page);
  await scrollToSensitivity(tab.page, () => sensitivityRows(tab.page).count(), 4);
  const table = tab.page.locator('[data-testid=sensitivity] tbody');
  const before = await textOf(table);
  await tab.page.evaluate(() => window.scrollTo(0, 0));
  const runs = await sensitivityRuns(tab.page);

  await typeIntoCell(cell(tab.page, 2, 'rate'), '60%');
  await waitForSaved(tab.page);
  await tab.page.waitForTimeout(500);
  expect(await sensitivityRuns(tab.page)).toBe(runs);

  await scrollToSensitivity(tab.page, async () => (await textOf(table)) !== before, true);
  expect(await sensitivityRuns(tab.page)).toBe(runs + 1);
  expect(tab.errors).toEqual([]);
});

test('scrolling away from the sensitivity panel and back, with no edit between, does not compute it again', async () => {
  await openDemo(tab.page);
  await scrollToSensitivity(tab.page, () => sensitivityRows(tab.page).count(), 4);
  const runs = await sensitivityRuns(tab.page);

  await tab.page.evaluate(() => window.scrollTo(0, 0));
  await tab.page.waitForTimeout(300);
  await scrollToSensitivity(tab.page, () => sensitivityRows(tab.page).count(), 4);
  await tab.page.waitForTimeout(500);

  expect(await sensitivityRuns(tab.page)).toBe(runs);
  expect(await tab.page.locator('[data-testid=sensitivity-panel] [aria-busy=true]').count()).toBe(0);
  expect(tab.errors).toEqual([]);
});

// ------------------------------------------------------------------ probability

test('the probability panel shows P(hit), the quantiles and a histogram in English', async () => {
  await openDemo(tab.page);

  await waitForProbability(tab.page);

  expect(await textOf(pHit(tab.page))).toMatch(/^\d+(\.\d)?%$/);
  expect(await textOf(probability(tab.page).locator('.headline span:not(.big)'))).toBe(
    'chance of winning at least 38 deals (3,800,000) with 360 entering “Candidate accounts”',
  );
  expect(await quantileRow(tab.page, 'won')).toHaveLength(3);
  expect((await quantileRow(tab.page, 'revenue')).every((text) => /^[\d,]+$/.test(text))).toBe(true);
  expect(await probability(tab.page).locator('[data-testid=histogram] rect').count()).toBeGreaterThan(5);
  expect(await textOf(probability(tab.page).locator('[data-testid=probability-top-needed]'))).toMatch(
    /^To hit the target with a chance of 80%, [\d,]+ must enter “Candidate accounts”\./,
  );
  expect(await probability(tab.page).locator('[data-testid=rate-sources] li[data-source=counts]').count()).toBe(4);
  expect(tab.errors).toEqual([]);
});

test('the probability panel shows P(hit), the quantiles and a histogram in Chinese', async () => {
  await openDemo(tab.page);
  await waitForProbability(tab.page);
  const hit = await textOf(pHit(tab.page));

  await chooseLanguage(tab.page, '中文');

  await expectText(probability(tab.page).locator('h2'), '达成目标的概率');
  expect(await textOf(pHit(tab.page))).toBe(hit);
  expect(await textOf(probability(tab.page).locator('.headline span:not(.big)'))).toBe(
    '的概率至少成交 38 单（380万），按“Candidate accounts”进入 360 计算',
  );
  expect(await textOf(probability(tab.page).locator('[data-testid=quantiles] tr[data-row=won] th'))).toBe('成交单数');
  expect(await quantileRow(tab.page, 'won')).toHaveLength(3);
  expect(await probability(tab.page).locator('[data-testid=histogram] rect').count()).toBeGreaterThan(5);
  expect(await textOf(probability(tab.page).locator('[data-testid=probability-top-needed]'))).toMatch(/^要有 80% 的把握达成目标，“Candidate accounts”需要进入 [\d,.万]+。/);
  expect(tab.errors).toEqual([]);
});
