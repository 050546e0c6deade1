// Two forecast bases (业绩预测两类, domain formula 6): the ideal model's rates, or last period's actual rates.
import { forwardEntries } from './forward';
import type { RoundingMode } from './rounding';

export interface ForecastBasesInput {
  actualTop: number | null;
  idealRates: readonly (number | null)[];
  prevEntries: readonly (number | null)[];
  mode: RoundingMode;
}

export interface ForecastBases {
  ideal: (number | null)[];
  previous: (number | null)[];
}

/** Observed rates E_{i+1} / E_i; null where an entry is missing or nothing entered. */
function observedRates(entries: readonly (number | null)[]): (number | null)[] {
  return entries.slice(1).map((next, i) => {
    const entered = entries[i];
    return entered === null || entered === 0 || next === null ? null : next / entered;
  });
}

/** forwardEntries up to the first missing rate; every stage below it is unknown (null). */
function forwardKnown(top: number | null, rates: readonly (number | null)[], mode: RoundingMode): (number | null)[] {
  if (top === null) return rates.map(() => null).concat(null);
  const firstMissing = rates.indexOf(null);
  const known = (firstMissing < 0 ? rates : rates.slice(0, firstMissing)) as number[];
  const entries: (number | null)[] = forwardEntries(top, known, mode);
  while (entries.length < rates.length + 1) entries.push(null);
  return entries;
}

/** The same actual top of the funnel carried forward by both bases, so a plan can show both. */
export function forecastBoth({ actualTop, idealRates, prevEntries, mode }: ForecastBasesInput): ForecastBases {
  return {
    ideal: forwardKnown(actualTop, idealRates, mode),
    previous: forwardKnown(actualTop, observedRates(prevEntries), mode),
  };
}
