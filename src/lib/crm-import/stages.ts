import { normaliseHeader } from './guess';

/**
 * Where a CRM stage name goes: a workbook stage (by id), `lost` (an opportunity that dropped out;
 * see aggregate.ts for how it counts), `ignore` (left out on purpose), or '' (not chosen yet:
 * such rows are reported as skipped).
 */
export type StageTarget = string;
export const LOST = 'lost';
export const IGNORE = 'ignore';

export interface WorkbookStage {
  id: string;
  name: string;
}

/** Names CRMs give to lost or disqualified opportunities, normalised like headers. */
const LOST_NAMES = [
  'closed lost', 'lost', 'closedlost', 'lost deal', 'disqualified', 'unqualified', 'dead', 'no decision', 'cancelled',
  '输单', '丢单', '已输单', '失败', '已失败', '赢单失败', '已关闭未成交', '关闭未成交', '已流失', '流失', '无效', '已取消',
].map(normaliseHeader);

const looksLost = (name: string) => LOST_NAMES.includes(normaliseHeader(name));

/** The distinct stage names of a column, in the order they first appear (empty cells left out). */
export function distinctValues(rows: readonly (readonly string[])[], column: number | undefined): string[] {
  if (column === undefined) return [];
  const seen = new Set<string>();
  for (const row of rows) {
    const value = row[column] ?? '';
    if (value !== '') seen.add(value);
  }
  return [...seen];
}

/**
 * A first guess per CRM stage name: the workbook stage of the same name (case, width and spacing
 * ignored), `lost` for the usual lost names, and '' for the rest, which the user chooses.
 */
export function guessStageMapping(names: readonly string[], stages: readonly WorkbookStage[]): Map<string, StageTarget> {
  const byName = new Map<string, string>();
  for (const stage of stages) {
    const key = normaliseHeader(stage.name);
    if (!byName.has(key)) byName.set(key, stage.id);
  }
  const mapping = new Map<string, StageTarget>();
  for (const name of names) {
    const match = byName.get(normaliseHeader(name));
    mapping.set(name, match ?? (looksLost(name) ? LOST : ''));
  }
  return mapping;
}
