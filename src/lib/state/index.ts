// App state as Svelte 5 runes classes; components talk to these, never to Dexie or HyperFormula.
export { WorkbookSession, type OpenResult } from './workbook-session.svelte';
export { WorkbookList } from './workbook-list.svelte';
export { CellStore, CellSlot, type CellSource, type CellReader } from './cell-store.svelte';
export { HeldCells, heldCellsOf, withHeldCells } from './held-cells.svelte';
export { afterNextFrame } from './after-next-frame';
export { UndoHistory } from './undo-history.svelte';
export { interpretCellInput, interpretName, STAGE_NAME_MAX, type InputVerdict } from './cell-input';
export { repos } from './repositories';
export { GridCursor, type EditSurface, type PasteReport } from './grid-cursor.svelte';
export { neighbour, tableOf, type Direction, type CellTable } from './navigation';
export { rectBetween, keysOf, type CellRect } from './grid-range';
export { copySelection, pastedCells, pasteIntoSelection, clearSelection, funnelCsv } from './grid-clipboard';
export { GRID_VIEWS, GRID_VIEW_IDS, type GridViewId } from './grid-views';
export { WorkbookInsights } from './insights.svelte';
export { ScenarioBank, type ScenarioBankSource, type ScenarioOutputs, type FunnelEngineClass } from './scenario-bank.svelte';
export { ProbabilityRun, workbookSeed, SIMULATE_TRIALS, TOP_NEEDED_TRIALS, PROBABILITY_DEBOUNCE_MS, type ProbabilityStatus, type ProbabilityRunOptions, type MonteCarloRunner, type ProbabilitySession } from './probability-run.svelte';
export { WorkbookLoader } from './workbook-loader.svelte';
