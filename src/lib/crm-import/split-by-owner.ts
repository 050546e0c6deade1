import {
  addSegment,
  nodeStageKey,
  setCellsInActiveLayer,
  stageKey,
  type CellKey,
  type WorkbookDoc,
} from '../document';
import { isoFromSerial } from '../domain';
import type { ImportResult, StageCounts } from './aggregate';

/** The dimension imported owners become: one rep segment per owner. */
export const OWNER_DIMENSION = 'rep';

export interface SplitOptions {
  newId: () => string;
  /** Name of the segment that takes the rows without an owner. */
  unassigned: string;
}

/** Months from the period start (a serial) to `YYYY-MM`, or null when it is before the start. */
function monthIndex(start: number, month: string): number | null {
  const [y0, m0] = isoFromSerial(start).slice(0, 7).split('-').map(Number);
  const [y, m] = month.split('-').map(Number);
  const index = (y - y0) * 12 + (m - m0);
  return index >= 0 ? index : null;
}

/**
 * Splits imported actuals into rep segments, one per owner (reusing a rep of the same name): their
 * entries per month when the workbook records actuals by month and has a period start, else their
 * totals. The company's typed actuals are cleared so that it shows the sum of its reps.
 * Months outside the 12 months from the period start are left out and counted in `outside`.
 */
export function splitByOwner(doc: WorkbookDoc, result: ImportResult, options: SplitOptions): { doc: WorkbookDoc; outside: number } {
  let next = doc;
  // Written at the end with one copy of the layer: adding segments meanwhile leaves the cells alone.
  const patch: [CellKey, string][] = doc.stages.map((stage) => [stageKey(stage.id, 'actual'), '']);
  const startText = doc.cells['a.periodStart'];
  const start = startText !== undefined && /^\d+(\.\d+)?$/.test(startText) ? Number(startText) : null;
  const byMonth = doc.grain === 'month' && start !== null;
  let outside = 0;
  const write = (segmentId: string, column: 'actual' | `p${number}`, counts: StageCounts) => {
    for (const stage of doc.stages) {
      const count = counts.get(stage.id);
      if (count !== undefined) patch.push([nodeStageKey(segmentId, stage.id, column as 'actual'), String(count)]);
    }
  };
  for (const [owner, totals] of result.byOwner) {
    const name = owner.trim() || options.unassigned;
    let segment = next.segments.find((s) => s.dimension === OWNER_DIMENSION && s.name === name);
    if (!segment) {
      segment = { id: options.newId(), dimension: OWNER_DIMENSION, name, parentId: null };
      next = addSegment(next, segment);
    }
    if (!byMonth) {
      write(segment.id, 'actual', totals);
      continue;
    }
    for (const [month, counts] of result.byOwnerMonth.get(owner) ?? []) {
      const index = monthIndex(start, month);
      if (index === null || index >= 12) {
        outside += counts.get(doc.stages[0]?.id) ?? 0;
        continue;
      }
      write(segment.id, `p${index}`, counts);
    }
  }
  return { doc: setCellsInActiveLayer(next, patch), outside };
}

