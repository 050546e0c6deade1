import { parseCellKey } from './cell-key';
import type { Grain } from './segment-columns';
import { ROOT_NODE } from './segment-columns';
import type { SegmentDoc, WorkbookDoc } from './schema';

/** A node of the split tree in display order: the company first, then each segment under its parent. */
export interface SegmentNode {
  readonly id: string;
  /** `null` for the company. */
  readonly segment: SegmentDoc | null;
  readonly parentId: string | null;
  readonly depth: number;
  readonly childIds: readonly string[];
}

/**
 * The company and its segments in tree (pre-)order. Segments whose parent is missing hang under the
 * company, so a damaged file still shows every segment once.
 */
export function segmentTree(doc: Pick<WorkbookDoc, 'segments'>): readonly SegmentNode[] {
  // Views work the tree out again on every edit of a cell; the list of segments is a new array
  // whenever it changes, so the tree of the same array is the same tree.
  let nodes = trees.get(doc.segments);
  if (!nodes) {
    nodes = buildTree(doc.segments);
    trees.set(doc.segments, nodes);
  }
  return nodes;
}

const trees = new WeakMap<readonly SegmentDoc[], readonly SegmentNode[]>();

function buildTree(segments: readonly SegmentDoc[]): readonly SegmentNode[] {
  const ids = new Set(segments.map((s) => s.id));
  const parentOf = (s: SegmentDoc) => (s.parentId !== null && ids.has(s.parentId) && s.parentId !== s.id ? s.parentId : ROOT_NODE);
  const children = new Map<string, SegmentDoc[]>();
  for (const segment of segments) {
    const parent = parentOf(segment);
    children.set(parent, [...(children.get(parent) ?? []), segment]);
  }
  const nodes: SegmentNode[] = [];
  const seen = new Set<string>();
  const visit = (id: string, segment: SegmentDoc | null, parentId: string | null, depth: number) => {
    if (seen.has(id)) return; // a parent cycle in a damaged file: each node once
    seen.add(id);
    const kids = children.get(id) ?? [];
    nodes.push({ id, segment, parentId, depth, childIds: kids.map((k) => k.id) });
    for (const kid of kids) visit(kid.id, kid, id, depth + 1);
  };
  visit(ROOT_NODE, null, null, 0);
  // Segments caught in a cycle never reach the root: attach them to it.
  for (const segment of segments) if (!seen.has(segment.id)) visit(segment.id, segment, ROOT_NODE, 1);
  return nodes;
}

/** Whether the workbook is split at all: only then do the segment sheets have rows. */
export const isSplit = (doc: Pick<WorkbookDoc, 'segments' | 'grain'>): boolean => doc.segments.length > 0 || !!doc.grain;

export function addSegment(doc: WorkbookDoc, segment: SegmentDoc): WorkbookDoc {
  const parentId = segment.parentId === ROOT_NODE ? null : segment.parentId;
  return { ...doc, segments: [...doc.segments, { ...segment, parentId }] };
}

export function renameSegment(doc: WorkbookDoc, id: string, name: string): WorkbookDoc {
  return { ...doc, segments: doc.segments.map((s) => (s.id === id ? { ...s, name } : s)) };
}

/** The segment and every segment below it. */
export function subtreeIds(doc: Pick<WorkbookDoc, 'segments'>, id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of doc.segments) {
      if (s.parentId !== null && out.has(s.parentId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Removes a segment, the segments below it and everything typed in their cells, in every layer. */
export function removeSegment(doc: WorkbookDoc, id: string): WorkbookDoc {
  const gone = subtreeIds(doc, id);
  const keep = (key: string) => {
    const parsed = parseCellKey(key);
    return !((parsed?.scope === 'segment' || parsed?.scope === 'nodeStage') && gone.has(parsed.nodeId));
  };
  const filter = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).filter(([key]) => keep(key)));
  return {
    ...doc,
    segments: doc.segments.filter((s) => !gone.has(s.id)),
    cells: filter(doc.cells),
    scenarios: doc.scenarios.map((s) => ({ ...s, overrides: filter(s.overrides) })),
  };
}

export function setGrain(doc: WorkbookDoc, grain: Grain | null): WorkbookDoc {
  return { ...doc, grain };
}

/**
 * A test of whether a cell key names a cell this document has: a stage, opportunity or segment that
 * exists. Restoring drops the others and reports them.
 */
export function cellKeyFilter(doc: Pick<WorkbookDoc, 'stages' | 'opportunities' | 'segments'>): (key: string) => boolean {
  const stages = new Set(doc.stages.map((s) => s.id));
  const opportunities = new Set(doc.opportunities.map((o) => o.id));
  const nodes = new Set([ROOT_NODE, ...doc.segments.map((s) => s.id)]);
  return (key) => {
    const parsed = parseCellKey(key);
    switch (parsed?.scope) {
      case undefined:
        return false;
      case 'stage':
        return stages.has(parsed.stageId);
      case 'opportunity':
        return opportunities.has(parsed.opportunityId);
      case 'segment':
        return nodes.has(parsed.nodeId);
      case 'nodeStage':
        return nodes.has(parsed.nodeId) && stages.has(parsed.stageId);
      default:
        return true;
    }
  };
}
