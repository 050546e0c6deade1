// The command line as a user runs it: `node src/cli/bin.mjs <command>` in a child process, checked
// for its output, its files and its exit status (0 ok, 1 bad file, 2 usage).
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asScenario, stageKey, type WorkbookDoc } from '../../src/lib/document';
import { FunnelEngine } from '../../src/lib/engine';
import { FILE_MAX_BYTES, writeWorkbookFile } from '../../src/lib/exchange';
import { scenarioWorkbook } from '../unit/xlsx/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'funnelbook-cli-'));
const doc = scenarioWorkbook();
const file = join(dir, 'demo.funnelbook.json');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/bin.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const put = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** What the app's engine computes for a layer, to compare the CLI's figures with. */
function engineFigures(layer: WorkbookDoc) {
  const engine = new FunnelEngine(layer);
  try {
    const number = (key: string) => {
      const value = engine.valueOf(key);
      return value.type === 'number' ? value.value : null;
    };
    return layer.stages.map((s) => ({ name: s.name, required: number(stageKey(s.id, 'required')), forecast: number(stageKey(s.id, 'forecast')) }));
  } finally {
    engine.destroy();
  }
}

beforeAll(() => {
  writeFileSync(file, writeWorkbookFile(doc));
  // The first run builds dist-cli/ when it is missing or stale; the tests after it start quickly.
  expect(cli('help').status).toBe(0);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('funnelbook eval', () => {
  it('prints every stage with its required and forecast figures and the key outputs', () => {
    const { status, stdout, stderr } = cli('eval', file);
    expect([status, stderr]).toEqual([0, '']);
    for (const stage of engineFigures(doc)) {
      const line = stdout.split('\n').find((l) => l.startsWith(stage.name))!;
      expect(line, stage.name).toContain(stage.required!.toLocaleString('en'));
      expect(line, stage.name).toContain(stage.forecast!.toLocaleString('en'));
    }
    for (const name of ['DealsNeeded', 'RequiredTop', 'ForecastWon', 'ForecastRevenue']) expect(stdout).toContain(`(${name})`);
  });

  it('--json gives the engine’s figures for the base plan', () => {
    const { status, stdout } = cli('eval', file, '--json');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.scenario).toBeNull();
    expect(result.stages.map((s: { name: string; required: number; forecast: number }) => ({ name: s.name, required: s.required, forecast: s.forecast }))).toEqual(engineFigures(doc));
    expect(result.outputs.DealsNeeded).toBe(38);
  });

  it('--scenario NAME evaluates that scenario', () => {
    const { status, stdout } = cli('eval', file, '--scenario', 'Optimistic', '--json');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    const optimistic = asScenario(doc, doc.scenarios.find((s) => s.name === 'Optimistic')!.id);
    expect(result.scenario).toBe('Optimistic');
    expect(result.stages.map((s: { required: number }) => s.required)).toEqual(engineFigures(optimistic).map((s) => s.required));
    expect(result.outputs.DealsNeeded).toBe(45);
  });

  it('shows names from the file as text: terminal escape sequences are not passed through', () => {
    const hostile = { ...doc, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, name: 'Leads\u001b[2J\u001b]0;owned\u0007' } : s)) };
    const { status, stdout } = cli('eval', put('hostile.funnelbook.json', writeWorkbookFile(hostile)));
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/\u001b|\u0007/);
    expect(stdout).toContain('Leads\ufffd[2J');
  });
});

describe('funnelbook export', () => {
  it('writes an .xlsx whose grid is live formulas', async () => {
    const out = join(dir, 'out.xlsx');
    const { status, stdout } = cli('export', file, '--xlsx', out);
    expect(status).toBe(0);
    expect(stdout).toContain(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('Funnel')!.getCell('C2').formula).toBe('IF(PerStage,ROUNDUP(C3/B2,0),C3/B2)');
    expect(workbook.getWorksheet('Funnel (Optimistic)')).toBeDefined();
    // English labels in the header row.
    expect(workbook.getWorksheet('Funnel')!.getCell('A1').value).not.toBe('name');
  });

  it('exits 1 with a message when OUT cannot be written', () => {
    const { status, stdout, stderr } = cli('export', file, '--xlsx', join(dir, 'no-such-folder', 'out.xlsx'));
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/cannot be written: no such file/);
  });
});

describe('funnelbook validate', () => {
  it('accepts a workbook the app exported', () => {
    const { status, stdout } = cli('validate', file);
    expect(status).toBe(0);
    expect(stdout).toContain('valid Funnelbook workbook');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), /cannot be read: no such file/],
    ['a file that is not JSON', () => put('broken.json', '{"type": "funnelbook",\n'), /not valid JSON \(line 2/],
    ['JSON that is not a workbook', () => put('other.json', '{"hello": "world"}'), /not a Funnelbook workbook/],
    ['a workbook with a wrong field', () => put('wrong.json', writeWorkbookFile(doc).replace('"stages": [', '"stages": 5, "x": [')), /\$\.stages/],
    [
      'a file over the size limit',
      () => {
        const path = join(dir, 'huge.json');
        const fd = openSync(path, 'w');
        ftruncateSync(fd, FILE_MAX_BYTES + 1);
        closeSync(fd);
        return path;
      },
      /Funnelbook reads files up to/,
    ],
  ])('exits 1 with a message on stderr for %s', (_, make, message) => {
    const { status, stdout, stderr } = cli('validate', make());
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(message);
  });
});

describe('usage errors exit 2 and print the usage', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate', 'x.json']],
    ['an unknown option', ['eval', 'x.json', '--colour']],
    ['a missing FILE', ['validate']],
    ['export without --xlsx', ['export', 'x.json']],
    ['--scenario without a name', ['eval', 'x.json', '--scenario']],
  ])('%s', (_, args) => {
    const { status, stdout, stderr } = cli(...args);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain('Usage: npm run funnelbook');
  });

  it('a scenario the workbook does not have', () => {
    const { status, stderr } = cli('eval', file, '--scenario', 'Nope');
    expect(status).toBe(2);
    expect(stderr).toContain('its scenarios are "Optimistic"');
  });
});
