import type { WorkbookDoc } from './schema';

/**
 * A workbook without what the user typed into cells: its stages, segments, scenarios, names and
 * grain. Most views depend only on this shape, and an edit of one cell leaves it as it was, so a
 * view that reads the shape instead of the whole document is not re-run by every keystroke.
 */
export type DocShape = Omit<WorkbookDoc, 'cells' | 'updatedAt'>;

const SHAPE_FIELDS = [
  'type', 'version', 'id', 'name', 'createdAt', 'period', 'template', 'stages', 'opportunities', 'segments', 'grain', 'scenarios', 'activeScenarioId',
] as const satisfies readonly (keyof DocShape)[];

/** The shape of `doc`: `previous` itself when no field of the shape changed, so callers can compare by identity. */
export function shapeOf(doc: WorkbookDoc, previous?: DocShape): DocShape {
  if (previous && SHAPE_FIELDS.every((field) => previous[field] === doc[field])) return previous;
  const shape = {} as Record<string, unknown>;
  for (const field of SHAPE_FIELDS) if (doc[field] !== undefined) shape[field] = doc[field];
  return shape as DocShape;
}

// Fails to compile when the document gains a field the shape does not carry or compare.
type Uncompared = Exclude<keyof DocShape, (typeof SHAPE_FIELDS)[number]>;
const everyFieldCompared: [Uncompared] extends [never] ? true : never = true;
void everyFieldCompared;
