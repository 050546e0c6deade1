// Sentences in the user's language, built from message keys; every number goes through `number`.
import { assumptionKey, kindOfKey, type NumberKind } from '../document';
import { monthOf, yearOf, type CauseId } from '../domain';
import type { MessageKey, Params } from '../i18n';
import type { BottleneckStatement, WeakTopLayer } from './bottleneck';
import { HEALTH_CHECKS, type HealthNote } from './health';
import type { CellNote, FormatNumber, FunnelNote, NoteParam, NoteParams, Translate } from './read';

const MISSING = '—';

function nameList(names: readonly string[], t: Translate): string {
  return names.map((name) => t('insights.quoted', { name })).join(t('insights.list.separator'));
}

function formatParam(param: NoteParam, t: Translate, number: FormatNumber): string {
  if (typeof param === 'string') return param;
  return 'names' in param ? nameList(param.names, t) : number(param.value, param.kind);
}

export function formatParams(params: NoteParams, t: Translate, number: FormatNumber): Params {
  return Object.fromEntries(Object.entries(params).map(([name, param]) => [name, formatParam(param, t, number)]));
}

/** "Proposal → Negotiation converts 20% against an ideal 35%: fixing only this stage adds 7 deals (700,000)." */
export function describeBottleneck(statement: BottleneckStatement, t: Translate, number: FormatNumber): string {
  const params: Params = {
    from: statement.from,
    to: statement.to,
    actual: number(statement.actualRate, 'percent'),
    ideal: number(statement.idealRate, 'percent'),
    gain: number(statement.gain, 'count'),
  };
  if (statement.revenue === null) return t('insights.bottleneck.noRevenue', params);
  return t('insights.bottleneck', { ...params, revenue: number(statement.revenue, 'money') });
}

const causeList = (causes: readonly CauseId[], t: Translate) =>
  causes.map((cause) => t(`insights.cause.${cause}` as MessageKey)).join(t('insights.list.separator'));

/** "Few visits: check site speed." */
export function describeWeakLayer(layer: string, causes: readonly CauseId[], t: Translate): string {
  return t('insights.weakLayer', { layer: t(`insights.layer.${layer}` as MessageKey), causes: causeList(causes, t) });
}

/** "Few impressions (100,000 of 1,960,800 required): check keyword and account settings." */
export function describeTopLayer(top: WeakTopLayer, t: Translate, number: FormatNumber): string {
  return t('insights.topLayer', {
    layer: t(`insights.layer.${top.layer}`),
    actual: number(top.actual, 'count'),
    required: number(top.required, 'count'),
    causes: causeList(top.causes, t),
  });
}

/** A closing month reads as a month ("2026-03", "2026年03月"), not as the first day of it. */
function figure(value: number | undefined, kind: NumberKind, t: Translate, number: FormatNumber): string {
  if (value === undefined) return MISSING;
  if (kind !== 'date') return number(value, kind);
  return t('insights.month', { year: String(yearOf(value)), month: String(monthOf(value)).padStart(2, '0') });
}

export function describeWarning(warning: HealthNote, t: Translate, number: FormatNumber): string {
  const figures = HEALTH_CHECKS.find((check) => check.id === warning.id)?.figures ?? [];
  const params: Params = {};
  for (const id of figures) params[id] = figure(warning.values[id], kindOfKey(assumptionKey(id)) as NumberKind, t, number);
  return t(`insights.health.${warning.id}`, params);
}

export function describeNote(note: CellNote | FunnelNote, t: Translate, number: FormatNumber): string {
  return t(note.message, formatParams(note.params, t, number));
}
