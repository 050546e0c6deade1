// The app's only door to IndexedDB: nothing outside this folder imports Dexie.
export { FunnelbookDb, DEFAULT_DB_NAME } from './database';
export type { FunnelbookDbOptions, StoredWorkbook, StoredValues } from './database';
export { WorkbookRepository } from './workbook-repository';
export type {
  SaveOptions,
  SaveResult,
  Unsubscribe,
  WorkbookDocLike,
  WorkbookSummary,
} from './workbook-repository';
export { SettingsRepository } from './settings-repository';
export { ValuesRepository } from './values-repository';
export { Autosaver } from './autosaver';
export type { AutosaveStatus, AutosaveTarget, AutosaverOptions } from './autosaver';
export { saveProblemOf, type SaveProblem } from './save-problem';
export { requestPersistentStorage } from './storage';
export type { PersistentStorageResult } from './storage';
export { writeUnsaved, readUnsaved, clearUnsaved, type UnsavedEntry } from './unsaved-journal';
