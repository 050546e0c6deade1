import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreWorkbook, workbookSchema, type WorkbookDoc } from '../../../src/lib/document';
import { importWorkbookText, writeWorkbookFile } from '../../../src/lib/exchange';
import { FunnelbookDb, WorkbookRepository } from '../../../src/lib/persistence';
import { workbookArbitrary } from './arbitraries';

const FUZZ_RUNS = 10_000;
const fixtureDir = new URL('../../fixtures/files/', import.meta.url);
const fixtureTexts = readdirSync(fixtureDir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
const baseTexts = [...fixtureTexts, ...fc.sample(workbookArbitrary, { numRuns: 12, seed: 7 }).map(writeWorkbookFile)];
const baseDocs = baseTexts.map((t) => JSON.parse(t) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}
const basePaths = baseDocs.map((doc) => pathsOf(doc));

/** Applies `change` to the node at `path` of a deep copy and returns the copy's JSON. */
function editAt(doc: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): string {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return JSON.stringify(copy);
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
  return JSON.stringify(copy);
}

const junk = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', '\u0000', '\uD800', 'NaN', '-', '1e999', 'tru', ' ', '\n', '"__proto__":{}');
const hostile: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>({ polluted: true }, '<script>alert(1)</script>', 'x'.repeat(20_000), -1, 1e308, '', [], {}),
);

/** A malformed file: a valid one broken as text, broken as a structure, or not a workbook at all. */
const malformedFile: fc.Arbitrary<string> = fc.nat({ max: baseTexts.length - 1 }).chain((b) => {
  const text = baseTexts[b];
  const doc = baseDocs[b];
  const paths = basePaths[b];
  const at = fc.nat({ max: text.length });
  const anyPath = fc.constantFrom(...paths);
  const keyPath = fc.constantFrom(...paths.filter((p) => p.length > 0));
  const objectPath = fc.constantFrom(...paths.filter((p) => { let n: unknown = doc; for (const s of p) n = (n as Record<string | number, unknown>)[s]; return typeof n === 'object' && n !== null && !Array.isArray(n); }));
  return fc.oneof(
    at.map((n) => text.slice(0, n)),
    fc.tuple(at, junk).map(([n, c]) => text.slice(0, n) + c + text.slice(n + 1)),
    fc.tuple(at, junk).map(([n, c]) => text.slice(0, n) + c + text.slice(n)),
    fc.tuple(at, fc.nat({ max: 200 })).map(([n, len]) => text.slice(0, n) + text.slice(n + len)),
    fc.tuple(anyPath, hostile).map(([p, v]) => editAt(doc, p, (parent, k) => (parent[k] = v))),
    keyPath.map((p) => editAt(doc, p, (parent, k) => (Array.isArray(parent) ? parent.splice(Number(k), 1) : delete parent[k]))),
    fc.tuple(objectPath, fc.constantFrom('__proto__', 'constructor', 'prototype'), hostile).map(([p, key, v]) =>
      // JSON.stringify would drop a __proto__ set by assignment; write the key into the text instead.
      editAt(doc, p, (parent, k) => (parent[k] = { ...(parent[k] as object), FORBIDDEN_KEY: v })).replace('"FORBIDDEN_KEY"', JSON.stringify(key)),
    ),
    fc.tuple(fc.oneof(fc.integer(), fc.double(), fc.string()), fc.oneof(fc.constant('funnelbook'), fc.string())).map(([version, type]) =>
      JSON.stringify({ ...(doc as object), version, type }),
    ),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.nat({ max: 3_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  );
});

describe('fuzzed malformed files', () => {
  const db = new FunnelbookDb({ name: 'fuzz', indexedDB: new IDBFactory(), IDBKeyRange });
  const repo = new WorkbookRepository(db);
  afterAll(() => db.close());

  it(`never crash and never write part of a workbook (${FUZZ_RUNS} files)`, async () => {
    let refused = 0;
    let creates = 0;
    const spy = { create: (doc: WorkbookDoc) => (creates++, repo.create(doc)) };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(malformedFile, async (text) => {
        const countBefore = await db.workbooks.count();
        const createsBefore = creates;
        const result = await importWorkbookText(text, spy);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          refused++;
          expect(creates).toBe(createsBefore);
          expect(await db.workbooks.count()).toBe(countBefore);
          return;
        }
        // What was accepted was accepted whole: valid, and nothing left to repair on the next load.
        expect(await db.workbooks.count()).toBe(countBefore + 1);
        const stored = (await repo.get(result.id))?.doc;
        expect(workbookSchema.safeParse(stored).success).toBe(true);
        expect(restoreWorkbook(stored)).toMatchObject({ ok: true, dropped: [] });
      }),
      { numRuns: FUZZ_RUNS },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz: ${FUZZ_RUNS} files in ${seconds.toFixed(1)} s, ${refused} refused, ${FUZZ_RUNS - refused} repaired and imported`);
    // The generator must mostly make files that cannot be read, or the test proves little.
    expect(refused).toBeGreaterThan(FUZZ_RUNS / 2);
  }, 600_000);
});
