import type { CellKey } from './cell-key';
import { patched, setCells, type CellPatch } from './edit';
import type { ScenarioDoc, WorkbookDoc } from './schema';

// Scenarios are named sets of overrides on top of the base cells. While one is active, edits go into
// its overrides, so the base never changes from inside a scenario.

export const activeScenario = (doc: WorkbookDoc): ScenarioDoc | undefined =>
  doc.activeScenarioId ? doc.scenarios.find((s) => s.id === doc.activeScenarioId) : undefined;

/** What the active layer (scenario or base) holds for a key, '' when nothing is typed there. */
export function typedInActiveLayer(doc: WorkbookDoc, key: CellKey): string {
  const scenario = activeScenario(doc);
  return (scenario ? scenario.overrides[key] : doc.cells[key]) ?? '';
}

/** Sets a cell in the active scenario's overrides, or in the base when no scenario is active. */
export function setCellInActiveLayer(doc: WorkbookDoc, key: CellKey, raw: string): WorkbookDoc {
  return setCellsInActiveLayer(doc, [[key, raw]]);
}

/** Sets many cells in the active layer with one copy of it. */
export function setCellsInActiveLayer(doc: WorkbookDoc, patch: CellPatch): WorkbookDoc {
  const scenario = activeScenario(doc);
  if (!scenario) return setCells(doc, patch);
  if (patch.length === 0) return doc;
  const overrides = patched(scenario.overrides, patch);
  return { ...doc, scenarios: doc.scenarios.map((s) => (s.id === scenario.id ? { ...s, overrides } : s)) };
}

/** Adds a scenario (a copy of `from`'s overrides when given) and makes it active. */
export function addScenario(doc: WorkbookDoc, id: string, name: string, from?: string): WorkbookDoc {
  const source = from ? doc.scenarios.find((s) => s.id === from) : undefined;
  const scenario: ScenarioDoc = { id, name, overrides: { ...(source?.overrides ?? {}) } };
  return { ...doc, scenarios: [...doc.scenarios, scenario], activeScenarioId: id };
}

export function renameScenario(doc: WorkbookDoc, id: string, name: string): WorkbookDoc {
  return { ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? { ...s, name } : s)) };
}

/** Removes a scenario; when it was active, the base becomes active. */
export function removeScenario(doc: WorkbookDoc, id: string): WorkbookDoc {
  return {
    ...doc,
    scenarios: doc.scenarios.filter((s) => s.id !== id),
    activeScenarioId: doc.activeScenarioId === id ? null : doc.activeScenarioId,
  };
}

/** Switches to a scenario, or to the base with null. */
export function setActiveScenario(doc: WorkbookDoc, id: string | null): WorkbookDoc {
  if (id !== null && !doc.scenarios.some((s) => s.id === id)) return doc;
  return { ...doc, activeScenarioId: id };
}

/** The document as a given scenario (or the base, null) sees it: the engine computes this. */
export const asScenario = (doc: WorkbookDoc, id: string | null): WorkbookDoc =>
  doc.activeScenarioId === id ? doc : { ...doc, activeScenarioId: id };
