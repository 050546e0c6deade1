// Pipeline health (病症诊断) as the flag cells of the Assumptions sheet show it.
import { assumptionKey, type AssumptionId } from '../document';
import type { HealthCheckId } from '../domain';
import { flagAt, numberAt, type Read } from './read';

export interface HealthNote {
  id: HealthCheckId;
  /** The flag cell that is TRUE. */
  flag: AssumptionId;
  /** The figures behind it, by assumption id, read from their cells (missing ones left out). */
  values: Partial<Record<AssumptionId, number>>;
}

/** Each check's flag cell and the cells whose numbers explain it, in the order the message quotes them. */
export const HEALTH_CHECKS: readonly { id: HealthCheckId; flag: AssumptionId; figures: readonly AssumptionId[] }[] = [
  { id: 'thin-pipeline', flag: 'thinPipeline', figures: ['oppsPerRepNow', 'minOppsPerRep', 'reps', 'openOpps'] },
  { id: 'lumpy-closings', flag: 'lumpyClosings', figures: ['lumpShare', 'lumpMonth'] },
  { id: 'only-large', flag: 'onlyLarge', figures: ['smallShare', 'largeDeal'] },
  { id: 'busy-few-real', flag: 'busyFewReal', figures: ['realRatio', 'minRealRatio', 'activities', 'openOpps'] },
];

/** One warning per TRUE flag cell, always in the same order. */
export function healthWarnings(read: Read): HealthNote[] {
  return HEALTH_CHECKS.filter((check) => flagAt(read, assumptionKey(check.flag))).map((check) => {
    const values: Partial<Record<AssumptionId, number>> = {};
    for (const id of check.figures) {
      const value = numberAt(read, assumptionKey(id));
      if (value !== null) values[id] = value;
    }
    return { id: check.id, flag: check.flag, values };
  });
}
