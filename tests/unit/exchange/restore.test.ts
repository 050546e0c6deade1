import { describe, expect, it } from 'vitest';
import { restoreWorkbook, type WorkbookDoc } from '../../../src/lib/document';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

const withScenario = (): WorkbookDoc => {
  const doc = exampleOneWorkbook();
  return { ...doc, scenarios: [{ id: 'sc1', name: 'Hopeful', overrides: { 'a.target': '4000000' } }], activeScenarioId: 'sc1' };
};

describe('restoreWorkbook', () => {
  it('keeps the first of two stages with one id and reports the second', () => {
    const doc = exampleOneWorkbook();
    const restored = restoreWorkbook({ ...doc, stages: [...doc.stages, { ...doc.stages[0], name: 'Twin' }] });
    expect(restored).toEqual({ ok: true, doc, dropped: [`$.stages[${doc.stages.length}]`] });
  });

  it('drops a scenario override of a stage that does not exist', () => {
    const doc = withScenario();
    const raw = { ...doc, scenarios: [{ ...doc.scenarios[0], overrides: { ...doc.scenarios[0].overrides, 's.gone.rate': '0.5' } }] };
    expect(restoreWorkbook(raw)).toEqual({ ok: true, doc, dropped: ['$.scenarios[0].overrides["s.gone.rate"]'] });
  });

  it('switches to the base when the active scenario does not exist', () => {
    const doc = withScenario();
    const restored = restoreWorkbook({ ...doc, activeScenarioId: 'nope' });
    expect(restored).toEqual({ ok: true, doc: { ...doc, activeScenarioId: null }, dropped: ['$.activeScenarioId'] });
  });

  it('leaves out an optional field that is invalid and reports it', () => {
    const doc = exampleOneWorkbook();
    const stages = doc.stages.map((s, i) => (i === 1 ? { ...s, key: 'Not A Key!' } : s));
    expect(restoreWorkbook({ ...doc, stages })).toEqual({ ok: true, doc, dropped: ['$.stages[1].key'] });
  });

  it('falls back to no opportunities when the list is not a list, dropping their cells', () => {
    const doc = exampleOneWorkbook();
    const restored = restoreWorkbook({ ...doc, opportunities: 'many', cells: { ...doc.cells, 'o.op1.amount': '5' } });
    expect(restored).toEqual({ ok: true, doc, dropped: ['$.opportunities', '$.cells["o.op1.amount"]'] });
  });

  it('refuses a document whose required field is wrong, naming the first one', () => {
    const doc = exampleOneWorkbook();
    const restored = restoreWorkbook({ ...doc, period: { ...doc.period, label: 7 } });
    expect(restored).toMatchObject({ ok: false, problem: { kind: 'invalid', path: '$.period.label', code: 'invalid_type', params: { expected: 'string' } } });
    expect(!restored.ok && restored.problem.kind === 'invalid' && restored.problem.params.missing).toBeFalsy();
  });

  it('refuses a document without stages, saying they are missing', () => {
    const { stages: _stages, ...doc } = exampleOneWorkbook();
    expect(restoreWorkbook(doc)).toMatchObject({ ok: false, problem: { kind: 'invalid', path: '$.stages', params: { missing: 1 } } });
  });

  it('names a version it cannot migrate from', () => {
    expect(restoreWorkbook({ ...exampleOneWorkbook(), version: 0 })).toMatchObject({ ok: false, problem: { kind: 'invalid', path: '$.version' } });
  });

  it('never changes the object it was given', () => {
    const doc = exampleOneWorkbook();
    const raw = { ...doc, extra: 1, opportunities: 'x', stages: doc.stages.map((s) => ({ ...s, key: 'BAD' })) };
    const before = structuredClone(raw);
    restoreWorkbook(raw);
    expect(raw).toEqual(before);
  });
});
