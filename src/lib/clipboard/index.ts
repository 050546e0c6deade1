// Copy, paste and CSV for the grid, as Excel and Google Sheets read and write them. Pure: runs in Node.
export { serializeTsv, parseTsv } from './tsv';
export { serializeHtmlTable, readHtmlTable, withoutScriptsAndStyles, type PastedCell, type PastedCellLike, type PastedTableLike } from './html-table';
export { copyCell, type CopyCell } from './copy-cell';
export { toCsv, neutralise, UTF8_BOM, type CsvField } from './csv';
export { planPaste, typedText, type CellAccess, type PasteTarget, type PasteArea, type PastePlan } from './paste-plan';
