// The Funnelbook document: its vocabulary, schema, creation, pure edits and the one restore path.
export * from './columns';
export * from './cell-key';
export * from './schema';
export { shapeOf, type DocShape } from './shape';
export { DOC_TYPE, DOC_VERSION, NAME_MAX, MIGRATIONS, type Migration, type RawDoc } from './version';
export { newId } from './ids';
export { createWorkbook, demoSeed, blankSeed, type StageSeed, type WorkbookSeed, type SeedLocale } from './create';
export * from './edit';
export { restoreWorkbook, formatJsonPath, type PathSegment, type RestoreProblem, type RestoreResult } from './restore';
export type { RoundingMode } from '../domain';
export * from './scenarios';
export * from './segment-columns';
export * from './segments';
