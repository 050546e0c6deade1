// English messages for the Excel (.xlsx) export; zh-cn/xlsx.ts has the same keys.
export const enXlsx = {
  'xlsx.export': 'Export Excel',
  'xlsx.exportHint':
    'Download this workbook as an Excel file (.xlsx): every number a live formula, the assumptions as named cells, and each scenario on its own sheets',
  'xlsx.exporting': 'Preparing the Excel file…',
  'xlsx.failed': 'The Excel file could not be made: {message}',
  // Inside the file: the sheet that sets the scenarios side by side, and its column headers.
  'xlsx.sheet.scenarios': 'Scenarios',
  'xlsx.header.name': 'Defined name',
  'xlsx.header.label': 'Item',
  'xlsx.header.base': 'Base',
} as const;
