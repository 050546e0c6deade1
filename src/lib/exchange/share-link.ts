import type { WorkbookDoc } from '../document';
import { fromBase64Url, toBase64Url } from './base64url';
import { FILE_MAX_BYTES } from './limits';
import { readWorkbookFile, type FileReadResult } from './read-file';

/** The fragment that marks a share link: `https://…/#share=<deflate-raw, base64url>`. */
export const SHARE_PREFIX = '#share=';

/**
 * The longest share link made, in characters. RFC 9110 (§4.1) asks every sender and recipient of a
 * URI to handle at least 8,000 octets; chat apps, mail clients and link shorteners that cut longer
 * links are common, and a link cut short cannot be read at all. Beyond this, the file is the way.
 */
export const SHARE_URL_MAX = 8_000;

export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: 'too-long'; length: number; limit: number };

export type ShareReadResult = FileReadResult | { ok: false; problem: { kind: 'bad-link' } };

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, cap: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A few kilobytes of link can inflate to gigabytes (a deflate bomb): stop at the file limit.
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The whole workbook in a link's fragment, which browsers never send to a server. */
export async function makeShareLink(doc: WorkbookDoc, base: string): Promise<ShareLinkResult> {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const url = `${base}${SHARE_PREFIX}${toBase64Url(packed ?? new Uint8Array())}`;
  if (url.length > SHARE_URL_MAX) return { ok: false, reason: 'too-long', length: url.length, limit: SHARE_URL_MAX };
  return { ok: true, url };
}

/** The payload of a location's hash, or null when it is not a share link. */
export function sharePayload(hash: string): string | null {
  return hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : null;
}

/** Reads a share link's payload through the same path as a file; writes nothing. */
export async function readShareLink(payload: string): Promise<ShareReadResult> {
  const packed = fromBase64Url(payload);
  if (!packed || packed.length === 0) return { ok: false, problem: { kind: 'bad-link' } };
  let json: Uint8Array | null;
  try {
    json = await pipe(packed, new DecompressionStream('deflate-raw'), FILE_MAX_BYTES);
  } catch {
    return { ok: false, problem: { kind: 'bad-link' } };
  }
  if (!json) return { ok: false, problem: { kind: 'too-large', bytes: FILE_MAX_BYTES + 1, limit: FILE_MAX_BYTES } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return { ok: false, problem: { kind: 'bad-link' } };
  }
  return readWorkbookFile(text);
}
