import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isoFromSerial,
  isPastDate,
  latestEntryDates,
  monthEnd,
  monthlyPlan,
  monthsInPeriod,
  serialFromIso,
  totalCycle,
} from '../../../src/lib/domain';

const d = serialFromIso;
// Calendar 2026: 38 deals need 408 at the top, so each month closes 38/12 deals from 408/12 = 34 entries.
const year = { periodStart: d('2026-01-01'), periodEnd: d('2026-12-31'), dealsNeeded: 38, requiredTop: 408 };

describe('stage cycles and lead time', () => {
  it('sums the stage cycles into the total cycle', () => {
    expect(totalCycle([5, 8, 12])).toBe(25);
  });

  it('gives each stage the latest entry date that still closes in time', () => {
    // Close by day 100: 100 - (5+8+12) = 75, 100 - (8+12) = 80, 100 - 12 = 88.
    expect(latestEntryDates(100, [5, 8, 12])).toEqual([75, 80, 88]);
  });

  it('counts yesterday as past', () => {
    expect(isPastDate(d('2026-06-25'), d('2026-06-26'))).toBe(true);
  });

  it('does not count today as past', () => {
    expect(isPastDate(d('2026-06-26'), d('2026-06-26'))).toBe(false);
  });

  it('counts every calendar month the period touches', () => {
    // November, December, January, February.
    expect(monthsInPeriod(d('2026-11-15'), d('2027-02-10'))).toBe(4);
  });
});

describe('monthly plan', () => {
  it('has 18 monthly slots starting 6 months before the period', () => {
    const rows = monthlyPlan({ ...year, totalCycle: 45 });
    expect([rows.length, isoFromSerial(rows[0].month!), isoFromSerial(rows[17].month!)]).toEqual([18, '2025-07-01', '2026-12-01']);
  });

  it('spreads the deals evenly over the months of the period', () => {
    expect(monthlyPlan({ ...year, totalCycle: 45 })[6].closings).toBeCloseTo(38 / 12, 12);
  });

  it('closes nothing in the months before the period', () => {
    expect(monthlyPlan({ ...year, totalCycle: 45 })[5].closings).toBe(0);
  });

  it('spreads a period that starts mid-month over every month it touches', () => {
    // 15 April to 30 June: April, May and June share 30 deals.
    const rows = monthlyPlan({ ...year, periodStart: d('2026-04-15'), periodEnd: d('2026-06-30'), dealsNeeded: 30, totalCycle: 45 });
    expect(rows.slice(6, 10).map((r) => r.closings)).toEqual([10, 10, 10, 0]);
  });

  it('gives each month its share of the required top of the funnel', () => {
    expect(monthlyPlan({ ...year, totalCycle: 45 })[6].topForClosings).toBeCloseTo(34, 9);
  });

  it('moves the entry date earlier by the total cycle', () => {
    // 31 January 2026 - 45 days = 17 December 2025.
    const row = monthlyPlan({ ...year, totalCycle: 45 })[6];
    expect([isoFromSerial(row.enterBy!), isoFromSerial(row.enterMonth!)]).toEqual(['2025-12-17', '2025-12-01']);
  });

  it('asks the month before the period to take in the first month’s volume', () => {
    // A 45-day cycle moves every month's 34 entries one month earlier: December 2025 takes January's.
    expect(monthlyPlan({ ...year, totalCycle: 45 })[5].entering).toBeCloseTo(34, 9);
  });

  it('asks nothing of the last month when the cycle pushes its volume earlier', () => {
    expect(monthlyPlan({ ...year, totalCycle: 45 })[17].entering).toBe(0);
  });

  it('gathers two months’ volume into one month when the cycle lands them there', () => {
    // 90-day cycle: 31 Jan 2026 - 90 = 2 Nov 2025 and 28 Feb 2026 - 90 = 30 Nov 2025, so November 2025
    // takes 34 + 34 = 68, while 31 Mar 2026 - 90 = 31 Dec 2025 leaves March's 34 to December.
    expect(monthlyPlan({ ...year, totalCycle: 90 }).slice(4, 6).map((r) => r.entering)).toEqual([68, 34]);
  });

  it('leaves entry dates empty while the total cycle is not typed', () => {
    const row = monthlyPlan({ ...year, totalCycle: null })[6];
    expect([row.closings === null, row.enterBy, row.enterMonth, row.entering]).toEqual([false, null, null, null]);
  });

  it('leaves every month empty while the period start is not typed', () => {
    expect(monthlyPlan({ ...year, periodStart: null, totalCycle: 45 }).every((r) => r.month === null)).toBe(true);
  });

  it('leaves the top-of-funnel shares empty when no deals are needed', () => {
    expect(monthlyPlan({ ...year, dealsNeeded: 0, totalCycle: 45 })[6].topForClosings).toBeNull();
  });

  it('enters as much in total as the closings need while the cycle fits the lead months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('2000-01-01'), max: d('2040-12-31') }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 6 * 28, noNaN: true }),
        (start, months, deals, perDeal, cycle) => {
          const periodEnd = monthEnd(addMonths(start, months - 1));
          const rows = monthlyPlan({ periodStart: start, periodEnd, dealsNeeded: deals, requiredTop: deals * perDeal, totalCycle: cycle });
          const entering = rows.reduce((sum, r) => sum + r.entering!, 0);
          const needed = rows.reduce((sum, r) => sum + r.topForClosings!, 0);
          expect(entering).toBeCloseTo(needed, 6);
        },
      ),
    );
  });
});
