import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_VERSION, MIGRATIONS } from '../../../src/lib/document';
import { readWorkbookFile } from '../../../src/lib/exchange';

// Frozen files of every old version: each must still open after every later format change.
const dir = new URL('../../fixtures/files/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.funnelbook.json'));
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const versionOf = (name: string) => Number(/^v(\d+)-/.exec(name)?.[1]);

describe('migrations', () => {
  it('form one chain, a step from each version to the next', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: DOC_VERSION - 1 }, (_, i) => i + 1));
  });

  it('each have a frozen file of the version they migrate from', () => {
    const versions = new Set(names.map(versionOf));
    for (const step of MIGRATIONS) expect(versions, `no tests/fixtures/files/v${step.from}-*.funnelbook.json`).toContain(step.from);
    expect(versions).toContain(1);
  });
});

describe.each(names)('the frozen file %s', (name) => {
  const raw = JSON.parse(text(name)) as Record<string, unknown> & { cells: Record<string, string>; stages: { id: string; name: string }[] };

  it('is stamped with its version, which is not newer than the app', () => {
    expect(raw.version).toBe(versionOf(name));
    expect(versionOf(name)).toBeLessThanOrEqual(DOC_VERSION);
  });

  it('migrates to the current version keeping its stages and every cell', () => {
    const read = readWorkbookFile(text(name));
    if (!read.ok) expect.unreachable(JSON.stringify(read.problem));
    expect(read.doc.version).toBe(DOC_VERSION);
    expect(read.doc.stages.map((s) => [s.id, s.name])).toEqual(raw.stages.map((s) => [s.id, s.name]));
    // Later versions may add cells (version 2 moved segment overrides into cells), never lose one.
    expect(read.doc.cells).toMatchObject(raw.cells);
    expect(read.dropped.filter((p) => /^\$\.(cells|stages|scenarios|opportunities)\b/.test(p))).toEqual([]);
  });

  it('keeps its scenarios and their overrides', () => {
    const read = readWorkbookFile(text(name));
    const scenarios = (raw.scenarios ?? []) as { id: string; name: string; overrides: Record<string, string> }[];
    expect(read.ok && read.doc.scenarios).toEqual(scenarios);
    expect(read.ok && read.doc.activeScenarioId).toBe(raw.activeScenarioId);
  });
});

describe('version 1 to 2', () => {
  it('moves a segment’s overrides into its own cells', () => {
    const read = readWorkbookFile(text('v1-zh-segments.funnelbook.json'));
    if (!read.ok) expect.unreachable(JSON.stringify(read.problem));
    expect(read.doc.cells['g.tm-north.target']).toBe('1500000');
    expect(read.doc.segments.map((s) => [s.id, s.parentId])).toEqual([['tm-north', null], ['rp-wang', 'tm-north']]);
    expect(read.doc.grain).toBeNull();
  });
});
