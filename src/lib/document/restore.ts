import type { z } from 'zod';
import { workbookSchema, type WorkbookDoc } from './schema';
import { cellKeyFilter } from './segments';
import { DOC_TYPE, DOC_VERSION, MIGRATIONS, isRecord, type RawDoc } from './version';

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

export type RestoreProblem =
  | { kind: 'not-object' }
  | { kind: 'wrong-type' }
  | { kind: 'too-new'; version: number }
  | { kind: 'migration-failed'; from: number; message: string }
  | {
      kind: 'invalid';
      /** Where, as a JSON path: `$.stages[2].name`, `$.cells["s.ab12.rate"]`. */
      path: string;
      /** zod's own words, in English, for logs and the CLI; the UI words it from `code` and `params`. */
      message: string;
      /** zod's issue code: `invalid_type`, `too_big`, `too_small`, `invalid_format`, `invalid_value`… */
      code: string;
      params: Record<string, string | number>;
    };

export type RestoreResult =
  | {
      ok: true;
      doc: WorkbookDoc;
      /** JSON paths of what was left out or set back to its default to make the document valid. */
      dropped: string[];
    }
  | { ok: false; problem: RestoreProblem };

type Issue = z.core.$ZodIssue;

/** Repair rounds before giving up; each round fixes every issue zod reported in one pass. */
const REPAIR_ROUNDS = 8;

/** `$`, `.name` for plain names, `["s.ab.rate"]` for any other key, `[3]` for an index. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(step)) out += `.${step}`;
    else out += `[${JSON.stringify(String(step))}]`;
  }
  return out;
}

/** `root` is the document validated: a required field absent from it is reported as `params.missing`. */
function invalid(issue: Issue, root?: unknown): RestoreProblem {
  const path = issue.path;
  const params: Record<string, string | number> = {};
  if (root !== undefined && issue.code === 'invalid_type' && lookup(root, path) === undefined) params.missing = 1;
  const extra = issue as unknown as Record<string, unknown>;
  for (const name of ['expected', 'origin', 'maximum', 'minimum', 'format'] as const) {
    const value = extra[name];
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  if (Array.isArray(extra.values)) params.values = extra.values.map((v) => JSON.stringify(v)).join(' | ');
  return { kind: 'invalid', path: formatJsonPath(path), message: issue.message, code: issue.code, params };
}

function migrate(raw: RawDoc, version: number): { ok: true; doc: RawDoc } | { ok: false; problem: RestoreProblem } {
  let current = raw;
  for (let from = version; from < DOC_VERSION; from++) {
    const step = MIGRATIONS.find((m) => m.from === from);
    // No step from here (version 0, 1.5, …): validation names `$.version` as the problem.
    if (!step) return { ok: true, doc: current };
    try {
      current = { ...step.up(current), version: from + 1 };
    } catch (error) {
      return { ok: false, problem: { kind: 'migration-failed', from, message: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { ok: true, doc: current };
}

/**
 * Removes what zod reported, one property at a time, on a copy: an optional field falls back to
 * absent or its default, a bad cell entry is left out. A required field reports the same path again
 * once removed; then the document cannot be read and the original issue is the answer.
 */
function validateAndRepair(raw: RawDoc): { ok: true; doc: WorkbookDoc; working: RawDoc; repaired: string[] } | { ok: false; problem: RestoreProblem } {
  let working = raw;
  const tried = new Map<string, Issue>();
  const repaired: string[] = [];
  for (let round = 0; round <= REPAIR_ROUNDS; round++) {
    const parsed = workbookSchema.safeParse(working);
    if (parsed.success) return { ok: true, doc: parsed.data, working, repaired };
    if (round === REPAIR_ROUNDS) return { ok: false, problem: invalid(parsed.error.issues[0], working) };
    if (working === raw) {
      try {
        working = structuredClone(raw);
      } catch {
        // Not plain data (cannot come from JSON or IndexedDB): nothing to repair, only to refuse.
        return { ok: false, problem: invalid(parsed.error.issues[0], raw) };
      }
    }
    for (const issue of parsed.error.issues) {
      const where = formatJsonPath(issue.path);
      const earlier = tried.get(where);
      if (earlier) return { ok: false, problem: invalid(earlier, raw) };
      const parent = issue.path.length >= 2 || (issue.path.length === 1 && !['type', 'version'].includes(String(issue.path[0])))
        ? lookup(working, issue.path.slice(0, -1))
        : undefined;
      const last = issue.path[issue.path.length - 1];
      // Array elements are never removed: indexes would shift and a stage would vanish with its cells.
      if (!isRecord(parent) || typeof last !== 'string' || !Object.hasOwn(parent, last)) return { ok: false, problem: invalid(issue, working) };
      delete parent[last];
      tried.set(where, issue);
      repaired.push(where);
    }
  }
  return { ok: false, problem: { kind: 'not-object' } };
}

function lookup(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isRecord(node) && typeof step === 'string' && Object.hasOwn(node, step)) node = node[step];
    else return undefined;
  }
  return node;
}

/** Fields zod stripped because the schema does not know them (written by a newer app, or by hand). */
function unknownFields(raw: unknown, parsed: unknown, path: PropertyKey[], out: string[]): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    const length = Math.min(raw.length, parsed.length);
    for (let i = 0; i < length; i++) {
      path.push(i);
      unknownFields(raw[i], parsed[i], path, out);
      path.pop();
    }
  } else if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      path.push(key);
      if (!Object.hasOwn(parsed, key)) out.push(formatJsonPath(path));
      else unknownFields(raw[key], parsed[key], path, out);
      path.pop();
    }
  }
}

