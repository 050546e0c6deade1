import type { CellKey } from '$lib/document';
import { i18n, type MessageKey } from '$lib/i18n';
import type { WorkbookSession } from '$lib/state';

/** A cell's value when it is a finite number, else null (empty, text, an error, NaN). */
export function numberIn(session: Pick<WorkbookSession, 'cells'>, key: CellKey): number | null {
  const value = session.cells.slot(key).value;
  return value.type === 'number' && Number.isFinite(value.value) ? value.value : null;
}

/**
 * Charts draw funnels of up to this many stages; a longer one (a generated or segment-expanded
 * grid) would be unreadable as a picture and would cost a redraw of every row on each edit.
 */
export const CHART_STAGE_LIMIT = 40;

/** The stages a chart draws: all of them, or none when there are too many to draw. */
export function chartStages(session: Pick<WorkbookSession, 'shape'>): WorkbookSession['shape']['stages'] {
  const stages = session.shape.stages;
  return stages.length > CHART_STAGE_LIMIT ? [] : stages;
}

/** What an empty chart says: that the funnel has too many stages to draw, else its own `key`. */
export function emptyChartText(session: Pick<WorkbookSession, 'shape'>, key: MessageKey): string {
  const count = session.shape.stages.length;
  return count > CHART_STAGE_LIMIT ? i18n.t('charts.tooManyStages', { count, limit: CHART_STAGE_LIMIT }) : i18n.t(key);
}
