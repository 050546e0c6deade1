// The weakest of a node's segments, and where it loses the most: read from the grid's own cells.
import { ROOT_NODE, nodeStageKey, segmentKey, segmentTree, type DocShape } from '../document';
import { weakestSegment } from '../domain';
import { numberAt, type FormatNumber, type Read, type Translate } from './read';

export interface WeakestSegment {
  nodeId: string;
  name: string;
  dimension: string;
  wonRate: number;
  /** The parent's won share of its entries, for comparison. */
  parentRate: number | null;
  /** The stage converting furthest below its ideal rate, if any stage has actuals on both sides. */
  stage: { from: string; to: string; actual: number; ideal: number } | null;
}

/** Among the segments directly under `parentId` with actuals, the one winning the least of its entries. */
export function weakestSegmentOf(doc: DocShape, read: Read, parentId: string = ROOT_NODE): WeakestSegment | null {
  const parent = segmentTree(doc).find((node) => node.id === parentId);
  const children = (parent?.childIds ?? []).map((id) => doc.segments.find((s) => s.id === id)!);
  if (children.length < 2) return null;
  const funnels = children.map((s) => [numberAt(read, segmentKey(s.id, 'actualTop')), numberAt(read, segmentKey(s.id, 'actualWon'))]);
  const index = weakestSegment(funnels);
  if (index === null) return null;
  const segment = children[index];
  const [top, won] = funnels[index] as [number, number];
  let stage: WeakestSegment['stage'] = null;
  let worst = 0;
  doc.stages.slice(0, -1).forEach((s, j) => {
    const gap = numberAt(read, nodeStageKey(segment.id, s.id, 'gap'));
    if (gap !== null && gap < worst) {
      worst = gap;
      const actual = numberAt(read, nodeStageKey(segment.id, s.id, 'actualRate'))!;
      stage = { from: s.name, to: doc.stages[j + 1].name, actual, ideal: actual - gap };
    }
  });
  return {
    nodeId: segment.id,
    name: segment.name,
    dimension: segment.dimension,
    wonRate: won / top,
    parentRate: numberAt(read, segmentKey(parentId, 'wonRate')),
    stage,
  };
}

/** "Weakest: Team B wins 2% of its entries (all 2.8%); Leads → Opportunities converts 10% against 20%." */
export function describeWeakestSegment(found: WeakestSegment, t: Translate, number: FormatNumber): string {
  const head = t(found.parentRate === null ? 'segments.weakest.noParent' : 'segments.weakest', {
    name: found.name,
    rate: number(found.wonRate, 'percent'),
    parent: found.parentRate === null ? '' : number(found.parentRate, 'percent'),
  });
  if (!found.stage) return head;
  return `${head} ${t('segments.weakest.stage', {
    from: found.stage.from,
    to: found.stage.to,
    actual: number(found.stage.actual, 'percent'),
    ideal: number(found.stage.ideal, 'percent'),
  })}`;
}
