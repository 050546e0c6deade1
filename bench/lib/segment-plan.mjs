// A sales plan split by team and rep and recorded by month (issue 4's shape): the workbook of the
// segment-edit benchmark, and, scaled up, the largest workbook of the edit-latency benchmark.

/** Issue 4's scale: 4 teams of 5 reps, 12 months, 8 stages. */
export const PLAN = { teams: 4, repsPerTeam: 5, months: 12, stages: 8 };

/**
 * The plan as a Funnelbook document (version 2: segments and grain). Stage ids are st0, st1…; each
 * rep has entries into every stage in every month.
 * @param {string} id
 * @param {{ teams?: number, repsPerTeam?: number, months?: number, stages?: number }} [shape]
 */
export function generateSegmentWorkbook(id, shape = {}) {
  const { teams, repsPerTeam, months, stages: stageCount } = { ...PLAN, ...shape };
  const stamp = new Date('2024-01-01T00:00:00.000Z').toISOString();
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `st${i}`, name: `Stage ${i + 1}` }));
  /** @type {Record<string, string>} */
  const cells = { 'a.target': '12000000', 'a.avgDeal': '50000', 'a.perStage': '1', 'a.periodStart': '45292' };
  stages.slice(0, -1).forEach((s, i) => (cells[`s.${s.id}.rate`] = String(0.5 + 0.05 * i)));
  const segments = [];
  for (let t = 0; t < teams; t++) {
    segments.push({ id: `team${t}`, dimension: 'team', name: `Team ${t + 1}`, parentId: null });
    for (let r = 0; r < repsPerTeam; r++) {
      const rep = `rep${t}x${r}`;
      segments.push({ id: rep, dimension: 'rep', name: `Rep ${t + 1}.${r + 1}`, parentId: `team${t}` });
      for (let m = 0; m < months; m++) {
        let entries = 80 + ((t * 7 + r * 3 + m) % 40);
        for (const s of stages) {
          cells[`n.${rep}:${s.id}.p${m}`] = String(entries);
          entries = Math.round(entries * 0.6);
        }
      }
    }
  }
  return { type: 'funnelbook', version: 2, id, name: `Bench ${teams * repsPerTeam} reps x ${months} months`, createdAt: stamp, updatedAt: stamp,
    period: { label: '2024', start: null, end: null }, stages, cells, segments, grain: 'month', scenarios: [], activeScenarioId: null };
}

/**
 * Formula cells of a plan of 8 stages and 12 months: 531 for the company, 164 per rep and 263 per
 * team (a unit test in tests/unit/engine holds this count to the engine).
 * @param {{ teams: number, repsPerTeam: number }} shape
 */
export const planFormulaCellCount = ({ teams, repsPerTeam }) => 531 + 164 * teams * repsPerTeam + 263 * teams;
