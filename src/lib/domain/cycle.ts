import { addMonths, monthEnd, monthOf, monthStart, yearOf } from './dates';

/** Total cycle (总周期): the sum of the stage cycles, in days. */
export function totalCycle(days: readonly number[]): number {
  return days.reduce((sum, d) => sum + d, 0);
}

/**
 * Latest date volume may enter each stage and still close by `closeBy` (domain formula 7):
 * entry_i = closeBy - (d_i + ... + d_last). Serial day numbers in, serial day numbers out.
 */
export function latestEntryDates(closeBy: number, days: readonly number[]): number[] {
  const entries = new Array<number>(days.length);
  let remaining = 0;
  for (let i = days.length - 1; i >= 0; i--) {
    remaining += days[i];
    entries[i] = closeBy - remaining;
  }
  return entries;
}

/** A date strictly before today has passed; today itself is still usable. */
export function isPastDate(serial: number, todaySerial: number): boolean {
  return serial < todaySerial;
}

/** Calendar months the period touches, counting both the first and the last month. */
export function monthsInPeriod(periodStart: number, periodEnd: number): number {
  return (yearOf(periodEnd) - yearOf(periodStart)) * 12 + monthOf(periodEnd) - monthOf(periodStart) + 1;
}

export interface MonthlyPlanInput {
  periodStart: number | null;
  periodEnd: number | null;
  dealsNeeded: number | null;
  requiredTop: number | null;
  totalCycle: number | null;
  /** Months shown before the period starts, where the earliest volume must already enter. */
  leadMonths?: number;
  slots?: number;
}

export interface MonthlyPlanRow {
  /** First day of the month (serial). */
  month: number | null;
  /** Deals to close in this month: the period's deals spread evenly over its months. */
  closings: number | null;
  /** Top-of-funnel volume those closings need. */
  topForClosings: number | null;
  /** Latest day that volume may enter: the month's last day minus the total cycle. */
  enterBy: number | null;
  enterMonth: number | null;
  /** Top-of-funnel volume that must enter during this month. */
  entering: number | null;
}

/**
 * The monthly plan (domain formula 7): required top-of-funnel volume moved earlier by the total cycle.
 * Row s is the month (s - leadMonths) months from the period's first month. A missing input makes
 * every figure that depends on it null, as an empty cell would in the sheet.
 */
export function monthlyPlan(input: MonthlyPlanInput): MonthlyPlanRow[] {
  const { periodStart, periodEnd, dealsNeeded, requiredTop, totalCycle: cycle } = input;
  const leadMonths = input.leadMonths ?? 6;
  const slots = input.slots ?? 18;
  const rows: MonthlyPlanRow[] = [];
  for (let s = 0; s < slots; s++) {
    const month = periodStart === null ? null : addMonths(periodStart, s - leadMonths);
    let closings: number | null = null;
    if (periodStart !== null && month !== null && periodEnd !== null && dealsNeeded !== null) {
      const inPeriod = month >= monthStart(periodStart) && month <= periodEnd;
      closings = inPeriod ? dealsNeeded / monthsInPeriod(periodStart, periodEnd) : 0;
    }
    // Zero deals needed leaves no share of the top to take: null rather than 0/0.
    const topForClosings =
      closings === null || requiredTop === null || !dealsNeeded ? null : (closings * requiredTop) / dealsNeeded;
    const enterBy = month === null || cycle === null ? null : monthEnd(month) - cycle;
    const enterMonth = enterBy === null ? null : monthStart(enterBy);
    rows.push({ month, closings, topForClosings, enterBy, enterMonth, entering: null });
  }
  if (rows.some((r) => r.topForClosings === null || r.enterMonth === null)) return rows;
  for (const row of rows) {
    // Volume entering before the first slot is not shown: leadMonths must cover the total cycle.
    row.entering = rows.reduce((sum, r) => (r.enterMonth === row.month ? sum + r.topForClosings! : sum), 0);
  }
  return rows;
}
