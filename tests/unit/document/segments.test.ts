// The split tree of a workbook (issue 4): order, damaged parents, removal and which keys belong.
import { describe, expect, it } from 'vitest';
import {
  ROOT_NODE,
  addSegment,
  cellKeyFilter,
  createWorkbook,
  nodeStageKey,
  parseCellKey,
  removeSegment,
  segmentKey,
  segmentTree,
  setCell,
  type WorkbookDoc,
} from '../../../src/lib/document';

const base = () => createWorkbook({ name: 'Split', target: 100, avgDeal: 10, stages: [{ name: 'Leads', rate: 0.5 }, { name: 'Won' }] });
const seg = (id: string, parentId: string | null, dimension = 'team') => ({ id, dimension, name: id.toUpperCase(), parentId });

function teamsAndReps(): WorkbookDoc {
  let doc = base();
  doc = addSegment(doc, seg('north', null));
  doc = addSegment(doc, seg('south', null));
  doc = addSegment(doc, seg('rep1', 'north', 'rep'));
  return doc;
}

describe('segment tree', () => {
  it('lists the company first, then each segment under its parent', () => {
    expect(segmentTree(teamsAndReps()).map((n) => [n.id, n.depth])).toEqual([[ROOT_NODE, 0], ['north', 1], ['rep1', 2], ['south', 1]]);
  });

  it('puts a segment whose parent is missing under the company', () => {
    const doc = { ...base(), segments: [seg('lost', 'nowhere')] };
    expect(segmentTree(doc).map((n) => [n.id, n.parentId])).toEqual([[ROOT_NODE, null], ['lost', ROOT_NODE]]);
  });

  it('shows each segment of a parent cycle once', () => {
    const doc = { ...base(), segments: [seg('a', 'b'), seg('b', 'a')] };
    expect(segmentTree(doc).map((n) => n.id).sort()).toEqual([ROOT_NODE, 'a', 'b'].sort());
  });

  it('is worked out once for an edit of a cell, which keeps the list of segments', () => {
    const doc = teamsAndReps();
    const edited = setCell(doc, segmentKey('north', 'share'), '0.6');
    expect(segmentTree(edited)).toBe(segmentTree(doc));
  });

  it('follows a new list of segments', () => {
    const doc = teamsAndReps();
    const tree = segmentTree(doc);
    const added = addSegment(doc, seg('rep2', 'south', 'rep'));
    expect(segmentTree(added)).not.toBe(tree);
    expect(segmentTree(added).map((n) => n.id)).toEqual([ROOT_NODE, 'north', 'rep1', 'south', 'rep2']);
  });
});

describe('segment cells', () => {
  it('parses segment and segment-stage keys', () => {
    expect(parseCellKey(segmentKey('north', 'share'))).toEqual({ scope: 'segment', nodeId: 'north', column: 'share' });
    expect(parseCellKey(nodeStageKey('north', 'st1', 'p3'))).toEqual({ scope: 'nodeStage', nodeId: 'north', stageId: 'st1', column: 'p3' });
    expect(parseCellKey('n.north.actual')).toBeNull();
    expect(parseCellKey('g.north.nonsense')).toBeNull();
  });

  it('removing a team removes its reps and everything typed in them', () => {
    let doc = teamsAndReps();
    const stage = doc.stages[0].id;
    doc = setCell(doc, nodeStageKey('rep1', stage, 'actual'), '5');
    doc = setCell(doc, nodeStageKey('south', stage, 'actual'), '7');
    doc = removeSegment(doc, 'north');
    expect(doc.segments.map((s) => s.id)).toEqual(['south']);
    expect(Object.keys(doc.cells).filter((k) => k.startsWith('n.'))).toEqual([nodeStageKey('south', stage, 'actual')]);
  });

  it('keys of missing segments or stages do not belong to the workbook', () => {
    const doc = teamsAndReps();
    const belongs = cellKeyFilter(doc);
    const stage = doc.stages[0].id;
    expect(belongs(nodeStageKey('rep1', stage, 'actual'))).toBe(true);
    expect(belongs(segmentKey(ROOT_NODE, 'target'))).toBe(true);
    expect(belongs(nodeStageKey('gone', stage, 'actual'))).toBe(false);
    expect(belongs(nodeStageKey('rep1', 'nostage', 'actual'))).toBe(false);
  });
});
