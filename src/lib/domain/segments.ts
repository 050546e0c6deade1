/**
 * Splitting a funnel into segments and adding it back up (issue 4). Volumes add; rates are
 * recomputed from the added volumes. Averaging the segments' rates would weigh a segment with ten
 * leads like one with ten thousand, which is why no rate here is ever averaged.
 */

/** Entries per stage of a parent: the sum of its children's, stage by stage (blank stays blank). */
export function rollUpEntries(children: readonly (readonly (number | null)[])[]): (number | null)[] {
  const stages = Math.max(0, ...children.map((c) => c.length));
  return Array.from({ length: stages }, (_, j) => {
    const parts = children.map((c) => c[j]).filter((v): v is number => typeof v === 'number');
    return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0);
  });
}

export interface SplitBy {
  /** Shares of the parent's target; a blank share falls back to capacity, then to equal parts. */
  shares?: readonly (number | null)[];
  /** Capacities (e.g. reps, or quota-carrying heads); used when shares are blank. */
  capacities?: readonly (number | null)[];
}

/** A parent's target split over `count` children: by share, else by capacity, else in equal parts. */
export function splitTarget(total: number, count: number, by: SplitBy = {}): number[] {
  const capacity = (by.capacities ?? []).reduce<number>((a, c) => a + (c ?? 0), 0);
  return Array.from({ length: count }, (_, i) => {
    const share = by.shares?.[i];
    if (share !== null && share !== undefined) return total * share;
    if (capacity > 0) return (total * (by.capacities?.[i] ?? 0)) / capacity;
    return total / count;
  });
}

/** The weakest of several segments: the lowest share of its top-of-funnel entries that it won. */
export function weakestSegment(funnels: readonly (readonly (number | null)[])[]): number | null {
  let worst: number | null = null;
  let worstRate = Infinity;
  funnels.forEach((entries, i) => {
    const top = entries[0];
    const won = entries[entries.length - 1];
    if (top === null || top === undefined || won === null || won === undefined || top <= 0) return;
    if (won / top < worstRate) {
      worstRate = won / top;
      worst = i;
    }
  });
  return worst;
}
