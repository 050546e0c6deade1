import { roundWhole, type RoundingMode } from './rounding';

/** Forward funnel: the entries each stage receives from `top` at the given rates (domain formula 1). */
export function forwardEntries(top: number, rates: readonly number[], mode: RoundingMode): number[] {
  const entries = [top];
  for (const rate of rates) {
    const raw = entries[entries.length - 1] * rate;
    entries.push(mode === 'per-stage' ? roundWhole(raw) : raw);
  }
  return entries;
}

/** Stage conversion rates r_i = E_{i+1} / E_i from observed entries. */
export function stageRates(entries: readonly number[]): number[] {
  return entries.slice(1).map((next, i) => next / entries[i]);
}

/** Total success rate (总成功率): the product of the stage rates. */
export function totalSuccessRate(rates: readonly number[]): number {
  return rates.reduce((product, rate) => product * rate, 1);
}
