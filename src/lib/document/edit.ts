import { opportunityKey, parseCellKey, type CellKey } from './cell-key';
import type { OpportunityColumnId } from './columns';
import type { StageDoc, WorkbookDoc } from './schema';

// Pure document transitions: each returns a new document and leaves the old one intact,
// which is what makes undo a matter of keeping the old one. The one exception,
// patchBaseCellsInPlace, is the open session's own, whose undo then keeps a patch.

/** Typed texts by key, as a patch of cells: '' clears a cell. */
export type CellPatch = readonly (readonly [CellKey, string])[];

/** Writes `patch` into a record of cells; returns the patch that undoes it. */
export function writePatch(cells: Record<string, string>, patch: CellPatch): CellPatch {
  const undo = patch.map(([key]) => [key, cells[key] ?? ''] as const).reverse();
  for (const [key, raw] of patch) {
    if (raw === '') delete cells[key];
    else cells[key] = raw;
  }
  return undo;
}

/** Sets what the user typed in a cell; an empty text clears it (a formula cell returns to its default). */
export function setCell(doc: WorkbookDoc, key: CellKey, raw: string): WorkbookDoc {
  return setCells(doc, [[key, raw]]);
}

/** A copy of a record of cells with `patch` written in: one copy, however many cells. */
export function patched(cells: Readonly<Record<string, string>>, patch: CellPatch): Record<string, string> {
  const next = { ...cells };
  writePatch(next, patch);
  return next;
}

/** Sets many typed cells with one copy of the cells (one per cell would copy a big plan's cells each time). */
export function setCells(doc: WorkbookDoc, patch: CellPatch): WorkbookDoc {
  return patch.length === 0 ? doc : { ...doc, cells: patched(doc.cells, patch) };
}

/**
 * Writes `patch` into the base cells of `doc` themselves and returns the patch that undoes it. Only
 * for the one owner of the open document, which then makes a new document around the same record
 * and whose undo keeps patches rather than documents: a plan of 50,000 typed cells takes ~25 ms to
 * copy, on every edit. Every other edit stays a pure transition.
 */
export function patchBaseCellsInPlace(doc: WorkbookDoc, patch: CellPatch): CellPatch {
  return writePatch(doc.cells, patch);
}

export function renameWorkbook(doc: WorkbookDoc, name: string): WorkbookDoc {
  return { ...doc, name };
}

export function setPeriodLabel(doc: WorkbookDoc, label: string): WorkbookDoc {
  return { ...doc, period: { ...doc.period, label } };
}

export function renameStage(doc: WorkbookDoc, stageId: string, name: string): WorkbookDoc {
  return { ...doc, stages: doc.stages.map((s) => (s.id === stageId ? { ...s, name } : s)) };
}

export function insertStage(doc: WorkbookDoc, index: number, stage: StageDoc): WorkbookDoc {
  const stages = [...doc.stages];
  stages.splice(Math.max(0, Math.min(index, stages.length)), 0, stage);
  return { ...doc, stages };
}

/** Removes a stage together with everything typed in its cells, in the base and in every scenario. */
export function removeStage(doc: WorkbookDoc, stageId: string): WorkbookDoc {
  const keep = (key: string) => {
    const parsed = parseCellKey(key);
    return !((parsed?.scope === 'stage' || parsed?.scope === 'nodeStage') && parsed.stageId === stageId);
  };
  const filter = (cells: Record<string, string>) =>
    Object.fromEntries(Object.entries(cells).filter(([key]) => keep(key)));
  return {
    ...doc,
    stages: doc.stages.filter((s) => s.id !== stageId),
    cells: filter(doc.cells),
    scenarios: doc.scenarios.map((s) => ({ ...s, overrides: filter(s.overrides) })),
  };
}

export function moveStage(doc: WorkbookDoc, from: number, to: number): WorkbookDoc {
  const stages = [...doc.stages];
  const [moved] = stages.splice(from, 1);
  if (!moved) return doc;
  stages.splice(Math.max(0, Math.min(to, stages.length)), 0, moved);
  return { ...doc, stages };
}

/** Adds an open opportunity with its first cells (amount, stage name, owner, close date as typed). */
export function addOpportunity(doc: WorkbookDoc, id: string, cells: Partial<Record<OpportunityColumnId, string>> = {}): WorkbookDoc {
  const next = { ...doc.cells };
  for (const [column, raw] of Object.entries(cells)) if (raw) next[opportunityKey(id, column as OpportunityColumnId)] = raw;
  return { ...doc, opportunities: [...doc.opportunities, { id }], cells: next };
}

/** Removes an opportunity and everything typed in its row. */
export function removeOpportunity(doc: WorkbookDoc, id: string): WorkbookDoc {
  const prefix = `o.${id}.`;
  return {
    ...doc,
    opportunities: doc.opportunities.filter((o) => o.id !== id),
    cells: Object.fromEntries(Object.entries(doc.cells).filter(([key]) => !key.startsWith(prefix))),
  };
}
