// The engine adapter: the one place that talks to HyperFormula. Load it with a dynamic import.
export { FunnelEngine, type ValueChanges } from './funnel-engine';
export { type CellValue, type ErrorCode, ERROR_CODES, EMPTY } from './cell-value';
export { Layout, FUNNEL_SHEET, ASSUMPTIONS_SHEET, columnLetter, a1, type Position } from './layout';
export type { EngineSnapshot, SheetSnapshot, SnapshotCell, SnapshotValue, NameSnapshot } from './engine-snapshot';
