import { ASSUMPTIONS, parseCellKey, type CellKey, type WorkbookDoc } from '../document';

/**
 * A cell's name in words, for sentences such as "Revenue forecast becomes 3,800,000": the stage and
 * column for a funnel cell, the assumption's label, and so on. `t` translates a message key (the
 * caller passes the i18n layer's lookup, which falls back to the key when there is no message).
 */
export function cellLabel(doc: WorkbookDoc, key: CellKey, t: (messageKey: string) => string): string {
  const parsed = parseCellKey(key);
  switch (parsed?.scope) {
    case 'stage': {
      const stage = doc.stages.find((s) => s.id === parsed.stageId);
      return `${stage?.name ?? '?'} · ${t(`column.${parsed.column}`)}`;
    }
    case 'assumption': {
      const label = t(`assumption.${parsed.id}`);
      return label === `assumption.${parsed.id}` ? (ASSUMPTIONS.find((a) => a.id === parsed.id)?.name ?? key) : label;
    }
    case 'mix':
      return `${t('mix.title')} ${parsed.slot + 1} · ${t(`mix.${parsed.column}`)}`;
    case 'month':
      return `${t('months.title')} ${parsed.slot + 1} · ${t(`months.${parsed.column}`)}`;
    case 'opportunity': {
      const row = doc.opportunities.findIndex((o) => o.id === parsed.opportunityId);
      return `${t('opportunity.title')} ${row + 1} · ${t(`opportunity.${parsed.column}`)}`;
    }
    default:
      return key;
  }
}
