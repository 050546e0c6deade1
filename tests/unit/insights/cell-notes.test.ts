import { describe, expect, it } from 'vitest';
import { assumptionKey, createWorkbook, mixKey, opportunityKey } from '../../../src/lib/document';
import { exitsExceedEntries, serialFromIso, zeroRateInChain } from '../../../src/lib/domain';
import { cellNotes, describeNote } from '../../../src/lib/insights';
import { exampleOneWorkbook, weeklyReportWorkbook } from '../../fixtures/workbooks';
import { Grid, speak } from './grid';

const d = serialFromIso;
const TODAY = d('2026-06-15');
const notesOf = (grid: Grid, today = TODAY) => cellNotes(grid.doc, grid.read, today);
const en = speak('en');
const zh = speak('zh-CN');

/** Leads (25 days) -> Won over a period ending on 2026-06-30: leads must enter by 2026-06-05. */
function leadTime(periodEnd = '2026-06-30') {
  const doc = createWorkbook({
    name: 'Lead time',
    target: 800_000,
    avgDeal: 10_000,
    stages: [{ name: 'Leads', rate: 0.8, cycleDays: 25 }, { name: 'Won', cycleDays: 0 }],
    assumptions: { periodStart: String(d('2026-06-01')), periodEnd: String(d(periodEnd)) },
  });
  return new Grid(doc);
}

describe('notes at cells', () => {
  it('find nothing to say about the worked example 1 plan', () => {
    expect(notesOf(new Grid(exampleOneWorkbook())).size).toBe(0);
  });

  it('put an error on a 0% rate, naming every stage whose required entries it makes impossible', () => {
    const grid = new Grid(exampleOneWorkbook());
    grid.type(grid.at(2, 'rate'), '0');
    expect(notesOf(grid).get(grid.at(2, 'rate'))).toEqual({
      message: 'insights.note.zeroRate',
      params: { stages: { names: ['Candidate accounts', 'Prospects', 'Engaged accounts'] } },
      level: 'error',
    });
  });

  it('agree with the grid about which required entries a 0% rate breaks', () => {
    const grid = new Grid(exampleOneWorkbook());
    grid.type(grid.at(2, 'rate'), '0');
    const broken = grid.doc.stages.map((_, i) => grid.read(grid.at(i, 'required')).type === 'error');
    expect(broken).toEqual([true, true, true, false, false]);
    expect(zeroRateInChain([0.25, 0.5, 0, 1])).toBe(2);
  });

  it('say a 0% rate in English', () => {
    const grid = new Grid(exampleOneWorkbook());
    grid.type(grid.at(1, 'rate'), '0');
    expect(describeNote(notesOf(grid).get(grid.at(1, 'rate'))!, en.t, en.number)).toBe(
      'A 0% conversion means nothing reaches the next stage, so no number of entries at “Candidate accounts”, “Prospects” can meet the target. Type the rate you expect.',
    );
  });

  it('put a warning on a rate left empty', () => {
    const grid = new Grid(exampleOneWorkbook());
    grid.type(grid.at(0, 'rate'), '');
    expect(notesOf(grid).get(grid.at(0, 'rate'))).toMatchObject({ message: 'insights.note.rateMissing', level: 'warning' });
  });

  it('put an error on the exits of a stage that lets out more than entered', () => {
    const grid = new Grid(weeklyReportWorkbook());
    grid.type(grid.at(1, 'actual'), '120');
    expect(exitsExceedEntries([100, 120, 40, 20, 10, 5])).toEqual([0]);
    expect(describeNote(notesOf(grid).get(grid.at(0, 'exits'))!, en.t, en.number)).toBe(
      '120 leave “Stage 1” but only 100 entered it: check the actual entries of this stage and the next.',
    );
  });

  it('say more exits than entries in Chinese', () => {
    const grid = new Grid(weeklyReportWorkbook());
    grid.type(grid.at(1, 'actual'), '120');
    expect(describeNote(notesOf(grid).get(grid.at(0, 'exits'))!, zh.t, zh.number)).toBe(
      '有 120 个离开“Stage 1”，但只有 100 个进入：请核对本阶段和下一阶段的实际数量。',
    );
  });

  it('warn when the close-by date has passed', () => {
    const grid = leadTime('2026-06-10');
    expect(describeNote(notesOf(grid).get(assumptionKey('closeBy'))!, en.t, en.number)).toBe('The close-by date 2026-06-10 has already passed.');
  });

  it('take a close-by date of today as still to come', () => {
    const grid = leadTime('2026-06-15');
    expect(notesOf(grid).has(assumptionKey('closeBy'))).toBe(false);
  });

  it('warn at each enter-by date already past, and only there', () => {
    // Leads must enter by 2026-06-30 - 25 days = 2026-06-05, before today; Won by 2026-06-30.
    const grid = leadTime();
    const notes = notesOf(grid);
    expect(notes.has(grid.at(0, 'enterBy'))).toBe(true);
    expect(notes.has(grid.at(1, 'enterBy'))).toBe(false);
  });

  it('say a past enter-by date in Chinese', () => {
    const grid = leadTime();
    expect(describeNote(notesOf(grid).get(grid.at(0, 'enterBy'))!, zh.t, zh.number)).toBe(
      '要按时成交，“Leads”须在 2026年6月5日 之前进入，这个日期已经过去。',
    );
  });

  it('warn when the typed shares of the mix add up to 80%', () => {
    const grid = new Grid(exampleOneWorkbook()).type(mixKey(0, 'share'), '0.5').type(mixKey(1, 'share'), '0.3');
    expect(describeNote(notesOf(grid).get(assumptionKey('mixShareTotal'))!, en.t, en.number)).toBe(
      'The shares of the deal-size mix add up to 80%, not 100%.',
    );
  });

  it('take the source’s 56.5 + 27.8 + 11 + 4.6 = 99.9% as adding up', () => {
    const grid = new Grid(exampleOneWorkbook());
    ['0.565', '0.278', '0.11', '0.046'].forEach((share, slot) => grid.type(mixKey(slot, 'share'), share));
    expect(notesOf(grid).has(assumptionKey('mixShareTotal'))).toBe(false);
  });

  it('put an error on an opportunity whose stage is not in the funnel', () => {
    const grid = new Grid(exampleOneWorkbook()).addOpportunity('o1', { amount: '1000000', stage: 'Nowhere' });
    expect(describeNote(notesOf(grid).get(opportunityKey('o1', 'stage'))!, en.t, en.number)).toBe(
      '“Nowhere” is not a stage of this funnel, so this opportunity adds nothing to the weighted pipeline. Stages: “Candidate accounts”, “Prospects”, “Engaged accounts”, “Key accounts”, “Won”.',
    );
  });

  it('match an opportunity’s stage ignoring case, as the grid’s lookup does', () => {
    const grid = new Grid(exampleOneWorkbook()).addOpportunity('o1', { amount: '1000000', stage: 'candidate ACCOUNTS' });
    expect(grid.number(opportunityKey('o1', 'probability'))).toBe(0.25);
    expect(notesOf(grid).has(opportunityKey('o1', 'stage'))).toBe(false);
  });
});
