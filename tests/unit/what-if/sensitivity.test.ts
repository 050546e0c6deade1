import { describe, expect, it } from 'vitest';
import { assumptionKey, setCell, stageKey } from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { ScratchEngine, rateSensitivity, rateSensitivityInSlices } from '../../../src/lib/what-if';
import { AVG_DEAL, RATES, TOP, computed, deepFreeze, product, scenarioWorkbook, whatIfWorkbook } from './fixtures';

describe('rate sensitivity', () => {
  it('+1 point at a stage adds top × (the other rates) × 0.01 won deals in exact mode', () => {
    const doc = whatIfWorkbook();
    const result = rateSensitivity(FunnelEngine, doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result).toMatchObject({ top: TOP, topSource: 'actual', rounding: 'exact' });
    expect(result.won).toBeCloseTo(TOP * product(RATES), 9);
    for (const [i, stage] of doc.stages.slice(0, -1).entries()) {
      const row = result.rows.find((r) => r.stageId === stage.id)!;
      const others = product(RATES.filter((_, j) => j !== i));
      expect(row.name).toBe(stage.name);
      expect(row.rate).toBe(RATES[i]);
      expect(row.plusOnePoint.dWon).toBeCloseTo(TOP * others * 0.01, 8);
      expect(row.plusOnePoint.dRevenue).toBeCloseTo(TOP * others * 0.01 * AVG_DEAL, 4);
      // +10% of any one rate is +10% of the won deals.
      expect(row.plusTenPercent.dWon).toBeCloseTo(result.won * 0.1, 8);
      expect(row.plusTenPercent.capped).toBe(false);
    }
  });

  it('ranks the stages by the revenue +1 point adds', () => {
    // The other rates multiply to 30%, 18% and 15%: the first stage gains most from a point.
    const result = rateSensitivity(FunnelEngine, whatIfWorkbook());
    if (!result.ok) throw new Error('no result');
    expect(result.rows.map((r) => r.name)).toEqual(['Leads', 'Meetings', 'Proposals']);
    expect(result.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    const reordered = rateSensitivity(FunnelEngine, whatIfWorkbook({ rates: [0.9, 0.2, 0.5] }));
    if (!reordered.ok) throw new Error('no result');
    // Others: 0.1, 0.45, 0.18 → Meetings, Proposals, Leads.
    expect(reordered.rows.map((r) => r.name)).toEqual(['Meetings', 'Proposals', 'Leads']);
  });

  it('caps rates at 100%', () => {
    const result = rateSensitivity(FunnelEngine, whatIfWorkbook({ rates: [0.3, 0.995, 1] }));
    if (!result.ok) throw new Error('no result');
    const meetings = result.rows.find((r) => r.name === 'Meetings')!;
    expect(meetings.plusOnePoint).toMatchObject({ rate: 1, capped: true });
    expect(meetings.plusOnePoint.dWon).toBeCloseTo(TOP * 0.3 * 0.005, 8);
    const proposals = result.rows.find((r) => r.name === 'Proposals')!;
    expect(proposals.plusTenPercent).toMatchObject({ rate: 1, capped: true, dWon: 0 });
    expect(proposals.rank).toBe(3);
  });

  it('uses the required top (SimTop) when the top stage has no actual entries, and says so', () => {
    const doc = whatIfWorkbook({ top: null });
    const result = rateSensitivity(FunnelEngine, doc);
    if (!result.ok) throw new Error('no result');
    const requiredTop = computed(doc, assumptionKey('requiredTop'));
    expect(result.topSource).toBe('required');
    expect(result.top).toBe(requiredTop);
    expect(result.won).toBeCloseTo(requiredTop * product(RATES), 6);
    expect(result.rows[0].plusOnePoint.dWon).toBeCloseTo(requiredTop * 0.3 * 0.01, 6);
  });

  it('moves in whole deals with per-stage rounding', () => {
    const result = rateSensitivity(FunnelEngine, whatIfWorkbook({ perStage: true }));
    if (!result.ok) throw new Error('no result');
    expect(result.rounding).toBe('per-stage');
    for (const row of result.rows) expect(Number.isInteger(row.plusOnePoint.dWon)).toBe(true);
  });

  it('computes the active scenario', () => {
    const result = rateSensitivity(FunnelEngine, scenarioWorkbook());
    if (!result.ok) throw new Error('no result');
    expect(result.won).toBeCloseTo(TOP * 0.3 * 0.55 * 0.6, 8);
  });

  it('never changes the user’s document, and a reused scratch engine follows new documents', () => {
    const doc = whatIfWorkbook();
    const before = structuredClone(doc);
    const scratch = new ScratchEngine(FunnelEngine, doc);
    try {
      rateSensitivity(scratch, deepFreeze(doc));
      expect(doc).toEqual(before);
      const next = setCell(doc, stageKey(doc.stages[0].id, 'actual'), '2000');
      const result = rateSensitivity(scratch, next);
      expect(result.ok && result.won).toBeCloseTo(2_000 * product(RATES), 8);
      expect(scratch.number(stageKey(doc.stages[0].id, 'rate'))).toBe(RATES[0]);
    } finally {
      scratch.destroy();
    }
  });

  it('says why it cannot compute', () => {
    const doc = whatIfWorkbook();
    expect(rateSensitivity(FunnelEngine, { ...doc, stages: doc.stages.slice(0, 1) })).toEqual({ ok: false, reason: 'no-stages' });
    expect(rateSensitivity(FunnelEngine, setCell(doc, stageKey(doc.stages[1].id, 'rate'), ''))).toEqual({ ok: false, reason: 'incomplete' });
    // No actual top, and a 0% rate makes the required top a division by zero.
    const noTop = whatIfWorkbook({ top: null, rates: [0.3, 0, 0.6] });
    expect(rateSensitivity(FunnelEngine, noTop)).toEqual({ ok: false, reason: 'no-top' });
  });

  it('in slices, gives the same answer as in one go and leaves the scratch engine on the document', async () => {
    const doc = whatIfWorkbook();
    const scratch = new ScratchEngine(FunnelEngine, doc);
    try {
      // A zero budget makes every probe its own task.
      const sliced = await rateSensitivityInSlices(scratch, doc, new AbortController().signal, 0);
      expect(sliced).toEqual(rateSensitivity(FunnelEngine, doc));
      expect(scratch.number(stageKey(doc.stages[0].id, 'rate'))).toBe(RATES[0]);
    } finally {
      scratch.destroy();
    }
  });

  it('in slices, stops with no answer once a newer edit aborts it', async () => {
    const doc = whatIfWorkbook();
    const scratch = new ScratchEngine(FunnelEngine, doc);
    const abort = new AbortController();
    try {
      const run = rateSensitivityInSlices(scratch, doc, abort.signal, 0);
      abort.abort();
      expect(await run).toBeNull();
    } finally {
      scratch.destroy();
    }
  });
});
