/**
 * An XLSX file is a zip archive. A few kilobytes can unpack to gigabytes (a "zip bomb") and take the
 * page down inside the parser, so the sizes the archive declares are summed from its central
 * directory before anything is unpacked, and a file declaring more than the limit is refused.
 * An archive that lies about its sizes is only caught by the unzipper after inflating, which is why
 * parsing runs in a worker that is terminated on cancel or timeout: a blow-up there kills the
 * worker, not the page.
 */
export const XLSX_UNPACKED_LIMIT = 50 * 1024 * 1024;
/** More entries than any real spreadsheet has; a directory of millions is an attack on the reader. */
const MAX_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
/** ZIP64 marks a field that did not fit with all ones; a spreadsheet never needs ZIP64. */
const ZIP64_MARK = 0xffffffff;

export type ZipSizeResult =
  | { ok: true; unpacked: number; entries: number }
  | { ok: false; reason: 'not-zip' | 'too-large' | 'too-many-entries'; unpacked?: number };

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let at = view.byteLength - EOCD_MIN; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Sums the uncompressed sizes the central directory declares; refuses above `limit`. */
export function checkZipSize(bytes: Uint8Array, limit = XLSX_UNPACKED_LIMIT): ZipSizeResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < EOCD_MIN) return { ok: false, reason: 'not-zip' };
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) return { ok: false, reason: 'too-large' };
  if (entries > MAX_ENTRIES) return { ok: false, reason: 'too-many-entries' };
  if (directoryOffset + directorySize > end) return { ok: false, reason: 'not-zip' };
  let at = directoryOffset;
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'not-zip' };
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) return { ok: false, reason: 'too-large' };
    unpacked += size;
    if (unpacked > limit) return { ok: false, reason: 'too-large', unpacked };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, unpacked, entries };
}
