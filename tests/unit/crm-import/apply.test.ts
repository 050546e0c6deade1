import { describe, expect, it } from 'vitest';
import { aggregate, applyImport, guessMapping, guessStageMapping, distinctValues, toTable, type ImportResult } from '../../../src/lib/crm-import';
import { addScenario, createWorkbook, restoreWorkbook, stageKey, type WorkbookDoc } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { FunnelEngine } from '../../../src/lib/engine';

const workbook = (): WorkbookDoc => createWorkbook(templateSeed('b2b-pipeline', 'en', 'Import'));

function importOf(doc: WorkbookDoc, rows: string[][]): ImportResult {
  const table = toTable([['Opportunity Name', 'Stage', 'Amount', 'Owner', 'Close Date'], ...rows]);
  const mapping = guessMapping(table.headers);
  const stageMapping = guessStageMapping(distinctValues(table.rows, mapping.stage), doc.stages);
  return aggregate({ table, mapping, shape: 'opportunities', stageMapping, stages: doc.stages });
}

let counter = 0;
const newId = () => `imp${++counter}`;

describe('writing an import into the workbook', () => {
  const rows = [
    ['Northwind pilot', 'Proposal', '50万', 'Alice', '2026-05-01'],
    ['Globex renewal', 'Leads', '120,000', 'Ben', ''],
    ['Initech', 'Closed won', '300000', 'Alice', '2026-03-01'],
  ];

  it('sets every stage’s actual entries, which the engine then computes with', () => {
    const doc = workbook();
    const next = applyImport(doc, importOf(doc, rows), { replaceOpportunities: false, newId });
    const [leads, , , proposal, , won] = doc.stages;
    expect(next.cells[stageKey(leads.id, 'actual')]).toBe('3');
    expect(next.cells[stageKey(proposal.id, 'actual')]).toBe('2');
    expect(next.cells[stageKey(won.id, 'actual')]).toBe('1');
    const engine = new FunnelEngine(next);
    expect(engine.valueOf(stageKey(proposal.id, 'actual'))).toEqual({ type: 'number', value: 2 });
    engine.destroy();
  });

  it('leaves the document it was given unchanged (the old one is the undo step)', () => {
    const doc = workbook();
    const before = structuredClone(doc);
    applyImport(doc, importOf(doc, rows), { replaceOpportunities: true, newId });
    expect(doc).toEqual(before);
  });

  it('replaces the open opportunities with the file’s open ones, named by workbook stage', () => {
    const doc = workbook();
    const next = applyImport(doc, importOf(doc, rows), { replaceOpportunities: true, newId });
    expect(next.opportunities).toHaveLength(2);
    const first = next.opportunities[0].id;
    expect(next.cells[`o.${first}.name`]).toBe('Northwind pilot');
    expect(next.cells[`o.${first}.amount`]).toBe('500000');
    expect(next.cells[`o.${first}.stage`]).toBe('Proposal');
    expect(next.cells[`o.${first}.owner`]).toBe('Alice');
    expect(restoreWorkbook(next)).toMatchObject({ ok: true, dropped: [] });
  });

  it('writes into the scenario being edited, leaving the base as it was', () => {
    const base = workbook();
    const doc = addScenario(base, 'sc1', 'What if');
    const next = applyImport(doc, importOf(doc, rows), { replaceOpportunities: false, newId });
    const key = stageKey(doc.stages[0].id, 'actual');
    expect(next.cells[key]).toBe(base.cells[key]);
    expect(next.scenarios[0].overrides[key]).toBe('3');
  });
});
