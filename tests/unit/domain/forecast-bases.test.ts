import { describe, expect, it } from 'vitest';
import { forecastBoth } from '../../../src/lib/domain';

// 400 at the top this period. Ideal: 25%, 50%, 75%, 100%. Last period 400 -> 120 -> 48 -> 36 -> 36:
// 30%, 40%, 75%, 100%.
const input = { actualTop: 400, idealRates: [0.25, 0.5, 0.75, 1], prevEntries: [400, 120, 48, 36, 36] };

describe('two forecast bases', () => {
  it('forecasts from the ideal rates', () => {
    // 400 -> 100 -> 50 -> 37.5 rounds to 38 -> 38.
    expect(forecastBoth({ ...input, mode: 'per-stage' }).ideal).toEqual([400, 100, 50, 38, 38]);
  });

  it('forecasts from last period’s actual rates', () => {
    expect(forecastBoth({ ...input, mode: 'per-stage' }).previous).toEqual([400, 120, 48, 36, 36]);
  });

  it('carries fractions in exact mode', () => {
    expect(forecastBoth({ ...input, mode: 'exact' }).ideal).toEqual([400, 100, 50, 37.5, 37.5]);
  });

  it('forecasts nothing below a stage nobody entered last period', () => {
    // 0 -> 0 has no rate, so the third stage onwards is unknown.
    expect(forecastBoth({ ...input, prevEntries: [400, 0, 0], idealRates: [0.5, 0.5], mode: 'exact' }).previous).toEqual([400, 0, null]);
  });

  it('forecasts nothing below a missing ideal rate', () => {
    expect(forecastBoth({ ...input, idealRates: [0.5, null, 0.5], mode: 'exact' }).ideal).toEqual([400, 200, null, null]);
  });

  it('forecasts nothing while the actual top is not typed', () => {
    expect(forecastBoth({ ...input, actualTop: null, mode: 'exact' }).ideal).toEqual([null, null, null, null, null]);
  });
});
