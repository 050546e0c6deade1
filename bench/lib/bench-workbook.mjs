// The generated flat workbook the edit benchmarks open: a plain JS mirror of
// src/lib/document/create.ts, with its formula-cell count (a test in tests/unit/engine holds that
// count to the engine).

/** Stage ids carry the size so one workbook's rows never match another's. @param {string} prefix @param {number} n */
const stageId = (prefix, n) => `${prefix}-${String(n).padStart(5, '0')}`;

/**
 * A workbook of `stageCount` stages, every rate 99.9% (so long funnels stay finite and
 * non-trivial), actuals on every stage (so actual-rate and gap cells hold numbers too).
 * @param {number} stageCount
 * @param {string} id
 * @param {string} prefix stage id prefix
 */
export function generateWorkbook(stageCount, id, prefix = 'st', opportunityCount = 0) {
  const stamp = new Date('2024-01-01T00:00:00.000Z').toISOString();
  /** @type {Record<string, string>} */
  const cells = { 'a.target': '3800000', 'a.avgDeal': '100000', 'a.perStage': '1' };
  const stages = [];
  for (let i = 0; i < stageCount; i++) {
    const sid = stageId(prefix, i);
    stages.push({ id: sid, name: `Stage ${i + 1}` });
    if (i < stageCount - 1) cells[`s.${sid}.rate`] = '0.999';
    cells[`s.${sid}.actual`] = String(Math.max(1, Math.round(100000 * 0.9985 ** i)));
  }
  const opportunities = [];
  for (let i = 0; i < opportunityCount; i++) {
    const oid = `${prefix}-o${String(i).padStart(5, '0')}`;
    opportunities.push({ id: oid });
    cells[`o.${oid}.name`] = `Deal ${i + 1}`;
    cells[`o.${oid}.amount`] = String(10000 + (i % 50) * 1000);
  }
  return {
    type: 'funnelbook',
    version: 1,
    id,
    name: `Bench ${stageCount} stages`,
    createdAt: stamp,
    updatedAt: stamp,
    period: { label: '2024', start: null, end: null },
    stages,
    cells,
    opportunities,
    segments: [],
    scenarios: [],
    activeScenarioId: null,
  };
}

/**
 * Formula cells of a document with default formulas and no opportunities (mirrors
 * src/lib/engine/layout.ts): 14 per converting stage, 8 on the last, 154 on the other sheets.
 * @param {number} stageCount at least 1
 */
export const formulaCellCount = (stageCount) => 14 * (stageCount - 1) + 8 + 154;
