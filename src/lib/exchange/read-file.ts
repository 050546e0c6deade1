import { DOC_TYPE, DOC_VERSION, restoreWorkbook, type RestoreProblem, type WorkbookDoc } from '../document';
import { FILE_MAX_BYTES } from './limits';
import { parseJsonSafely, type JsonProblem } from './safe-json';

export type FileProblem = RestoreProblem | JsonProblem | { kind: 'too-large'; bytes: number; limit: number };

export type FileReadResult =
  | {
      ok: true;
      doc: WorkbookDoc;
      /** JSON paths of what was left out: forbidden keys, unknown fields, invalid optional entries. */
      dropped: string[];
    }
  | { ok: false; problem: FileProblem };

/** UTF-8 size without encoding when the answer is plain from the length (a UTF-16 unit is 1–3 bytes). */
function utf8Bytes(text: string): number {
  if (text.length * 3 <= FILE_MAX_BYTES) return text.length;
  if (text.length > FILE_MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Reads the text of a Funnelbook file (from a file, a share link or the command line): size limit,
 * JSON without prototype keys, then the one restore path. Pure: it writes nothing anywhere, so a file
 * that cannot be read changes nothing. Runs in Node and in the browser.
 */
export function readWorkbookFile(text: string): FileReadResult {
  const bytes = utf8Bytes(text);
  if (bytes > FILE_MAX_BYTES) return { ok: false, problem: { kind: 'too-large', bytes, limit: FILE_MAX_BYTES } };
  // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON does not allow.
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return json;
  const restored = restoreWorkbook(json.value);
  if (!restored.ok) return restored;
  return { ok: true, doc: restored.doc, dropped: [...json.stripped, ...restored.dropped] };
}

/** The file's text: pretty JSON (a person may read or diff it) with the type and version stamp first. */
export function writeWorkbookFile(doc: WorkbookDoc): string {
  const { type: _type, version: _version, ...rest } = doc;
  return JSON.stringify({ type: DOC_TYPE, version: DOC_VERSION, ...rest }, null, 2) + '\n';
}
