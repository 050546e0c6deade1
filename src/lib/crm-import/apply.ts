import {
  opportunityKey,
  setCellsInActiveLayer,
  stageKey,
  type CellKey,
  type OpportunityColumnId,
  type WorkbookDoc,
} from '../document';
import type { ImportedOpportunity, ImportResult } from './aggregate';

/** The document's own limit on opportunities (schema.ts); more open ones than this are left out. */
export const MAX_OPPORTUNITIES = 20_000;

export interface ApplyOptions {
  /** Replace the workbook's open opportunities list with the file's open opportunities. */
  replaceOpportunities: boolean;
  newId: () => string;
}

/**
 * The import as one document edit (one step of undo): every stage's actual entries, written like a
 * typed value into the active layer (the base, or the scenario being edited), and optionally a new
 * open opportunities list. Opportunities live in the base only, as when they are added by hand.
 */
export function applyImport(doc: WorkbookDoc, result: ImportResult, options: ApplyOptions): WorkbookDoc {
  const patch: [CellKey, string][] = [];
  for (const stage of doc.stages) {
    const count = result.byStage.get(stage.id);
    if (count !== undefined) patch.push([stageKey(stage.id, 'actual'), String(count)]);
  }
  const next = setCellsInActiveLayer(doc, patch);
  return options.replaceOpportunities ? replaceOpportunities(next, result.open, options.newId) : next;
}

/** Keys written by applyImport for the actual entries (for callers that recompute only those). */
export const actualKeys = (doc: WorkbookDoc): CellKey[] => doc.stages.map((s) => stageKey(s.id, 'actual'));

function replaceOpportunities(doc: WorkbookDoc, open: readonly ImportedOpportunity[], newId: () => string): WorkbookDoc {
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const keep = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).filter(([key]) => !key.startsWith('o.')));
  const cells = keep(doc.cells);
  const opportunities = open.slice(0, MAX_OPPORTUNITIES).map((opportunity) => {
    const id = newId();
    const values: Partial<Record<OpportunityColumnId, string>> = {
      name: opportunity.name,
      amount: opportunity.amount === null ? '' : String(opportunity.amount),
      stage: stageName.get(opportunity.stageId) ?? '',
      owner: opportunity.owner,
      close: opportunity.close === null ? '' : String(opportunity.close),
    };
    for (const [column, raw] of Object.entries(values)) if (raw) cells[opportunityKey(id, column as OpportunityColumnId)] = raw;
    return { id };
  });
  return {
    ...doc,
    opportunities,
    cells,
    // A scenario's overrides of the old rows would point at opportunities that no longer exist.
    scenarios: doc.scenarios.map((s) => ({ ...s, overrides: keep(s.overrides) })),
  };
}
