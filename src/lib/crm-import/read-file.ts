import { parseCsv } from './csv';
import type { TextEncodingName } from './decode';
import type { RawTable } from './table';
import type { XlsxReadOutcome } from './xlsx-client';
import { XLSX_UNPACKED_LIMIT } from './zip-size';

/** Bigger than any opportunity export a person maps by hand, small enough to hold in a tab. */
export const CSV_FILE_LIMIT = 20 * 1024 * 1024;

export type FileFailure = 'empty' | 'file-too-large' | 'no-rows' | Exclude<XlsxReadOutcome, { ok: true }>['reason'];

export type FileOutcome =
  | { ok: true; kind: 'csv' | 'xlsx'; table: RawTable; encoding?: TextEncodingName }
  | { ok: false; reason: FileFailure };

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads a dropped or picked file: XLSX when its bytes are a zip archive (whatever its name says),
 * CSV otherwise. `readXlsx` is the worker-backed reader on a page, or the direct one in Node.
 */
export async function readImportFile(bytes: Uint8Array, readXlsx: (bytes: Uint8Array) => Promise<XlsxReadOutcome>): Promise<FileOutcome> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  let outcome: FileOutcome;
  if (isZip(bytes)) {
    // The packed file can be no bigger than what it unpacks to.
    if (bytes.length > XLSX_UNPACKED_LIMIT) return { ok: false, reason: 'file-too-large' };
    const read = await readXlsx(bytes);
    outcome = read.ok ? { ok: true, kind: 'xlsx', table: read.table } : read;
  } else {
    if (bytes.length > CSV_FILE_LIMIT) return { ok: false, reason: 'file-too-large' };
    const { encoding, bom: _bom, ...table } = parseCsv(bytes);
    outcome = { ok: true, kind: 'csv', table, encoding };
  }
  if (outcome.ok && (outcome.table.headers.length === 0 || outcome.table.rows.length === 0)) return { ok: false, reason: 'no-rows' };
  return outcome;
}
