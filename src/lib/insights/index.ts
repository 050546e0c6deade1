// Insights: a plain-language read of the funnel from the cell values the grid shows. Headless (no
// Svelte, no DOM): callers pass the document and a `read` function for the cells.
export { bottleneckStatement, weakTopLayer, type BottleneckStatement, type WeakTopLayer } from './bottleneck';
export { healthWarnings, HEALTH_CHECKS, type HealthNote } from './health';
export { cellNotes } from './cell-notes';
export { weakestSegmentOf, describeWeakestSegment, type WeakestSegment } from './segments';
export { funnelNotes } from './funnel-notes';
export {
  describeBottleneck,
  describeWeakLayer,
  describeTopLayer,
  describeWarning,
  describeNote,
  formatParams,
} from './describe';
export {
  serialOfDay,
  type Read,
  type Translate,
  type FormatNumber,
  type CellNote,
  type FunnelNote,
  type NoteParam,
  type NoteParams,
} from './read';
