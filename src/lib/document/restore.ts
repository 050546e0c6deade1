import type { z } from 'zod';
import { parseCellKey } from './cell-key';
import { workbookSchema, type WorkbookDoc } from './schema';
import { DOC_TYPE, DOC_VERSION } from './version';

export type RestoreProblem =
  | { kind: 'not-object' }
  | { kind: 'wrong-type' }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; path: string; message: string };

export type RestoreResult = { ok: true; doc: WorkbookDoc; dropped: string[] } | { ok: false; problem: RestoreProblem };

// Each entry lifts a document of version `from` to `from + 1`. Append only; never edit an old one.
const migrations: { from: number; up: (raw: Record<string, unknown>) => Record<string, unknown> }[] = [];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(issue: z.core.$ZodIssue): string {
  return '$' + issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * The one restore path for everything loaded (database, file, link): migrate, then validate strictly.
 * Cells of unknown keys, stages or opportunities are dropped and reported rather than kept silently.
 */
export function restoreWorkbook(raw: unknown): RestoreResult {
  if (!isRecord(raw)) return { ok: false, problem: { kind: 'not-object' } };
  if (raw.type !== DOC_TYPE) return { ok: false, problem: { kind: 'wrong-type' } };
  let version = typeof raw.version === 'number' ? raw.version : NaN;
  if (version > DOC_VERSION) return { ok: false, problem: { kind: 'too-new', version } };
  let current: Record<string, unknown> = raw;
  for (const step of migrations) {
    if (step.from === version) {
      current = step.up(current);
      version += 1;
    }
  }
  const parsed = workbookSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { kind: 'invalid', path: pathOf(issue), message: issue.message } };
  }
  const doc = parsed.data;
  const stageIds = new Set(doc.stages.map((s) => s.id));
  const opportunityIds = new Set(doc.opportunities.map((o) => o.id));
  const belongs = (key: string) => {
    const parsed = parseCellKey(key);
    if (parsed?.scope === 'stage') return stageIds.has(parsed.stageId);
    if (parsed?.scope === 'opportunity') return opportunityIds.has(parsed.opportunityId);
    return parsed !== null;
  };
  const dropped: string[] = [];
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(doc.cells)) {
    if (belongs(key)) cells[key] = value;
    else dropped.push(`$.cells.${key}`);
  }
  return { ok: true, doc: { ...doc, cells }, dropped };
}
