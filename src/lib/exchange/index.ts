// Funnelbook files and share links: everything that reads or writes a workbook outside the database.
// The JSON Schema generator (./json-schema.ts) is left out on purpose: only the script and a test use it,
// and the app's bundle need not carry zod's toJSONSchema.
export { readWorkbookFile, writeWorkbookFile, type FileProblem, type FileReadResult } from './read-file';
export { parseJsonSafely, type JsonProblem, type JsonResult } from './safe-json';
export { locateJsonError, type JsonErrorPlace } from './json-locate';
export { FILE_MAX_BYTES, JSON_MAX_DEPTH, FORBIDDEN_KEYS } from './limits';
export { importWorkbookText, asNewCopy, type ImportResult, type WorkbookCreator } from './import-copy';
export { makeShareLink, readShareLink, sharePayload, SHARE_PREFIX, SHARE_URL_MAX, type ShareLinkResult, type ShareReadResult } from './share-link';
