// Bad-input checks: figures that make a funnel impossible or contradict themselves.

/**
 * The last zero rate in the chain, or null. Every stage above a zero rate needs infinite volume,
 * so the last one is where the funnel first becomes impossible, counting up from the target.
 */
export function zeroRateInChain(rates: readonly (number | null)[]): number | null {
  const index = rates.lastIndexOf(0);
  return index < 0 ? null : index;
}

/** Stages i whose next stage received more than stage i did: more exits than entries. */
export function exitsExceedEntries(entries: readonly (number | null)[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < entries.length; i++) {
    const entered = entries[i];
    const next = entries[i + 1];
    if (entered !== null && next !== null && next > entered) found.push(i);
  }
  return found;
}

/** A funnel with no stages has nothing to compute. */
export function isEmptyFunnel(stageCount: number): boolean {
  return stageCount < 1;
}
