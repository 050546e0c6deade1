import { newId, type WorkbookDoc } from '../document';
import { readWorkbookFile, type FileProblem } from './read-file';

/** The one write an import makes; the database's WorkbookRepository fits it. */
export interface WorkbookCreator {
  create(doc: WorkbookDoc): Promise<unknown>;
}

export type ImportResult =
  | { ok: true; id: string; name: string; dropped: string[] }
  | { ok: false; problem: FileProblem };

/** A copy never takes the place of a workbook: it gets a new id, and is the newest in the list. */
export function asNewCopy(doc: WorkbookDoc, now = new Date()): WorkbookDoc {
  return { ...doc, id: newId(), updatedAt: now.toISOString() };
}

/**
 * Reads a file's text and, only when the whole workbook is readable, creates it as a new workbook in
 * one write. A file that cannot be read writes nothing.
 */
export async function importWorkbookText(text: string, workbooks: WorkbookCreator): Promise<ImportResult> {
  const read = readWorkbookFile(text);
  if (!read.ok) return read;
  const copy = asNewCopy(read.doc);
  await workbooks.create(copy);
  return { ok: true, id: copy.id, name: copy.name, dropped: read.dropped };
}
