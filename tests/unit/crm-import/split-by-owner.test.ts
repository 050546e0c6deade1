// Imported actuals split into one rep segment per owner (issue 6 part 3 into issue 4's segments).
import { describe, expect, it } from 'vitest';
import { aggregate, applyImport, distinctValues, guessMapping, guessStageMapping, splitByOwner, toTable, type ImportResult } from '../../../src/lib/crm-import';
import { ROOT_NODE, createWorkbook, nodeStageKey, setCell, setGrain, stageKey, type WorkbookDoc } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import { serialFromIso } from '../../../src/lib/domain';
import { FunnelEngine } from '../../../src/lib/engine';

const workbook = (): WorkbookDoc => createWorkbook(templateSeed('b2b-pipeline', 'en', 'Import'));
const ROWS = [
  ['Northwind pilot', 'Proposal', '500000', 'Alice', '2026-01-15'],
  ['Globex renewal', 'Leads', '120000', 'Ben', '2026-02-03'],
  ['Initech', 'Closed won', '300000', 'Alice', '2026-02-20'],
  ['Umbrella', 'Contact', '80000', '', '2026-01-05'],
];

function importOf(doc: WorkbookDoc): ImportResult {
  const table = toTable([['Opportunity Name', 'Stage', 'Amount', 'Owner', 'Created Date'], ...ROWS]);
  const mapping = guessMapping(table.headers);
  const stageMapping = guessStageMapping(distinctValues(table.rows, mapping.stage), doc.stages);
  return aggregate({ table, mapping, shape: 'opportunities', stageMapping, stages: doc.stages });
}

let counter = 0;
const options = { newId: () => `rep${++counter}`, unassigned: 'No owner' };
const split = (doc: WorkbookDoc) => splitByOwner(applyImport(doc, importOf(doc), { replaceOpportunities: false, newId: options.newId }), importOf(doc), options).doc;
const valueOf = (doc: WorkbookDoc, key: string) => {
  const engine = new FunnelEngine(doc);
  try {
    return engine.valueOf(key);
  } finally {
    engine.destroy();
  }
};

describe('splitting imported actuals by owner', () => {
  it('makes one rep segment per owner, rows without one in their own', () => {
    expect(split(workbook()).segments.map((s) => [s.dimension, s.name])).toEqual([['rep', 'Alice'], ['rep', 'Ben'], ['rep', 'No owner']]);
  });

  it('writes each rep’s entries and lets the company show their sum', () => {
    const doc = split(workbook());
    const leads = doc.stages[0].id;
    const alice = doc.segments.find((s) => s.name === 'Alice')!.id;
    expect(doc.cells[nodeStageKey(alice, leads, 'actual')]).toBe('2');
    expect(doc.cells[stageKey(leads, 'actual')]).toBeUndefined();
    expect(valueOf(doc, stageKey(leads, 'actual'))).toEqual({ type: 'number', value: 4 });
    expect(valueOf(doc, nodeStageKey(ROOT_NODE, leads, 'actual'))).toEqual({ type: 'number', value: 4 });
  });

  it('reuses a rep segment of the same name instead of adding another', () => {
    const once = split(workbook());
    expect(split(once).segments).toHaveLength(3);
  });

  it('writes month by month from the period start when the workbook records months', () => {
    let doc = setGrain(workbook(), 'month');
    doc = setCell(doc, 'a.periodStart', String(serialFromIso('2026-01-01')));
    const next = split(doc);
    const leads = doc.stages[0].id;
    const alice = next.segments.find((s) => s.name === 'Alice')!.id;
    expect([next.cells[nodeStageKey(alice, leads, 'p0')], next.cells[nodeStageKey(alice, leads, 'p1')]]).toEqual(['1', '1']);
    expect(valueOf(next, nodeStageKey(alice, leads, 'actual'))).toEqual({ type: 'number', value: 2 });
  });
});
