import { asScenario, type WorkbookDoc } from '../document';
import { FunnelEngine } from '../engine';
import { planWorkbook, type Labeller, type LayerSnapshot, type PlanTexts, type WorkbookPlan } from './plan';
import { SheetNames } from './sheet-names';
import { writeXlsx, type WriteOptions } from './write-xlsx';

export interface XlsxExportOptions extends WriteOptions {
  /** Message lookup for header labels and the comparison sheet; without it, ids are used. */
  label?: Labeller;
  /**
   * An engine already computing a layer (the base, null, or a scenario id) for exactly this
   * document, e.g. the one behind the grid: it is read instead of building the layer again.
   */
  engineFor?: (scenarioId: string | null) => FunnelEngine | undefined;
}

const TEXTS: Record<keyof PlanTexts, string> = {
  scenariosSheet: 'xlsx.sheet.scenarios',
  nameHeader: 'xlsx.header.name',
  labelHeader: 'xlsx.header.label',
  base: 'xlsx.header.base',
};
const FALLBACK: PlanTexts = { scenariosSheet: 'Scenarios', nameHeader: 'Name', labelHeader: 'Item', base: 'Base' };

/** Computes the base and every scenario, each in its own engine, and reads them out. */
export function snapshotLayers(
  doc: WorkbookDoc,
  names = new SheetNames(),
  engineFor: XlsxExportOptions['engineFor'] = () => undefined,
): LayerSnapshot[] {
  const layers: (string | null)[] = [null, ...doc.scenarios.map((s) => s.id)];
  return layers.map((id) => {
    const scenario = doc.scenarios.find((s) => s.id === id);
    const existing = engineFor(id);
    const engine = existing ?? new FunnelEngine(asScenario(doc, id));
    const engineSheet = new Map<string, string>();
    try {
      const snapshot = engine.snapshot((name) => {
        const fileName = names.claim(name, scenario ? scenario.name : undefined);
        engineSheet.set(fileName, name);
        return fileName;
      });
      return { scenario: scenario?.name ?? null, snapshot, engineSheet };
    } finally {
      if (!existing) engine.destroy();
    }
  });
}

/** The plan of the file for `doc`: every sheet of the base, a comparison and each scenario's sheets. */
export function planWorkbookXlsx(
  doc: WorkbookDoc,
  label: Labeller = () => undefined,
  engineFor?: XlsxExportOptions['engineFor'],
): WorkbookPlan {
  const texts = Object.fromEntries(
    Object.entries(TEXTS).map(([field, key]) => [field, label(key) ?? FALLBACK[field as keyof PlanTexts]]),
  ) as unknown as PlanTexts;
  const names = new SheetNames();
  // The comparison sheet's name is claimed first, so no scenario sheet can take it.
  const comparison = doc.scenarios.length > 0 ? names.claim(texts.scenariosSheet) : null;
  return planWorkbook(snapshotLayers(doc, names, engineFor), comparison, label, texts);
}

/**
 * The workbook as an .xlsx file: the grid as live formulas, the assumptions as defined names,
 * every scenario as its own sheets plus a sheet comparing them, with number formats and labels.
 */
export async function exportWorkbookXlsx(doc: WorkbookDoc, options: XlsxExportOptions = {}): Promise<Uint8Array> {
  const plan = planWorkbookXlsx(doc, options.label, options.engineFor);
  return writeXlsx(plan, { ...options, title: options.title ?? doc.name });
}
