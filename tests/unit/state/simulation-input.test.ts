import { describe, expect, it } from 'vitest';
import { assumptionKey, createWorkbook, mixKey, setCell, stageKey, type CellKey, type StageColumnId, type WorkbookDoc } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { FunnelEngine } from '../../../src/lib/engine';
import { formatNumber } from '../../../src/lib/i18n/format-number';
import { translate } from '../../../src/lib/i18n/translate';
import { formatParams } from '../../../src/lib/insights';
import { rateBeliefFromCounts, rateBeliefFromRange } from '../../../src/lib/probability';
import { simulationInput } from '../../../src/lib/state/simulation-input';

/** A template workbook computed by the real engine, edited as a user types. */
class Book {
  doc: WorkbookDoc;
  readonly engine: FunnelEngine;
  constructor(doc = createWorkbook(templateSeed('b2b-pipeline', 'en', 'Probability'))) {
    this.doc = doc;
    this.engine = new FunnelEngine(doc);
  }
  readonly read = (key: CellKey) => this.engine.valueOf(key);
  at(stage: number, column: StageColumnId): CellKey {
    return stageKey(this.doc.stages[stage].id, column);
  }
  type(key: CellKey, raw: string): this {
    this.doc = setCell(this.doc, key, raw);
    this.engine.update(this.doc, [key]);
    return this;
  }
  input() {
    return simulationInput(this.read, this.doc);
  }
}

const english = (problem: { message: Parameters<typeof translate>[1]; params: Parameters<typeof formatParams>[0] }) =>
  translate('en', problem.message, formatParams(problem.params, (k, p) => translate('en', k, p), (v, kind) => formatNumber(v, kind, 'en')));

