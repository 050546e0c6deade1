// The probability engine (issue 5, capability 6): beliefs about conversion rates, a seeded
// Monte Carlo of the funnel, and the top-of-funnel volume needed for a chance of hitting the target.
// Pure TypeScript, no DOM: runs in Node and in a Worker. The page talks to it through
// MonteCarloClient ('$lib/probability/monte-carlo-client'), which is deliberately not re-exported
// here so that the worker's own bundle does not contain a worker constructor.
export { createRng, hash32, Rng } from './rng';
export { sampleNormal, sampleGamma, sampleGammaDC, sampleBeta, sampleBinomial } from './samplers';
export { logGamma, logBeta, betaCdf, betaQuantile } from './special';
export {
  rateBeliefFromCounts,
  rateBeliefFromRange,
  beliefMean,
  beliefInterval,
  beliefCdf,
  assertBelief,
  UNIFORM_PRIOR,
  type RateBelief,
  type StageRate,
} from './beliefs';
export {
  simulate,
  topNeededFor,
  type SimulateInput,
  type SimulateResult,
  type TopNeededInput,
  type TopNeededResult,
  type WonHistogram,
} from './simulate';
export { betaBinomialPmf, betaBinomialCdf } from './beta-binomial';
export { ProbabilityInputError, type ProbabilityErrorCode } from './errors';
export {
  handleRequest,
  createWorkerHandler,
  type MonteCarloKind,
  type MonteCarloInputs,
  type MonteCarloResults,
  type MonteCarloRequest,
  type MonteCarloResponse,
  type MonteCarloErrorPayload,
} from './protocol';
