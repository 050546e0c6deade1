// Diagnosis: from where the funnel is weak to the causes the source names for it.
import { rankBottlenecks, type StageGain } from './bottleneck';

export type CauseId =
  | 'keywords-account'
  | 'ad-creative'
  | 'site-speed'
  | 'site-quality'
  | 'content-relevance'
  | 'ease-of-contact'
  | 'sales-capability';

/** Search-marketing funnel (搜索营销效果转化漏斗): the causes of too few of each layer. */
const SEARCH_CAUSES: Readonly<Record<string, readonly CauseId[]>> = {
  impressions: ['keywords-account'],
  clicks: ['keywords-account', 'ad-creative'],
  visits: ['site-speed'],
  inquiries: ['site-quality', 'content-relevance', 'ease-of-contact'],
  orders: ['sales-capability'],
};

/** Causes of a weak layer; none for a layer the source does not diagnose. */
export function causesOfWeakLayer(layerKey: string): CauseId[] {
  return Object.hasOwn(SEARCH_CAUSES, layerKey) ? [...SEARCH_CAUSES[layerKey]] : [];
}

/**
 * The layer a bottleneck leaves short: a low conversion from stage i to i + 1 means too few of
 * stage i + 1, so that is the layer whose causes apply.
 */
export function weakLayerOfBottleneck(stageKeys: readonly string[], bottleneckStage: number): string | undefined {
  return stageKeys[bottleneckStage + 1];
}

// Gains below this are floating-point dust from a rate that equals its ideal, not a stage to fix.
const DUST = 1e-9;

/** The bottleneck worth fixing, or null when every stage meets its ideal. */
export function bottleneckFinding(actualEntries: readonly number[], idealRates: readonly number[]): StageGain | null {
  const top = rankBottlenecks(actualEntries, idealRates)[0];
  return top !== undefined && top.gain > DUST ? top : null;
}
