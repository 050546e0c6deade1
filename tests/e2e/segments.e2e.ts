// Issue 4 in Chromium: a director splits the company funnel into teams, types each team's actuals,
// and sees the company totals (sums, rates recomputed) and the weakest team, in both languages.
import { expect, test } from 'vitest';
import { chooseLanguage, createFromTemplate, stageCellKey, cellByKey } from './support/concepts-page';
import { freshStoragePerTest } from './support/session';
import { addSegment, segmentCell, segmentId, segmentStageCell, segmentsPanel, typeSegmentActuals, weakestSegment } from './support/segments-page';
import { expectText, reloadWorkbook, stageRows, textOf, typeIntoCell, waitForSaved } from './support/workbook-page';

const tab = freshStoragePerTest({ locale: 'en-US' });

const TEAMS = {
  North: [100, 60, 30, 21, 15],
  South: [200, 60, 20, 10, 4],
  East: [50, 30, 15, 10, 7],
};

async function stageIds(): Promise<string[]> {
  const count = await stageRows(tab.page).count();
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push((await stageCellKey(tab.page, i, 'actual')).split('.')[1]);
  return ids;
}

async function threeTeams(): Promise<{ stages: string[]; ids: Record<string, string> }> {
  await createFromTemplate(tab.page, 'Teams 2027', 'b2b-phases');
  const stages = await stageIds();
  const ids: Record<string, string> = {};
  for (const name of Object.keys(TEAMS)) {
    await addSegment(tab.page, `Team ${name}`);
    ids[name] = await segmentId(tab.page, `Team ${name}`);
  }
  for (const [name, actuals] of Object.entries(TEAMS)) await typeSegmentActuals(tab.page, ids[name], stages, actuals);
  return { stages, ids };
}

test('three teams add up to the company totals, in the split and in the funnel grid', async () => {
  const { stages } = await threeTeams();
  const totals = ['350', '150', '65', '41', '26'];
  for (const [j, total] of totals.entries()) {
    await expectText(segmentStageCell(tab.page, 'root', stages[j]), total);
    await expectText(cellByKey(tab.page, `s.${stages[j]}.actual`), total);
  }
  // 26 won of 350 entered: the company's rate comes from the sums, not from averaging 15%, 2% and 14%.
  await expectText(segmentCell(tab.page, 'root', 'wonRate'), '7.43%');
  expect(tab.errors).toEqual([]);
});

test('the weakest team is named with its largest shortfall', async () => {
  await threeTeams();
  // South converts 30%, 33.3%, 50%, 40% against 20%, 60%, 50%, 70%: the widest gap is the last one.
  await expectText(
    weakestSegment(tab.page),
    'Weakest: Team South wins 2% of its entries (the level above: 7.43%). Its largest shortfall: Negotiation and signing → After-sales follow-up (signed) converts 40% against an ideal 70%.',
  );
  await chooseLanguage(tab.page, '中文');
  expect(await textOf(weakestSegment(tab.page))).toContain('最弱：Team South');
  expect(tab.errors).toEqual([]);
});

test('each team gets a third of the company target and the plan below adds up to it', async () => {
  const { ids } = await threeTeams();
  for (const id of Object.values(ids)) await expectText(segmentCell(tab.page, id, 'target'), '1,666,666.67');
  await expectText(segmentCell(tab.page, 'root', 'planGap'), '0');
  expect(tab.errors).toEqual([]);
});

test('the split and its actuals are still there after a reload', async () => {
  const { stages, ids } = await threeTeams();
  await waitForSaved(tab.page);
  await reloadWorkbook(tab.page);
  await expectText(segmentStageCell(tab.page, ids.South, stages[0]), '200');
  await expectText(segmentStageCell(tab.page, 'root', stages[4]), '26');
  expect(tab.errors).toEqual([]);
});

test('monthly entries roll up to the company and each segment gets a small chart of its conversion by month', async () => {
  await createFromTemplate(tab.page, 'Months 2027', 'b2b-phases');
  const stages = await stageIds();
  await addSegment(tab.page, 'Team North');
  await addSegment(tab.page, 'Team South');
  const north = await segmentId(tab.page, 'Team North');
  await tab.page.locator('select[data-testid=segment-grain]').selectOption('month');
  // The period table opens on the first segment with nothing below it: Team North.
  const entries: [number, number, string][] = [[0, 0, '100'], [1, 0, '40'], [0, 1, '50'], [1, 1, '30']];
  for (const [stage, month, value] of entries) await typeIntoCell(segmentStageCell(tab.page, north, stages[stage], `p${month}`), value);
  await expectText(segmentStageCell(tab.page, 'root', stages[0]), '150');
  await expectText(segmentStageCell(tab.page, north, stages[0], 'r1'), '60%');
  const chart = tab.page.locator('[data-testid=chart-segment-trends]');
  await expect.poll(() => chart.locator('g.panel').count()).toBe(3);
  const points = chart.locator(`g.panel[data-segment="${north}"] circle`);
  await expect.poll(() => points.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-value'))))).toEqual([0.4, 0.6]);
  expect(tab.errors).toEqual([]);
});

test('the segment and stage names stay in view while their tables scroll sideways', async () => {
  await createFromTemplate(tab.page, 'Wide 2027', 'b2b-phases');
  await addSegment(tab.page, 'Team North');
  await tab.page.locator('select[data-testid=segment-grain]').selectOption('month');
  await tab.page.setViewportSize({ width: 700, height: 900 });
  const label = segmentsPanel(tab.page).locator('[data-testid=segment-label]', { hasText: 'Team North' });
  const stageName = tab.page.locator('[data-testid=segment-periods] tbody th').first();
  for (const name of [label, stageName]) {
    // Scrolled as far right as the table goes: the name's left edge is still at the scroller's.
    const offset = await name.evaluate((el) => {
      const scroller = el.closest('table')!.parentElement!;
      scroller.scrollLeft = scroller.scrollWidth;
      if (scroller.scrollLeft === 0) throw new Error('the table does not scroll sideways at this width');
      return el.closest('th')!.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
    });
    expect(Math.abs(offset)).toBeLessThan(2);
  }
  expect(tab.errors).toEqual([]);
});
