// Workbooks the XLSX tests export: every template, the demo, and one that uses every part of the
// grid (opportunities, the deal-size mix, typed formulas, scenarios and awkward names).
import {
  addOpportunity,
  addSegment,
  nodeStageKey,
  segmentKey,
  setGrain,
  addScenario,
  assumptionKey,
  createWorkbook,
  demoSeed,
  mixKey,
  setActiveScenario,
  setCell,
  setCellInActiveLayer,
  stageKey,
  type WorkbookDoc,
} from '../../../src/lib/document';
import { TEMPLATE_IDS, templateSeed } from '../../../src/lib/document/templates';
import { serialFromIso } from '../../../src/lib/domain/dates';

export const templateWorkbooks = (): { name: string; doc: WorkbookDoc }[] =>
  TEMPLATE_IDS.map((id) => ({ name: `template-${id}`, doc: createWorkbook(templateSeed(id, 'en', id)) }));

export const demoWorkbook = (locale: 'en' | 'zh-CN' = 'en'): WorkbookDoc => createWorkbook(demoSeed(locale));

/** The demo with a second scenario that changes a rate, the target and a formula. */
export function scenarioWorkbook(): WorkbookDoc {
  let doc = demoWorkbook();
  const [top, second] = doc.stages;
  doc = addScenario(doc, 'optimistic', 'Optimistic');
  doc = setCellInActiveLayer(doc, stageKey(top.id, 'rate'), '0.3');
  doc = setCellInActiveLayer(doc, assumptionKey('target'), '4500000');
  doc = setCellInActiveLayer(doc, stageKey(second.id, 'probability'), '=0.4+0.05');
  doc = addScenario(doc, 'cautious', "Cautious: team's [Q1] view");
  doc = setCellInActiveLayer(doc, stageKey(second.id, 'rate'), '0.4');
  return setActiveScenario(doc, null);
}

/** Opportunities, the mix, typed formulas and names that look like formulas: the whole grid at work. */
export function everythingWorkbook(): WorkbookDoc {
  let doc = scenarioWorkbook();
  const stages = doc.stages;
  const date = (iso: string) => String(serialFromIso(iso));
  const opportunities: [string, string, string, string][] = [
    ['1000000', stages[0].name, 'Ann', '2026-03-05'],
    ['400000', stages[2].name, 'Bo', '2026-03-20'],
    ['300000', stages[3].name, 'Chen', '2026-03-28'],
    ['250000', stages[1].name, '=1+1', '2026-06-30'],
    ['', 'No such stage', '', ''],
  ];
  opportunities.forEach(([amount, stage, owner, close], i) => {
    doc = addOpportunity(doc, `o${i}`, { name: `Deal ${i}`, amount, stage, owner, close: close && date(close) });
  });
  [
    ['Small', '0.5', '50000'],
    ['Large', '0.5', '150000'],
  ].forEach(([name, share, value], slot) => {
    doc = setCell(setCell(setCell(doc, mixKey(slot, 'name'), name), mixKey(slot, 'share'), share), mixKey(slot, 'value'), value);
  });
  doc = setCell(doc, stageKey(stages[1].id, 'improvement'), '0.05');
  doc = setCell(doc, stageKey(stages[2].id, 'cycleDays'), '=IFS(Reps>5,20,TRUE(),10)');
  doc = setCell(doc, stageKey(stages[0].id, 'rateLow'), '=MAX(0.1,MIN(0.2,Target/100000000))');
  doc = setCell(doc, assumptionKey('activities'), '=SUMIF(Opportunities!$B$2:$B$6,">300000")/10000');
  // An error that flows on (planRate) and links: only the http(s) one stays a formula in the file.
  doc = setCell(doc, stageKey(stages[3].id, 'improvement'), '=1/0');
  doc = setCell(doc, stageKey(stages[1].id, 'rateLow'), '=HYPERLINK("https://example.com/plan","plan")');
  doc = setCell(doc, stageKey(stages[1].id, 'rateHigh'), '=HYPERLINK("javascript:alert(1)","click")');
  doc = { ...doc, stages: doc.stages.map((s, i) => (i === 4 ? { ...s, name: '=1+1' } : s)) };
  return doc;
}

/** The demo split into two teams with monthly actuals: the Segments and SegmentStages sheets at work. */
export function splitWorkbook(): WorkbookDoc {
  let doc = demoWorkbook();
  doc = addSegment(doc, { id: 'north', dimension: 'team', name: 'North', parentId: null });
  doc = addSegment(doc, { id: 'south', dimension: 'team', name: '=South', parentId: null });
  doc = setGrain(doc, 'month');
  doc = setCell(doc, segmentKey('north', 'share'), '0.6');
  doc = setCell(doc, segmentKey('south', 'share'), '0.4');
  const actuals: Record<string, number[]> = { north: [200, 50, 25, 18, 16], south: [160, 34, 15, 9, 9] };
  for (const [node, entries] of Object.entries(actuals)) {
    doc.stages.forEach((stage, j) => {
      doc = setCell(doc, nodeStageKey(node, stage.id, 'actual'), String(entries[j]));
      doc = setCell(doc, nodeStageKey(node, stage.id, 'p0'), String(Math.round(entries[j] / 3)));
      doc = setCell(doc, nodeStageKey(node, stage.id, 'p1'), String(Math.round(entries[j] / 4)));
    });
  }
  return setCell(doc, nodeStageKey('south', doc.stages[1].id, 'rate'), '0.45');
}
