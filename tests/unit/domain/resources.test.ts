import { describe, expect, it } from 'vitest';
import { resourcePlan } from '../../../src/lib/domain';

// 408 must enter the top; 5 reps can each work 60; 20,000 buys leads at 50 each.
const input = { requiredTop: 408, reps: 5, oppsPerRep: 60, budget: 20_000, costPerLead: 50 };

describe('resource plan', () => {
  it('gives the reps a capacity of reps times opportunities per rep', () => {
    expect(resourcePlan(input).repCapacity).toBe(300);
  });

  it('rounds the reps needed up to whole reps', () => {
    // 408 / 60 = 6.8 -> 7.
    expect(resourcePlan(input).repsNeeded).toBe(7);
  });

  it('does not round a whole number of reps up', () => {
    expect(resourcePlan({ ...input, requiredTop: 420 }).repsNeeded).toBe(7);
  });

  it('finds the reps short when their capacity is below the required top', () => {
    expect(resourcePlan(input).repsFeasible).toBe(false);
  });

  it('counts the leads the budget buys', () => {
    expect(resourcePlan(input).leadsAffordable).toBe(400);
  });

  it('prices the required top of the funnel', () => {
    // 408 * 50.
    expect(resourcePlan(input).budgetNeeded).toBe(20_400);
  });

  it('finds the budget short when it is below what is needed', () => {
    expect(resourcePlan(input).budgetFeasible).toBe(false);
  });

  it('finds a large enough budget feasible', () => {
    expect(resourcePlan({ ...input, budget: 25_000 }).budgetFeasible).toBe(true);
  });

  it('needs no rep count when a rep can work no opportunities', () => {
    expect(resourcePlan({ ...input, oppsPerRep: 0 }).repsNeeded).toBeNull();
  });

  it('buys no lead count when leads cost nothing', () => {
    expect(resourcePlan({ ...input, costPerLead: 0 }).leadsAffordable).toBeNull();
  });

  it('leaves everything about the target empty while the required top is not typed', () => {
    expect(resourcePlan({ ...input, requiredTop: null })).toEqual({
      repCapacity: 300,
      repsNeeded: null,
      leadsAffordable: 400,
      budgetNeeded: null,
      repsFeasible: null,
      budgetFeasible: null,
    });
  });

  it('prices an impossible funnel at nothing rather than NaN when leads are free', () => {
    expect(resourcePlan({ ...input, requiredTop: Infinity, costPerLead: 0 }).budgetNeeded).toBeNull();
  });
});
