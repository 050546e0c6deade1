// Segments (issue 4) through the real engine: roll-ups, inheritance, top-down and bottom-up.
import { describe, expect, it } from 'vitest';
import {
  ROOT_NODE,
  addSegment,
  createWorkbook,
  nodeStageKey as ns,
  segmentKey as sk,
  setGrain,
  stageKey,
  type WorkbookDoc,
} from '../../../src/lib/document';
import * as domain from '../../../src/lib/domain';
import { Grid } from '../insights/grid';

const STAGES = [{ name: 'Leads', rate: 0.2 }, { name: 'Opportunities', rate: 0.5 }, { name: 'Won' }];
// Team A is small but converts well; team B is large and converts badly: averaging their rates
// (weighing both alike) overstates the company's conversion.
const ACTUALS: Record<string, number[]> = { a: [10, 5, 4], b: [1000, 100, 20], c: [200, 40, 10] };

function teams(): Grid {
  let doc: WorkbookDoc = createWorkbook({ name: 'Teams', target: 1_000_000, avgDeal: 10_000, stages: STAGES });
  for (const id of ['a', 'b', 'c']) doc = addSegment(doc, { id, dimension: 'team', name: `Team ${id}`, parentId: null });
  const grid = new Grid(doc);
  for (const [id, entries] of Object.entries(ACTUALS)) {
    entries.forEach((v, j) => grid.type(ns(id, doc.stages[j].id, 'actual'), String(v)));
  }
  return grid;
}

const stage = (grid: Grid, j: number) => grid.doc.stages[j].id;
const entriesOf = (grid: Grid, node: string) => grid.doc.stages.map((s) => grid.number(ns(node, s.id, 'actual')));

describe('segments roll up to the company', () => {
  it('company entries are the sums of the teams, stage by stage', () => {
    const grid = teams();
    expect(entriesOf(grid, ROOT_NODE)).toEqual([1210, 145, 34]);
    expect(entriesOf(grid, ROOT_NODE)).toEqual(domain.rollUpEntries(Object.values(ACTUALS)));
  });

  it('the company funnel takes the rolled-up entries as its actuals', () => {
    const grid = teams();
    expect(grid.doc.stages.map((_, j) => grid.number(grid.at(j, 'actual')))).toEqual([1210, 145, 34]);
  });

  it('company rates are recomputed from the summed entries, not averaged', () => {
    const grid = teams();
    const rolled = grid.number(ns(ROOT_NODE, stage(grid, 0), 'actualRate'));
    const averaged = (0.5 + 0.1 + 0.2) / 3;
    // The engine reports about 11 significant digits.
    expect(rolled).toBeCloseTo(145 / 1210, 9);
    expect(rolled).toBeCloseTo(domain.stageRates([1210, 145, 34])[0], 9);
    expect(Math.abs(rolled - averaged)).toBeGreaterThan(0.1);
  });

  it('a team that types its own rate overrides the company rate, the others inherit it', () => {
    const grid = teams();
    grid.type(ns('a', stage(grid, 0), 'rate'), '0.4');
    expect(grid.number(ns('a', stage(grid, 0), 'rate'))).toBe(0.4);
    expect(grid.number(ns('b', stage(grid, 0), 'rate'))).toBe(0.2);
    grid.type(stageKey(stage(grid, 0), 'rate'), '0.25');
    expect(grid.number(ns('b', stage(grid, 0), 'rate'))).toBe(0.25);
    expect(grid.number(ns('a', stage(grid, 0), 'rate'))).toBe(0.4);
  });

  it('a rep inherits from its team, not from the company', () => {
    let grid = teams();
    grid.type(ns('a', stage(grid, 1), 'rate'), '0.8');
    grid.doc = addSegment(grid.doc, { id: 'r1', dimension: 'rep', name: 'Rep 1', parentId: 'a' });
    grid = new Grid(grid.doc);
    expect(grid.number(ns('r1', stage(grid, 1), 'rate'))).toBe(0.8);
    expect(grid.number(ns('r1', stage(grid, 0), 'rate'))).toBe(0.2);
  });

  it('the weakest team is the one winning the least of its leads', () => {
    const grid = teams();
    const won = ['a', 'b', 'c'].map((id) => grid.number(sk(id, 'wonRate')));
    expect(won).toEqual([0.4, 0.02, 0.05]);
    expect(domain.weakestSegment(Object.values(ACTUALS))).toBe(1);
  });
});

describe('top-down and bottom-up', () => {
  it('equal split: each of three teams gets a third of the company target', () => {
    const grid = teams();
    for (const id of ['a', 'b', 'c']) expect(grid.number(sk(id, 'target'))).toBeCloseTo(1_000_000 / 3, 4);
  });

  it('split by share, then summed back up, reaches the company target with no gap', () => {
    const grid = teams();
    grid.type(sk('a', 'share'), '0.5').type(sk('b', 'share'), '0.3').type(sk('c', 'share'), '0.2');
    expect(['a', 'b', 'c'].map((id) => grid.number(sk(id, 'target')))).toEqual(domain.splitTarget(1_000_000, 3, { shares: [0.5, 0.3, 0.2] }));
    expect(grid.number(sk(ROOT_NODE, 'childTargets'))).toBeCloseTo(1_000_000, 6);
    expect(grid.number(sk(ROOT_NODE, 'planGap'))).toBeCloseTo(0, 6);
  });

  it('split by capacity when no share is typed', () => {
    const grid = teams();
    grid.type(sk('a', 'capacity'), '2').type(sk('b', 'capacity'), '6').type(sk('c', 'capacity'), '2');
    expect(grid.number(sk('b', 'target'))).toBeCloseTo(600_000, 6);
  });

  it('typed team targets are the bottom-up plan; the gap to the company target shows', () => {
    const grid = teams();
    grid.type(sk('a', 'target'), '300000').type(sk('b', 'target'), '400000').type(sk('c', 'target'), '200000');
    expect(grid.number(sk(ROOT_NODE, 'planGap'))).toBe(-100_000);
  });

  it('each team target reverses to the top-of-funnel volume it needs', () => {
    const grid = teams();
    grid.type(sk('a', 'share'), '0.5');
    // 500,000 / 10,000 = 50 deals; at 50% then 20%: 100 opportunities, 500 leads.
    expect(grid.number(sk('a', 'dealsNeeded'))).toBe(50);
    expect(grid.number(sk('a', 'requiredTop'))).toBe(domain.requiredEntries(50, [0.2, 0.5, 1], 'per-stage')[0]);
  });
});

describe('periods', () => {
  it('monthly entries add up to the total, and each month has its own conversion rate', () => {
    let doc = setGrain(createWorkbook({ name: 'Months', target: 100_000, avgDeal: 1_000, stages: STAGES }), 'month');
    doc = addSegment(doc, { id: 'a', dimension: 'team', name: 'A', parentId: null });
    const grid = new Grid(doc);
    const [leads, opps] = doc.stages.map((s) => s.id);
    grid.type(ns('a', leads, 'p0'), '100').type(ns('a', leads, 'p1'), '50').type(ns('a', opps, 'p0'), '10').type(ns('a', opps, 'p1'), '20');
    expect(grid.number(ns('a', leads, 'actual'))).toBe(150);
    expect(grid.number(ns(ROOT_NODE, leads, 'p1'))).toBe(50);
    expect([grid.number(ns('a', leads, 'r0')), grid.number(ns('a', leads, 'r1'))]).toEqual([0.1, 0.4]);
    expect(grid.number(grid.at(0, 'actual'))).toBe(150);
  });
});
