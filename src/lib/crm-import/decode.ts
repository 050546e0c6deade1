/**
 * Text files from a CRM arrive in whatever encoding the exporting program chose. Excel on a Chinese
 * Windows saves "CSV" in GBK (code page 936); most CRMs export UTF-8, often with a byte-order mark
 * so that Excel opens them right. Bytes that are valid UTF-8 are read as UTF-8; anything else is read
 * as GBK, which decodes every byte sequence (GB18030 is a superset; TextDecoder's 'gbk' is GB18030).
 */
export type TextEncodingName = 'utf-8' | 'gbk';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a UTF-8 byte-order mark was present (and removed). */
  bom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, which is how GBK is recognised.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk', bom };
  }
}
