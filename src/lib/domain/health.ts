// Pipeline health checks from the source (病症诊断). Each check stays silent until its inputs are typed.
import { monthStart } from './dates';

export type HealthCheckId = 'thin-pipeline' | 'lumpy-closings' | 'only-large' | 'busy-few-real';

export interface HealthWarning {
  id: HealthCheckId;
  /** The figures the message quotes. */
  values: Record<string, number>;
}

export interface HealthOpportunity {
  amount: number | null;
  /** Expected close date (serial). */
  close: number | null;
}

export interface HealthInput {
  reps: number | null;
  openOpps: number | null;
  minOppsPerRep?: number | null;
  opportunities: readonly HealthOpportunity[];
  avgDeal: number | null;
  /** Amount from which a deal counts as large; 2 * avgDeal when not given. */
  largeDeal?: number | null;
  activities: number | null;
  minRealRatio?: number | null;
}

/** Fewer than 15 opportunities in follow-up per rep. */
function thinPipeline({ reps, openOpps, minOppsPerRep }: HealthInput): HealthWarning | null {
  const min = minOppsPerRep ?? 15;
  if (reps === null || openOpps === null || !(reps > 0)) return null;
  const perRep = openOpps / reps;
  return perRep < min ? { id: 'thin-pipeline', values: { perRep, min, reps, openOpps } } : null;
}

/** Many deals close in one month and few in the others: over half the dated amount in one month. */
function lumpyClosings({ opportunities }: HealthInput): HealthWarning | null {
  const dated = opportunities.filter((o): o is { amount: number | null; close: number } => o.close !== null);
  if (dated.length < 3) return null;
  const byMonth = new Map<number, number>();
  let total = 0;
  for (const { amount, close } of dated) {
    const month = monthStart(close);
    byMonth.set(month, (byMonth.get(month) ?? 0) + (amount ?? 0));
    total += amount ?? 0;
  }
  if (!(total > 0)) return null;
  // The earliest month wins a tie, so the warning names the same month every time.
  const [month, amount] = [...byMonth].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const share = amount / total;
  return share > 0.5 ? { id: 'lumpy-closings', values: { share, month, count: dated.length } } : null;
}

/** Only large deals in hand: fewer than 20% of the amounts are below the large-deal line. */
function onlyLarge({ opportunities, avgDeal, largeDeal }: HealthInput): HealthWarning | null {
  const line = largeDeal ?? (avgDeal === null ? null : 2 * avgDeal);
  const amounts = opportunities.flatMap((o) => (o.amount === null ? [] : [o.amount]));
  if (line === null || amounts.length < 3) return null;
  const smallShare = amounts.filter((a) => a < line).length / amounts.length;
  return smallShare < 0.2 ? { id: 'only-large', values: { smallShare, largeDeal: line, count: amounts.length } } : null;
}

/** Always busy, yet few real opportunities: open opportunities under 10% of the activities. */
function busyFewReal({ activities, openOpps, minRealRatio }: HealthInput): HealthWarning | null {
  const min = minRealRatio ?? 0.1;
  if (activities === null || openOpps === null || !(activities > 0)) return null;
  const ratio = openOpps / activities;
  return ratio < min ? { id: 'busy-few-real', values: { ratio, min, activities, openOpps } } : null;
}

/** The triggered warnings, always in the same order. */
export function healthChecks(input: HealthInput): HealthWarning[] {
  return [thinPipeline, lumpyClosings, onlyLarge, busyFewReal]
    .map((check) => check(input))
    .filter((w): w is HealthWarning => w !== null);
}
