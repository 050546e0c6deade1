// Copy, paste and CSV export of the grid, in English; zh-cn/clipboard.ts has the same keys.
export const enClipboard = {
  'clipboard.notPasted': 'Some pasted cells were not written: {reasons}.',
  'clipboard.outside': '{count} beyond the edge of the table',
  'clipboard.readOnly': '{count} on computed cells ({cells}); paste a formula starting with = to replace one',
  'clipboard.rejected': '{count} not accepted ({cell}: {reason})',
  'clipboard.dismiss': 'Dismiss',
  'clipboard.exportCsv': 'Export CSV',
  'clipboard.exportCsvHint': 'Download the funnel sheet (every stage, every column) as a CSV file that Excel opens',
} as const;
