// The bottleneck (domain formula 3) and, for search marketing, where to look for its cause.
import { assumptionKey, stageKey, type DocShape } from '../document';
import { causesOfWeakLayer, weakLayerOfBottleneck, type CauseId } from '../domain';
import { numberAt, type Read } from './read';

export interface BottleneckStatement {
  /** Index of the stage whose conversion to the next stage is the bottleneck. */
  stageIndex: number;
  stageId: string;
  from: string;
  to: string;
  actualRate: number;
  idealRate: number;
  /** Deals gained if only this stage met its ideal: the stage's `gain` cell. */
  gain: number;
  /** gain * AvgDeal; null while the average deal is not a number. */
  revenue: number | null;
  causes: CauseId[];
  /** The search-marketing layer left short (e.g. `visits`), when the diagnosis applies. */
  weakLayer?: string;
}

/** Search-marketing layers, top to bottom (搜索营销效果转化漏斗). */
const SEARCH_LAYERS = ['impressions', 'clicks', 'visits', 'inquiries', 'orders'];

// A gain this small is floating-point dust from a rate equal to its ideal, as in the domain's finding.
const DUST = 1e-9;

/**
 * The source's diagnosis speaks of its four rates (CTR, visit, inquiry, order rate), so it applies
 * only when the bottleneck converts one search layer into the very next one; a stage the user
 * inserted or moved in between makes it a different conversion with no known causes.
 */
function diagnosis(doc: DocShape, index: number): Pick<BottleneckStatement, 'causes' | 'weakLayer'> {
  const keys = doc.stages.map((stage) => stage.key ?? '');
  const layer = SEARCH_LAYERS.indexOf(keys[index]);
  if (layer < 0 || SEARCH_LAYERS[layer + 1] !== keys[index + 1]) return { causes: [] };
  const weakLayer = weakLayerOfBottleneck(keys, index)!;
  return { weakLayer, causes: causesOfWeakLayer(weakLayer) };
}

/** The stage whose `gain` cell is the largest positive number; the topmost wins a tie. Null when none is. */
export function bottleneckStatement(doc: DocShape, read: Read): BottleneckStatement | null {
  type Found = Pick<BottleneckStatement, 'stageIndex' | 'actualRate' | 'idealRate' | 'gain'>;
  let found: Found | null = null;
  for (let stageIndex = 0; stageIndex < doc.stages.length - 1; stageIndex++) {
    const id = doc.stages[stageIndex].id;
    const gain = numberAt(read, stageKey(id, 'gain'));
    const actualRate = numberAt(read, stageKey(id, 'actualRate'));
    const idealRate = numberAt(read, stageKey(id, 'rate'));
    if (gain === null || actualRate === null || idealRate === null || gain <= DUST) continue;
    if (found === null || gain > found.gain) found = { stageIndex, actualRate, idealRate, gain };
  }
  if (found === null) return null;
  const avgDeal = numberAt(read, assumptionKey('avgDeal'));
  return {
    ...found,
    stageId: doc.stages[found.stageIndex].id,
    from: doc.stages[found.stageIndex].name,
    to: doc.stages[found.stageIndex + 1].name,
    revenue: avgDeal === null ? null : found.gain * avgDeal,
    ...diagnosis(doc, found.stageIndex),
  };
}

export interface WeakTopLayer {
  stageId: string;
  layer: 'impressions';
  actual: number;
  required: number;
  causes: CauseId[];
}

/**
 * No rate leads into the top layer, so too few impressions never shows as a bottleneck: it shows as
 * fewer actual impressions than the target requires. The source blames keywords and the account.
 */
export function weakTopLayer(doc: DocShape, read: Read): WeakTopLayer | null {
  const top = doc.stages[0];
  if (top?.key !== 'impressions') return null;
  const actual = numberAt(read, stageKey(top.id, 'actual'));
  const required = numberAt(read, stageKey(top.id, 'required'));
  if (actual === null || required === null || !(actual < required)) return null;
  return { stageId: top.id, layer: 'impressions', actual, required, causes: causesOfWeakLayer('impressions') };
}
