// Reads an XLSX file off the page's thread (module worker; created by xlsx-client.ts). The page
// terminates it on cancel or timeout: a parse cannot be interrupted from inside.
// Receives { bytes: ArrayBuffer, limit }, posts an XlsxOutcome, or { ok: false, reason: 'unreadable' }.
import { readXlsx, type XlsxOutcome } from './xlsx-read';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer; limit: number }>) => void) | null;
  postMessage(message: XlsxOutcome): void;
};

scope.onmessage = (event) => {
  const { bytes, limit } = event.data;
  readXlsx(new Uint8Array(bytes), limit).then(
    (outcome) => scope.postMessage(outcome),
    () => scope.postMessage({ ok: false, reason: 'unreadable' }),
  );
};
