// The resources panel's one plain sentence: can the reps and the budget carry the plan, and if not, what is missing.
import type { MessageKey } from '../i18n';

type NumberFormatter = (value: number, kind: 'count' | 'money') => string;

/** A message with its parameters; a parameter may itself be a phrase, translated into its place. */
export interface Phrase {
  key: MessageKey;
  params?: Record<string, string | number | Phrase>;
}

/** The values as the resources cells show them; null where a cell is empty, an error or not a number. */
export interface FeasibilityValues {
  requiredTop: number | null;
  reps: number | null;
  repCapacity: number | null;
  repsNeeded: number | null;
  budget: number | null;
  leadsAffordable: number | null;
  budgetNeeded: number | null;
}

type Verdict = 'enough' | 'short' | 'unknown';

function repsPart(v: FeasibilityValues, top: number, format: NumberFormatter): [Verdict, Phrase] {
  if (v.reps === null || v.repCapacity === null || v.repsNeeded === null) return ['unknown', { key: 'resources.reps.unknown' }];
  const params = { reps: format(v.reps, 'count'), capacity: format(v.repCapacity, 'count'), needed: format(v.repsNeeded, 'count') };
  return v.repCapacity >= top ? ['enough', { key: 'resources.reps.enough', params }] : ['short', { key: 'resources.reps.short', params }];
}

function budgetPart(v: FeasibilityValues, format: NumberFormatter): [Verdict, Phrase] {
  if (v.budget === null || v.leadsAffordable === null || v.budgetNeeded === null) return ['unknown', { key: 'resources.budget.unknown' }];
  // Part of a lead is not a lead: the budget buys the whole ones.
  const params = { leads: format(Math.floor(v.leadsAffordable), 'count'), needed: format(v.budgetNeeded, 'money') };
  return v.budget >= v.budgetNeeded ? ['enough', { key: 'resources.budget.enough', params }] : ['short', { key: 'resources.budget.short', params }];
}

const verdicts: Record<Verdict, MessageKey> = {
  enough: 'resources.verdict.feasible',
  short: 'resources.verdict.notFeasible',
  unknown: 'resources.verdict.incomplete',
};

/**
 * The sentence for the resources panel, e.g. "Not feasible. The plan needs 408 leads: a team of 6
 * can carry 240 — a team of 11 is needed; the budget buys 300 leads — 54,400 is needed."
 * One resource short makes the plan not feasible even when the other is not yet known.
 */
export function feasibilityPhrase(values: FeasibilityValues, format: NumberFormatter): Phrase {
  const top = values.requiredTop;
  if (top === null || !Number.isFinite(top)) return { key: 'resources.noTop' };
  const [repsVerdict, reps] = repsPart(values, top, format);
  const [budgetVerdict, budget] = budgetPart(values, format);
  const both = [repsVerdict, budgetVerdict];
  const verdict: Verdict = both.includes('short') ? 'short' : both.includes('unknown') ? 'unknown' : 'enough';
  return {
    key: 'resources.sentence',
    params: { verdict: { key: verdicts[verdict] }, top: format(top, 'count'), reps, budget },
  };
}

/** Translates a phrase and the phrases inside it; the result is plain text. */
export function renderPhrase(phrase: Phrase, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  if (!phrase.params) return t(phrase.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params)) params[name] = typeof value === 'object' ? renderPhrase(value, t) : value;
  return t(phrase.key, params);
}

/** A number a cell shows, or null for an empty, text, boolean or error cell. */
export function numberOf(value: { type: string; value?: unknown }): number | null {
  return value.type === 'number' && typeof value.value === 'number' && Number.isFinite(value.value) ? value.value : null;
}
