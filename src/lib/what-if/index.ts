// What-if analysis, headless: goal seek (any cell, and the funnel's own questions) and the forecast's
// sensitivity to each stage rate. Trials run on a scratch engine; the user's workbook is untouched.
export { solve, type SolveOptions, type SolveResult, type Point } from './goal-seek';
export { ScratchEngine, withScratch, numberOf, type EngineClass, type EngineLike, type EngineSource } from './scratch-engine';
export {
  seekCell,
  seekBounds,
  changingProblem,
  applyText,
  rateNeededAtStage,
  topNeeded,
  MIN_RATE,
  MAX_TOP,
  type SeekRequest,
  type SeekResult,
  type SeekFailureReason,
  type RateNeeded,
  type TopNeeded,
  type FunnelSolveFailure,
  type FunnelSolveReason,
} from './engine-probe';
export { rateSensitivity, rateSensitivityInSlices, type SensitivityResult, type SensitivityRow, type RateShift, type TopSource } from './sensitivity';
export { cellLabel } from './labels';
