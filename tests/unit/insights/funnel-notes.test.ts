import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../../src/lib/document';
import { bottleneckStatement, describeNote, funnelNotes } from '../../../src/lib/insights';
import { exampleOneWorkbook, weeklyReportWorkbook } from '../../fixtures/workbooks';
import { Grid, speak } from './grid';

const messages = (grid: Grid) => funnelNotes(grid.doc, grid.read).map((note) => note.message);
const en = speak('en');
const zh = speak('zh-CN');

describe('notes about the whole funnel', () => {
  it('say a funnel without stages has to start with one', () => {
    const grid = new Grid(createWorkbook({ name: 'Empty', target: 1_000, avgDeal: 10, stages: [] }));
    expect(messages(grid)).toEqual(['insights.funnel.noStages']);
  });

  it('say one stage has no conversion', () => {
    const grid = new Grid(createWorkbook({ name: 'One', target: 1_000, avgDeal: 10, stages: [{ name: 'Won', actual: 3 }] }));
    expect(messages(grid)).toEqual(['insights.funnel.oneStage']);
  });

  it('ask for actual entries while only the plan is typed, in both languages', () => {
    const grid = new Grid(exampleOneWorkbook());
    const [note] = funnelNotes(grid.doc, grid.read);
    expect(describeNote(note, en.t, en.number)).toBe('Type actual entries to compare the funnel with the plan.');
    expect(describeNote(note, zh.t, zh.number)).toBe('填写实际入口数量，即可把漏斗与计划进行比较。');
  });

  it('have nothing to add to the complete weekly report', () => {
    expect(messages(new Grid(weeklyReportWorkbook()))).toEqual([]);
  });

  it('name the stages whose actual entries are missing', () => {
    const grid = new Grid(weeklyReportWorkbook());
    grid.type(grid.at(2, 'actual'), '');
    expect(describeNote(funnelNotes(grid.doc, grid.read)[0], en.t, en.number)).toBe(
      'No actual entries for “Stage 3”: the conversions around them cannot be compared.',
    );
  });

  it('ask for the won deals, without which no stage can be ranked', () => {
    const grid = new Grid(weeklyReportWorkbook());
    grid.type(grid.at(5, 'actual'), '');
    expect(messages(grid)).toEqual(['insights.funnel.wonMissing']);
    expect(bottleneckStatement(grid.doc, grid.read)).toBeNull();
  });

  it('say that with no deal won the stages cannot be ranked by deals gained', () => {
    const grid = new Grid(weeklyReportWorkbook());
    grid.type(grid.at(5, 'actual'), '0').type(grid.at(3, 'rate'), '0.9');
    expect(bottleneckStatement(grid.doc, grid.read)).toBeNull();
    expect(describeNote(funnelNotes(grid.doc, grid.read)[0], zh.t, zh.number)).toBe(
      '还没有任何一单到达“Stage 6”，无法按可多成交的单数排序：请比较各阶段与理想转化率的差距。',
    );
  });
});
