import { FIELD_IDS, headerSignature, type ColumnMapping, type FieldId, type ImportShape } from './guess';
import type { StageTarget } from './stages';

/**
 * Mappings are remembered so the next export from the same CRM needs no clicks: the column mapping
 * per header signature (files shaped the same way), the stage-name mapping per workbook (its targets
 * are that workbook's stage ids). Stored as plain lists of pairs, never as objects keyed by text from
 * the file, and read back defensively: the store is outside this module's control.
 */
export interface SettingsStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export interface RememberedColumns {
  shape: ImportShape;
  /** Field -> header name (names, not indexes, so a moved column is still found). */
  columns: [FieldId, string][];
}

const columnsKey = (headers: readonly string[]) => `crmImport.columns.${headerSignature(headers)}`;
const stagesKey = (workbookId: string) => `crmImport.stages.${workbookId}`;
const MAX_REMEMBERED_STAGES = 500;

const isPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

export async function saveColumns(store: SettingsStore, headers: readonly string[], shape: ImportShape, mapping: ColumnMapping): Promise<void> {
  const columns = FIELD_IDS.flatMap((field): [FieldId, string][] => {
    const index = mapping[field];
    return index === undefined || headers[index] === undefined ? [] : [[field, headers[index]]];
  });
  await store.set(columnsKey(headers), { shape, columns } satisfies RememberedColumns);
}

/** The remembered mapping for these headers, or null; entries that no longer fit are dropped. */
export async function loadColumns(store: SettingsStore, headers: readonly string[]): Promise<{ shape: ImportShape; mapping: ColumnMapping } | null> {
  const value = await store.get<unknown>(columnsKey(headers));
  if (typeof value !== 'object' || value === null) return null;
  const { shape, columns } = value as { shape?: unknown; columns?: unknown };
  if ((shape !== 'opportunities' && shape !== 'stage-counts') || !Array.isArray(columns)) return null;
  const mapping: ColumnMapping = {};
  for (const pair of columns) {
    if (!isPair(pair) || !(FIELD_IDS as readonly string[]).includes(pair[0])) continue;
    const index = headers.indexOf(pair[1]);
    if (index >= 0) mapping[pair[0] as FieldId] = index;
  }
  return { shape, mapping };
}

export async function saveStages(store: SettingsStore, workbookId: string, mapping: ReadonlyMap<string, StageTarget>): Promise<void> {
  const previous = await loadStages(store, workbookId);
  for (const [name, target] of mapping) if (target !== '') previous.set(name, target);
  await store.set(stagesKey(workbookId), [...previous].slice(-MAX_REMEMBERED_STAGES));
}

export async function loadStages(store: SettingsStore, workbookId: string): Promise<Map<string, StageTarget>> {
  const value = await store.get<unknown>(stagesKey(workbookId));
  return new Map(Array.isArray(value) ? value.filter(isPair) : []);
}
