import { describe, expect, it } from 'vitest';
import { createWorkbook, demoSeed } from '../../../src/lib/document';
import { FILE_MAX_BYTES, SHARE_URL_MAX, makeShareLink, readShareLink, sharePayload } from '../../../src/lib/exchange';
import { toBase64Url } from '../../../src/lib/exchange/base64url';
import { largeWorkbook } from '../../fixtures/workbooks';

const base = 'https://funnelbook.example';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

describe('share links', () => {
  it('carry the demo workbook and read back the same document', async () => {
    const doc = createWorkbook(demoSeed('zh-CN'));
    const link = await makeShareLink(doc, base);
    if (!link.ok) expect.unreachable('the demo fits in a link');
    console.info(`share link of the demo workbook (zh-CN): ${link.url.length} characters`);
    expect(link.url.startsWith(`${base}/#share=`) || link.url.startsWith(`${base}#share=`)).toBe(true);
    const payload = sharePayload(new URL(link.url).hash);
    expect(payload && (await readShareLink(payload))).toEqual({ ok: true, doc, dropped: [] });
  });

  it('are refused for a workbook whose link would pass the limit', async () => {
    const link = await makeShareLink(largeWorkbook(400), base);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(SHARE_URL_MAX);
  });

  it('are not read from any other fragment', () => {
    expect(sharePayload('#section-2')).toBeNull();
    expect(sharePayload('')).toBeNull();
  });

  it('say a link is damaged when it is not base64url or not deflated', async () => {
    expect(await readShareLink('not base64!')).toEqual({ ok: false, problem: { kind: 'bad-link' } });
    expect(await readShareLink(toBase64Url(new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37])))).toEqual({ ok: false, problem: { kind: 'bad-link' } });
    expect(await readShareLink('')).toEqual({ ok: false, problem: { kind: 'bad-link' } });
  });

  it('stop inflating a deflate bomb at the file size limit', async () => {
    const bomb = toBase64Url(await deflate(new Uint8Array(FILE_MAX_BYTES + 1024)));
    expect(bomb.length).toBeLessThan(SHARE_URL_MAX * 4);
    const read = await readShareLink(bomb);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe('too-large');
  });

  it('answer a link of good compression but a bad workbook with the JSON path', async () => {
    const doc = createWorkbook(demoSeed('en'));
    const bad = toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify({ ...doc, name: 7 }))));
    expect(await readShareLink(bad)).toMatchObject({ ok: false, problem: { kind: 'invalid', path: '$.name' } });
  });
});
