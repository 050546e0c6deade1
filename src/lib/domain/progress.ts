// Period progress (worked example 6): where the period stands and what the remaining days need.

export interface PeriodProgressInput {
  daysInPeriod: number;
  daysGone: number;
  /** Required entries per stage for the whole period. */
  required: readonly number[];
  /** Actual entries so far; null where not typed. */
  actual: readonly (number | null)[];
}

export interface StageProgress {
  /** Where the stage should stand by now if volume came in evenly. */
  proRated: number | null;
  /** Still to come this period; never negative. */
  remaining: number | null;
  /** Needed per remaining day; null once no day is left. */
  perDay: number | null;
}

export interface PeriodProgress {
  elapsedShare: number | null;
  daysLeft: number;
  stages: StageProgress[];
}

export function periodProgress({ daysInPeriod, daysGone, required, actual }: PeriodProgressInput): PeriodProgress {
  const elapsedShare = daysInPeriod > 0 ? daysGone / daysInPeriod : null;
  const daysLeft = daysInPeriod - daysGone;
  const stages = required.map((req, i) => {
    const done = actual[i] ?? null;
    const remaining = done === null ? null : Math.max(0, req - done);
    return {
      proRated: elapsedShare === null ? null : req * elapsedShare,
      remaining,
      perDay: remaining === null || daysLeft <= 0 ? null : remaining / daysLeft,
    };
  });
  return { elapsedShare, daysLeft, stages };
}
