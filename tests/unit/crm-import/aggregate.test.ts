import { describe, expect, it } from 'vitest';
import { aggregate, IGNORE, LOST, toTable, type AggregateInput } from '../../../src/lib/crm-import';

const STAGES = [
  { id: 'a', name: 'Leads' },
  { id: 'b', name: 'Proposal' },
  { id: 'c', name: 'Won' },
];
const HEADERS = ['Stage', 'Stage reached', 'Owner', 'Created', 'Amount'];
// Entries by hand: row 1 enters a; row 2 a,b; row 3 a,b,c; row 4 (lost after reaching b) a,b;
// row 5 (lost, reach unknown) a only; rows 6 and 7 are skipped.
// => a 5, b 3, c 1. Owner X: rows 1, 2, 5 -> a 3, b 1, c 0. Owner Y: rows 3, 4 -> a 2, b 2, c 1.
// Months by created date: 2026-01 rows 1, 2 -> a 2, b 1, c 0; 2026-02 rows 3, 4 -> a 2, b 2, c 1.
const ROWS = [
  ['Leads', '', 'X', '2026-01-10', '50万'],
  ['Proposal', '', 'X', '2026-01-20', '1,200,000'],
  ['Won', '', 'Y', '2026-02-03', '300000'],
  ['Closed lost', 'Proposal', 'Y', '2026-02-15', ''],
  ['Closed lost', '', 'X', '', ''],
  ['Mystery', '', 'Y', '2026-03-01', ''],
  ['', '', 'Y', '2026-03-01', ''],
];
const STAGE_MAPPING = new Map([['Leads', 'a'], ['Proposal', 'b'], ['Won', 'c'], ['Closed lost', LOST]]);

const input = (overrides: Partial<AggregateInput> = {}): AggregateInput => ({
  table: toTable([HEADERS, ...ROWS]),
  mapping: { stage: 0, reached: 1, owner: 2, created: 3, amount: 4 },
  shape: 'opportunities',
  stageMapping: STAGE_MAPPING,
  stages: STAGES,
  ...overrides,
});
const counts = (a: number, b: number, c: number) => new Map([['a', a], ['b', b], ['c', c]]);

describe('adding up an opportunity list into actual entries', () => {
  it('counts an opportunity at its stage and every stage before it', () => {
    expect(aggregate(input()).byStage).toEqual(counts(5, 3, 1));
  });

  it('splits the same entries per owner', () => {
    expect(aggregate(input()).byOwner).toEqual(new Map([['X', counts(3, 1, 0)], ['Y', counts(2, 2, 1)]]));
  });

  it('splits the same entries per month of the created date', () => {
    expect(aggregate(input()).byMonth).toEqual(new Map([['2026-01', counts(2, 1, 0)], ['2026-02', counts(2, 2, 1)]]));
  });

  it('counts a lost opportunity at the first stage only when there is no stage-reached column', () => {
    const result = aggregate(input({ mapping: { stage: 0, owner: 2 } }));
    // Row 4 now counts at a only: a 5, b 2, c 1.
    expect(result.byStage).toEqual(counts(5, 2, 1));
    expect(result.warnings.lostAtFirstStage).toBe(2);
  });

  it('reports rows whose stage is not mapped, with their stage names and row numbers', () => {
    const skipped = aggregate(input()).skipped;
    expect(skipped).toContainEqual({ reason: 'unmapped-stage', count: 1, rows: [7], values: ['Mystery'] });
    expect(skipped).toContainEqual({ reason: 'no-stage', count: 1, rows: [8], values: [] });
  });

  it('leaves out stages mapped to ignore and says so', () => {
    const result = aggregate(input({ stageMapping: new Map([...STAGE_MAPPING, ['Mystery', IGNORE]]) }));
    expect(result.skipped.find((s) => s.reason === 'ignored-stage')?.count).toBe(1);
    expect(result.counted).toBe(5);
  });

  it('keeps the open opportunities (not won, not lost) for the opportunities list', () => {
    const open = aggregate(input()).open;
    expect(open.map((o) => [o.stageId, o.amount, o.owner])).toEqual([['a', 500_000, 'X'], ['b', 1_200_000, 'X']]);
  });

  it('counts an unreadable amount as a warning, not a skipped row', () => {
    const table = toTable([HEADERS, ['Leads', '', 'X', '2026-01-10', 'tbd']]);
    const result = aggregate(input({ table }));
    expect(result.counted).toBe(1);
    expect(result.warnings.badAmount).toBe(1);
  });
});

describe('stage-count files', () => {
  const table = toTable([['Stage', 'Count'], ['Leads', '20'], ['Proposal', '6'], ['Won', '4'], ['Closed lost', '9'], ['Leads', '1']]);
  const countInput = (countsAre: 'entries' | 'current') =>
    input({ table, mapping: { stage: 0, count: 1 }, shape: 'stage-counts', countsAre });

  it('takes counts as entries as they are, adding up repeated stages', () => {
    expect(aggregate(countInput('entries')).byStage).toEqual(counts(21, 6, 4));
  });

  it('accumulates counts of opportunities now at each stage from the last stage up', () => {
    expect(aggregate(countInput('current')).byStage).toEqual(counts(31, 10, 4));
  });

  it('reports a lost stage in a count file as skipped', () => {
    expect(aggregate(countInput('entries')).skipped).toContainEqual({ reason: 'lost-stage', count: 1, rows: [5], values: ['Closed lost'] });
  });
});