describe('the simulation input read from the cells', () => {
  it('takes each ideal rate as certain when nothing else is typed, and sends the planned top', () => {
    const book = new Book();
    const input = book.input();
    // b2b-pipeline: 3,000,000 / 100,000 = 30 deals; 40%, 30%, 50%, 50%, 80%.
    expect(input.stages.map((s) => s.source)).toEqual(['fixed', 'fixed', 'fixed', 'fixed', 'fixed']);
    expect(book.read(assumptionKey('requiredTop'))).toEqual({ type: 'number', value: 1268 });
    expect(input.simulate).toEqual({
      top: 1268, // 30 deals / 80% -> 38 / 50% -> 76 / 50% -> 152 / 30% -> 507 / 40% -> 1268
      stages: [0.4, 0.3, 0.5, 0.5, 0.8],
      avgDeal: 100_000,
      target: 3_000_000,
    });
    expect(input.topNeeded).toEqual({ stages: [0.4, 0.3, 0.5, 0.5, 0.8], avgDeal: 100_000, target: 3_000_000, confidence: 0.8 });
    expect(input.problems).toEqual([]);
  });

  it('prefers a typed range, then the counts, then the fixed rate, stage by stage', () => {
    const book = new Book();
    // Stage 0: a range and counts -> the range wins.
    book.type(book.at(0, 'rateLow'), '0.3').type(book.at(0, 'rateHigh'), '0.5');
    book.type(book.at(0, 'actual'), '200').type(book.at(1, 'actual'), '90');
    // Stage 1: counts only (90 entered, 30 moved on).
    book.type(book.at(2, 'actual'), '30');
    // Stage 2: 30 entered but nothing is typed for stage 3, so there are no exits -> its ideal rate.
    const input = book.input();
    expect(input.stages.map((s) => s.source)).toEqual(['range', 'counts', 'fixed', 'fixed', 'fixed']);
    expect(input.simulate?.stages[0]).toEqual(rateBeliefFromRange(0.3, 0.5));
    expect(input.simulate?.stages[1]).toEqual(rateBeliefFromCounts(90, 30));
    expect(input.simulate?.stages.slice(2)).toEqual([0.5, 0.5, 0.8]);
    expect(input.stages[1]).toMatchObject({ entries: 90, exits: 30, name: 'Contact', next: 'Engagement' });
    expect(input.stages[1].low).toBeLessThan(1 / 3);
    expect(input.stages[1].high).toBeGreaterThan(1 / 3);
    expect(input.stages[2]).toMatchObject({ mean: 0.5, low: 0.5, high: 0.5 });
    // The actual top of the funnel, typed, is what SimTop sends in.
    expect(input.simulate?.top).toBe(200);
  });

  it('sends the actual top when typed, through SimTop', () => {
    const book = new Book();
    book.type(book.at(0, 'actual'), '1500');
    expect(book.input().simulate?.top).toBe(1500);
  });

  it('takes a volume typed into SimTop over the plan, and refuses a negative one', () => {
    const book = new Book().type(assumptionKey('simTop'), '900');
    expect(book.input().simulate?.top).toBe(900);
    book.type(assumptionKey('simTop'), '-5');
    const input = book.input();
    expect(input.problems).toMatchObject([{ code: 'no-top', level: 'error' }]);
    expect(input.simulate).toBeNull();
  });

  it('reports a range whose low end is above the high end, naming the stage, and keeps simulating', () => {
    const book = new Book();
    book.type(book.at(1, 'rateLow'), '0.4').type(book.at(1, 'rateHigh'), '0.2');
    book.type(book.at(3, 'rateLow'), '0.4').type(book.at(3, 'rateHigh'), '0.6');
    const input = book.input();
    expect(input.problems).toHaveLength(1);
    expect(input.problems[0]).toMatchObject({ code: 'range-order', level: 'warning', stageId: book.doc.stages[1].id });
    expect(english(input.problems[0])).toBe('“Contact”: the worst-case rate 40% is above the best case 20%, so the range is ignored.');
    // The bad stage falls back to its ideal rate; the others still use theirs.
    expect(input.stages.map((s) => s.source)).toEqual(['fixed', 'fixed', 'fixed', 'range', 'fixed']);
    expect(input.simulate?.stages[1]).toBe(0.3);
    expect(input.simulate?.stages[3]).toEqual(rateBeliefFromRange(0.4, 0.6));
    expect(input.topNeeded).not.toBeNull();
  });

  it('falls back from a bad range to the counts', () => {
    const book = new Book();
    book.type(book.at(0, 'rateLow'), '0.6').type(book.at(0, 'rateHigh'), '1.2');
    book.type(book.at(0, 'actual'), '100').type(book.at(1, 'actual'), '35');
    const input = book.input();
    expect(input.problems.map((p) => p.code)).toEqual(['range-bounds']);
    expect(input.stages[0].source).toBe('counts');
    expect(input.simulate?.stages[0]).toEqual(rateBeliefFromCounts(100, 35));
  });

  it('says when only one end of a range is typed, and ignores it', () => {
    const book = new Book();
    book.type(book.at(2, 'rateLow'), '0.3');
    const input = book.input();
    expect(input.problems).toMatchObject([{ code: 'range-half', level: 'info', params: { stage: 'Engagement' } }]);
    expect(input.stages[2].source).toBe('fixed');
  });

  it('takes a range of one rate as that rate, known for certain', () => {
    const book = new Book();
    book.type(book.at(0, 'rateLow'), '0.25').type(book.at(0, 'rateHigh'), '0.25');
    const input = book.input();
    expect(input.stages[0].source).toBe('range');
    expect(input.simulate?.stages[0]).toBe(0.25);
  });

  it('reports counts with more exits than entries and uses the ideal rate instead', () => {
    const book = new Book();
    book.type(book.at(0, 'actual'), '50').type(book.at(1, 'actual'), '80');
    const input = book.input();
    expect(input.problems).toMatchObject([{ code: 'bad-counts', stageId: book.doc.stages[0].id }]);
    expect(english(input.problems[0])).toBe('“Leads”: 80 moved on but only 50 entered, so the counts are ignored.');
    expect(input.stages[0].source).toBe('fixed');
    // Stage 1 has 80 entries and no exits typed: fixed too.
    expect(input.stages[1].source).toBe('fixed');
  });

  it('uses the blended average deal when the deal-size mix is on', () => {
    const book = new Book();
    book.type(mixKey(0, 'share'), '0.5').type(mixKey(0, 'value'), '40000');
    book.type(mixKey(1, 'share'), '0.5').type(mixKey(1, 'value'), '160000');
    expect(book.input().simulate?.avgDeal).toBe(100_000); // mix off: AvgDeal
    book.type(assumptionKey('useMix'), '1');
    const input = book.input();
    expect(input.simulate?.avgDeal).toBe(100_000); // (0.5 * 40,000 + 0.5 * 160,000)
    book.type(mixKey(1, 'value'), '260000');
    expect(book.input().simulate?.avgDeal).toBe(150_000);
    expect(book.input().topNeeded?.avgDeal).toBe(150_000);
  });

  it('stops the simulation when the mix is on but has no values', () => {
    const book = new Book().type(assumptionKey('useMix'), '1');
    const input = book.input();
    expect(input.problems).toMatchObject([{ code: 'no-avg-deal', level: 'error', params: { name: 'BlendedAvgDeal' } }]);
    expect(input.simulate).toBeNull();
    expect(input.topNeeded).toBeNull();
  });

  it('stops the simulation when a stage has no usable rate at all', () => {
    const book = new Book();
    book.type(book.at(2, 'rate'), '');
    const input = book.input();
    expect(input.problems).toMatchObject([{ code: 'no-rate', level: 'error', params: { stage: 'Engagement' } }]);
    expect(input.stages[2]).toMatchObject({ source: null, belief: null });
    expect(input.simulate).toBeNull();
  });

  it('reads the wanted confidence, and skips only the reverse search when it is out of range', () => {
    const book = new Book().type(assumptionKey('confidence'), '0.9');
    expect(book.input().topNeeded?.confidence).toBe(0.9);
    book.type(assumptionKey('confidence'), '1.5');
    const input = book.input();
    expect(input.problems.map((p) => p.code)).toEqual(['bad-confidence']);
    expect(input.topNeeded).toBeNull();
    expect(input.simulate).not.toBeNull();
  });

  it('needs two stages', () => {
    const doc = createWorkbook({ name: 'one', target: 100, avgDeal: 10, stages: [{ name: 'Only' }] });
    const input = simulationInput((key) => new FunnelEngine(doc).valueOf(key), doc);
    expect(input.problems.map((p) => p.code)).toContain('too-few-stages');
    expect(input.simulate).toBeNull();
  });

  it('rounds a fractional planned top up to whole entries', () => {
    const book = new Book().type(assumptionKey('perStage'), '0').type(assumptionKey('target'), '3100000');
    const planned = book.read(assumptionKey('requiredTop'));
    expect(planned.type === 'number' && !Number.isInteger(planned.value)).toBe(true);
    expect(book.input().simulate?.top).toBe(1292); // 31 deals / 2.4% = 1291.67
  });
});