/** Keeps the first of each id: a second stage with the same id would share its cells. */
function firstOfEachId<T extends { id: string }>(list: T[], field: string, dropped: string[]): T[] {
  const seen = new Set<string>();
  return list.filter((item, index) => {
    if (!seen.has(item.id)) return seen.add(item.id);
    dropped.push(formatJsonPath([field, index]));
    return false;
  });
}

/**
 * The one restore path for everything loaded (database, file, link): migrate, validate strictly,
 * repair with defaults. Unknown fields, invalid optional fields and cell entries, duplicate ids and
 * cells of unknown keys, stages or opportunities are left out and reported in `dropped`, never kept
 * silently; a document whose required parts are wrong is refused with the JSON path of the first one.
 * Never throws and never changes `raw`.
 */
export function restoreWorkbook(raw: unknown): RestoreResult {
  if (!isRecord(raw)) return { ok: false, problem: { kind: 'not-object' } };
  if (raw.type !== DOC_TYPE) return { ok: false, problem: { kind: 'wrong-type' } };
  const version = typeof raw.version === 'number' ? raw.version : NaN;
  if (version > DOC_VERSION) return { ok: false, problem: { kind: 'too-new', version } };
  const migrated = migrate(raw, version);
  if (!migrated.ok) return migrated;
  const validated = validateAndRepair(migrated.doc);
  if (!validated.ok) return validated;
  const dropped = [...validated.repaired];
  unknownFields(validated.working, validated.doc, [], dropped);
  return { ok: true, doc: repairReferences(validated.doc, dropped), dropped };
}

function repairReferences(parsed: WorkbookDoc, dropped: string[]): WorkbookDoc {
  const stages = firstOfEachId(parsed.stages, 'stages', dropped);
  const opportunities = firstOfEachId(parsed.opportunities, 'opportunities', dropped);
  const scenarios = firstOfEachId(parsed.scenarios, 'scenarios', dropped);
  const segments = firstOfEachId(parsed.segments, 'segments', dropped);
  const belongs = cellKeyFilter({ stages, opportunities, segments });
  const keep = (cells: Record<string, string>, path: PropertyKey[]) => {
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(cells)) {
      if (belongs(key)) kept[key] = value;
      else dropped.push(formatJsonPath([...path, key]));
    }
    return kept;
  };
  const cells = keep(parsed.cells, ['cells']);
  const keptScenarios = scenarios.map((s, i) => ({ ...s, overrides: keep(s.overrides, ['scenarios', i, 'overrides']) }));
  let activeScenarioId = parsed.activeScenarioId;
  if (activeScenarioId !== null && !scenarios.some((s) => s.id === activeScenarioId)) {
    dropped.push('$.activeScenarioId');
    activeScenarioId = null;
  }
  return { ...parsed, stages, opportunities, segments, cells, scenarios: keptScenarios, activeScenarioId };
}
