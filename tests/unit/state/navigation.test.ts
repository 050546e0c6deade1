import { describe, expect, it } from 'vitest';
import { MIX_COLUMNS, addSegment, createWorkbook, nodeStageKey, setGrain, stageKey } from '../../../src/lib/document';
import { neighbour, tableOf } from '../../../src/lib/state/navigation';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

describe('arrow-key navigation', () => {
  const doc = exampleOneWorkbook();
  const [first, second] = doc.stages;

  it('moves down to the same column of the next stage', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'down')).toBe(stageKey(second.id, 'rate'));
  });

  it('moves right to the next column', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'right')).toBe(stageKey(first.id, 'required'));
  });

  it('stays put at the top edge', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'up')).toBe(stageKey(first.id, 'rate'));
  });

  it('moves down from the target to the average deal', () => {
    expect(neighbour(doc, 'a.target', 'down')).toBe('a.avgDeal');
  });
});

describe('the tables cells sit in', () => {
  const doc = exampleOneWorkbook();
  const [first] = doc.stages;

  it('moves left and right only through the columns of the view on show', () => {
    expect(neighbour(doc, stageKey(first.id, 'name'), 'right', ['name', 'probability'])).toBe(stageKey(first.id, 'probability'));
  });

  it('stays put for a key of a table it does not know', () => {
    expect(neighbour(doc, 'g.root.target', 'down')).toBe('g.root.target');
  });

  it('finds where a key sits in its table', () => {
    expect(tableOf(doc, 'x.2.share')?.positionOf('x.2.share')).toEqual({ row: 2, column: MIX_COLUMNS.findIndex((c) => c.id === 'share') });
  });

  it('walks the assumptions as one column', () => {
    expect(tableOf(doc, 'a.target')?.columns).toHaveLength(1);
  });
});

describe('a segment’s periods table', () => {
  it('walks the stages down and the months across, like the table on screen', () => {
    let doc = setGrain(createWorkbook({ name: 'P', target: 1, avgDeal: 1, stages: [{ name: 'A', rate: 0.5 }, { name: 'B' }] }), 'quarter');
    doc = addSegment(doc, { id: 'east', dimension: 'team', name: 'East', parentId: null });
    const [a, b] = doc.stages.map((s) => s.id);
    expect(neighbour(doc, nodeStageKey('east', a, 'p0'), 'right')).toBe(nodeStageKey('east', a, 'p1'));
    expect(neighbour(doc, nodeStageKey('east', a, 'p0'), 'down')).toBe(nodeStageKey('east', b, 'p0'));
    expect(neighbour(doc, nodeStageKey('east', a, 'p3'), 'right')).toBe(nodeStageKey('east', a, 'p3'));
  });
});
