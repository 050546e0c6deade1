import type { StageColumnId } from '../document';

/**
 * The funnel grid has more columns than fit on a screen; each view shows the ones a task needs.
 * Every view keeps the stage name first so a row is always recognisable.
 */
export const GRID_VIEWS = {
  plan: ['name', 'rate', 'required', 'actual', 'exits', 'actualRate', 'gap', 'forecast', 'gain'],
  bases: ['name', 'prevActual', 'prevRate', 'improvement', 'planRate', 'rate', 'actual', 'forecastPrev', 'forecast'],
  timing: ['name', 'cycleDays', 'enterBy', 'required', 'actual', 'proRated', 'remaining', 'perDay'],
  pipeline: ['name', 'probability', 'pipeline', 'weighted', 'actual', 'required'],
  uncertainty: ['name', 'rate', 'rateLow', 'rateHigh', 'actual', 'exits', 'actualRate'],
} as const satisfies Record<string, readonly StageColumnId[]>;

export type GridViewId = keyof typeof GRID_VIEWS;
export const GRID_VIEW_IDS = Object.keys(GRID_VIEWS) as GridViewId[];
