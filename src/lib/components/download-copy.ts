import type { WorkbookDoc } from '$lib/document';

/** Saves the workbook as a Funnelbook file through the browser's download (a backup the user keeps). */
export async function downloadWorkbookCopy(doc: WorkbookDoc): Promise<void> {
  // Loaded only when asked for: neither is needed to show a workbook.
  const [{ writeWorkbookFile }, { downloadBlob }] = await Promise.all([import('$lib/exchange'), import('$lib/charts/export-svg')]);
  const base = doc.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'workbook';
  downloadBlob(new Blob([writeWorkbookFile(doc)], { type: 'application/json' }), `${base}.funnelbook.json`);
}
