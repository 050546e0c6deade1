// Actuals from a CRM: read an opportunity list or stage counts (CSV or XLSX), guess which column is
// which and which CRM stage is which workbook stage, and add them up into actual entries per stage,
// owner and month. Pure and DOM-free except xlsx-client.ts, which starts the XLSX worker on a page.
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { checkZipSize, XLSX_UNPACKED_LIMIT, type ZipSizeResult } from './zip-size';
export { toTable, MAX_ROWS, MAX_COLUMNS, type RawTable } from './table';
export { parseCsv, type ParsedCsv } from './csv';
export { FIELD_IDS, guessMapping, guessShape, headerSignature, normaliseHeader, type ColumnMapping, type FieldId, type ImportShape } from './guess';
export { distinctValues, guessStageMapping, IGNORE, LOST, type StageTarget, type WorkbookStage } from './stages';
export { parseAmount, parseDate, monthOf } from './values';
export {
  aggregate,
  type AggregateInput,
  type ImportedOpportunity,
  type ImportResult,
  type ImportWarnings,
  type SkipReason,
  type SkipReport,
  type StageCounts,
} from './aggregate';
export { applyImport, actualKeys, MAX_OPPORTUNITIES, type ApplyOptions } from './apply';
export { splitByOwner, OWNER_DIMENSION, type SplitOptions } from './split-by-owner';
export { loadColumns, saveColumns, loadStages, saveStages, type SettingsStore, type RememberedColumns } from './remember';
// readXlsx itself is not exported: on a page XLSX is read only inside the worker (readXlsxInWorker).
export { cellText, type XlsxOutcome, type XlsxFailure } from './xlsx-read';
export { readXlsxInWorker, XLSX_TIMEOUT_MS, type XlsxReadOutcome, type XlsxReadOptions, type XlsxWorkerLike } from './xlsx-client';
export { readImportFile, CSV_FILE_LIMIT, type FileOutcome, type FileFailure } from './read-file';
