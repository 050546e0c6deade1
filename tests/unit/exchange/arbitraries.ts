import fc from 'fast-check';
import {
  ASSUMPTIONS,
  MIX_COLUMNS,
  MIX_SLOTS,
  MONTH_COLUMNS,
  MONTH_SLOTS,
  OPPORTUNITY_COLUMNS,
  STAGE_COLUMNS,
  createWorkbook,
  type SegmentDoc,
  type WorkbookDoc,
} from '../../../src/lib/document';

/** Ids as the app makes them, plus the odd characters the format allows (`_`, `-`, capitals). */
const id = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_-'), minLength: 1, maxLength: 16 });
/** Any text, lone surrogates and control characters included; at most 120 UTF-16 units. */
const name = fc.string({ unit: 'binary', maxLength: 60 });
/** What a person might type into a cell: numbers, formulas, text with quotes, HTML and CJK. */
const cellText = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.string({ maxLength: 40 }).map((s) => `=${s}`),
  fc.constantFrom('50万', '<img src=x onerror=alert(1)>', '"quoted"\\', '=Target/AvgDeal', '\u0000\u2028'),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

function keysOf(stageIds: string[], opportunityIds: string[]): string[] {
  return [
    ...ASSUMPTIONS.map((a) => `a.${a.id}`),
    ...stageIds.flatMap((s) => STAGE_COLUMNS.map((c) => `s.${s}.${c.id}`)),
    ...opportunityIds.flatMap((o) => OPPORTUNITY_COLUMNS.map((c) => `o.${o}.${c.id}`)),
    ...Array.from({ length: MIX_SLOTS }, (_, slot) => MIX_COLUMNS.map((c) => `x.${slot}.${c.id}`)).flat(),
    ...Array.from({ length: MONTH_SLOTS }, (_, slot) => MONTH_COLUMNS.map((c) => `m.${slot}.${c.id}`)).flat(),
  ];
}

const cellsOver = (keys: string[], max: number) =>
  fc
    .array(fc.tuple(fc.nat({ max: keys.length - 1 }), cellText), { maxLength: max })
    .map((pairs) => Object.fromEntries(pairs.map(([index, value]) => [keys[index], value])));

/** Valid workbooks of every shape the app can make: stages, cells, opportunities, scenarios, segments. */
export const workbookArbitrary: fc.Arbitrary<WorkbookDoc> = fc
  .record({
    stageIds: fc.uniqueArray(id, { minLength: 1, maxLength: 12 }),
    opportunityIds: fc.uniqueArray(id, { maxLength: 4 }),
    scenarioIds: fc.uniqueArray(id, { maxLength: 3 }),
    segmentIds: fc.uniqueArray(id.filter((s) => s !== 'root'), { maxLength: 3 }),
  })
  .chain(({ stageIds, opportunityIds, scenarioIds, segmentIds }) => {
    const keys = keysOf(stageIds, opportunityIds);
    return fc.record({
      name,
      label: name,
      stageNames: fc.tuple(...stageIds.map(() => name)),
      stageKey: fc.option(fc.string({ unit: fc.constantFrom(...'abcz019-'), minLength: 1, maxLength: 40 })),
      cells: cellsOver(keys, 60),
      scenarios: fc.tuple(...scenarioIds.map((sid) => fc.record({ id: fc.constant(sid), name, overrides: cellsOver(keys, 8) }))),
      active: fc.option(fc.constantFrom(null, ...scenarioIds)),
      segments: fc.tuple(
        ...segmentIds.map((sid, i) =>
          fc.record({ id: fc.constant(sid), dimension: fc.constantFrom('team', 'rep', '区域'), name, parentId: fc.constantFrom(null, ...segmentIds.slice(0, i)) }),
        ),
      ),
    }).map((parts): WorkbookDoc => {
      const base = createWorkbook({ name: 'x', target: 1, avgDeal: 1, stages: [] }, new Date('2026-01-02T03:04:05.000Z'));
      return {
        ...base,
        name: parts.name,
        period: { label: parts.label, start: null, end: null },
        stages: stageIds.map((sid, i) => ({ id: sid, name: parts.stageNames[i], ...(i === 0 && parts.stageKey ? { key: parts.stageKey } : {}) })),
        opportunities: opportunityIds.map((oid) => ({ id: oid })),
        cells: parts.cells,
        scenarios: parts.scenarios,
        activeScenarioId: parts.active ?? null,
        segments: parts.segments as SegmentDoc[],
      };
    });
  });
