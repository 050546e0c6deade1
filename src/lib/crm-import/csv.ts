import Papa from 'papaparse';

import { decodeText, type DecodedText } from './decode';
import { toTable, type RawTable } from './table';

export interface ParsedCsv extends RawTable {
  encoding: DecodedText['encoding'];
  bom: boolean;
}

/** Reads CSV (or tab-separated) bytes: encoding detected, delimiter guessed by papaparse. */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const decoded = decodeText(bytes);
  const result = Papa.parse<string[]>(decoded.text, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  return { ...toTable(result.data), encoding: decoded.encoding, bom: decoded.bom };
}
