// Resources (domain formula 9): can the reps and the budget carry the required top of the funnel?
import { ceilWhole } from './rounding';

export interface ResourceInput {
  requiredTop: number | null;
  reps: number | null;
  /** Opportunities one rep can work in the period. */
  oppsPerRep: number | null;
  budget: number | null;
  costPerLead: number | null;
}

export interface ResourcePlan {
  repCapacity: number | null;
  repsNeeded: number | null;
  leadsAffordable: number | null;
  budgetNeeded: number | null;
  repsFeasible: boolean | null;
  budgetFeasible: boolean | null;
}

// A product or quotient is null when an input is missing, the divisor is 0, or the result is not a
// number (an impossible Infinity top times a free lead): the sheet shows an empty cell, never NaN.
function times(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const x = a * b;
  return Number.isNaN(x) ? null : x;
}

function over(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  const x = a / b;
  return Number.isNaN(x) ? null : x;
}

function atLeast(a: number | null, b: number | null): boolean | null {
  return a === null || b === null ? null : a >= b;
}

export function resourcePlan({ requiredTop, reps, oppsPerRep, budget, costPerLead }: ResourceInput): ResourcePlan {
  const repCapacity = times(reps, oppsPerRep);
  const repsShare = over(requiredTop, oppsPerRep);
  const budgetNeeded = times(requiredTop, costPerLead);
  return {
    repCapacity,
    // A fraction of a rep is still a rep to hire.
    repsNeeded: repsShare === null ? null : ceilWhole(repsShare),
    leadsAffordable: over(budget, costPerLead),
    budgetNeeded,
    repsFeasible: atLeast(repCapacity, requiredTop),
    budgetFeasible: atLeast(budget, budgetNeeded),
  };
}
