// XLSX export: the workbook as a spreadsheet file with live formulas, defined names and scenarios.
// exceljs is loaded with a dynamic import only when a file is written; import this module lazily too.
export { exportWorkbookXlsx, planWorkbookXlsx, snapshotLayers, type XlsxExportOptions } from './export-workbook';
export { writeXlsx, type WriteOptions } from './write-xlsx';
export { fileFormula, type FileFormula } from './formula-text';
export { SheetNames, cleanSheetName } from './sheet-names';
export { parseCellRef, displayWidth, type WorkbookPlan, type PlannedSheet, type PlannedCell, type PlannedName, type Labeller } from './plan';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
