// XLSX export: the time from clicking "Export XLSX" (data-testid=export-xlsx, src/lib/xlsx) until
// the browser starts the download, for the demo-sized workbook and generated workbooks of about
// 1,000 and 10,000 formula cells. The first export of a page loads exceljs; it is a warm-up and
// reported on its own. Floor, same page and run: serialising the same workbook as Funnelbook's own
// JSON file (JSON.stringify of the stored document), the least any export must do.
//
// Run: `npm run bench -- xlsx-export`, or `node bench/run.mjs xlsx-export` with build/ present.
import { generateWorkbook } from '../lib/bench-workbook.mjs';

export const name = 'xlsx-export';
export const description = 'Click on Export XLSX until the download starts (5, 61 and 704 stages)';

const SIZES = [
  { label: '5stages', stages: 5, runs: 5 },
  { label: '1k', stages: 61, runs: 5 },
  { label: '10k', stages: 704, runs: 3 },
];

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round1 = (/** @type {number} */ x) => Math.round(x * 10) / 10;

/** Stores a record in the app's database (which the home page has created). */
async function putRecordInPage(/** @type {any} */ record) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('funnelbook');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('workbooks', 'readwrite');
    tx.objectStore('workbooks').put(record);
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Median time of JSON.stringify of the document, in the page (ms). */
function jsonFloorInPage(/** @type {any} */ doc) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const text = JSON.stringify(doc, null, 2);
    new Blob([text], { type: 'application/json' });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2];
}

/** @param {{ baseURL: string, context: import('playwright-core').BrowserContext, report: Function, log: Function }} ctx */
export async function run({ baseURL, context, report, log }) {
  const page = await context.newPage();
  const errors = /** @type {string[]} */ ([]);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseURL}/`);
  await page.waitForSelector('[data-testid=workbook-item]', { timeout: 30_000 });

  for (const size of SIZES) {
    const doc = generateWorkbook(size.stages, `bench-xlsx-${size.label}`, `x${size.label}`);
    await page.evaluate(putRecordInPage, { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt, rev: 1, doc });
    await page.goto(`${baseURL}/w/${doc.id}`);
    const button = page.locator('[data-testid=export-xlsx]');
    await button.waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=funnel-grid] tbody tr[data-stage]').first().waitFor({ timeout: 120_000 });

    const exportOnce = async () => {
      await page.waitForFunction(() => !document.querySelector('[data-testid=export-xlsx]')?.hasAttribute('disabled'));
      const t0 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
      const ms = performance.now() - t0;
      const path = await download.path();
      const { stat } = await import('node:fs/promises');
      return { ms, bytes: (await stat(path)).size };
    };
    const first = await exportOnce(); // loads exceljs
    const runs = [];
    for (let i = 0; i < size.runs; i++) runs.push(await exportOnce());
    const floorMs = await page.evaluate(jsonFloorInPage, doc);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

    const ms = median(runs.map((r) => r.ms));
    const L = size.label;
    report(`xlsxExport${L}Ms`, round1(ms), 'ms', {
      definition: 'click on Export XLSX -> download starts (median); the page already loaded exceljs',
      stages: size.stages,
      runs: runs.map((r) => round1(r.ms)),
      bytes: runs[0].bytes,
    });
    report(`xlsxExportFirst${L}Ms`, round1(first.ms), 'ms', { definition: 'the first export of the page, loading exceljs' });
    report(`xlsxExportJsonFloor${L}Ms`, Math.round(floorMs * 100) / 100, 'ms', { definition: 'floor: JSON.stringify + Blob of the same document in the page' });
    report(`xlsxExportToJsonRatio${L}`, Math.round((ms / Math.max(floorMs, 0.01)) * 10) / 10, 'x');
    log(`${L} (${size.stages} stages): ${round1(ms)} ms (first ${round1(first.ms)} ms), ${runs[0].bytes.toLocaleString('en-US')} bytes; JSON floor ${floorMs.toFixed(2)} ms`);
  }
  await page.close();
}
