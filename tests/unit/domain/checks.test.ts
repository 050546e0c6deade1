import { describe, expect, it } from 'vitest';
import { exitsExceedEntries, isEmptyFunnel, zeroRateInChain } from '../../../src/lib/domain';

describe('bad-input checks', () => {
  it('points at the last zero rate, above which every stage is impossible', () => {
    expect(zeroRateInChain([0.5, 0, 0.3, 0, 0.9])).toBe(3);
  });

  it('finds no zero rate in a sound chain', () => {
    expect(zeroRateInChain([0.5, null, 0.3])).toBeNull();
  });

  it('finds the stages whose next stage received more than they did', () => {
    // 100 -> 120 and 60 -> 70 grow; stages next to a missing figure are not judged.
    expect(exitsExceedEntries([100, 120, 50, null, 60, 70])).toEqual([0, 4]);
  });

  it('accepts a stage passing on all it received', () => {
    expect(exitsExceedEntries([100, 100])).toEqual([]);
  });

  it('calls a funnel with no stages empty', () => {
    expect(isEmptyFunnel(0)).toBe(true);
  });

  it('does not call a one-stage funnel empty', () => {
    expect(isEmptyFunnel(1)).toBe(false);
  });
});
