import { describe, expect, it } from 'vitest';
import { nudgedRate, rateInputText } from '../../../src/lib/components/nudge';

describe('nudgedRate', () => {
  it('moves a rate by one percentage point', () => {
    expect(nudgedRate(0.25, 1, false)).toBe(0.26);
    expect(nudgedRate(0.25, -1, false)).toBe(0.24);
  });

  it('moves a rate by a tenth of a point when fine', () => {
    expect(nudgedRate(0.25, 1, true)).toBe(0.251);
    expect(nudgedRate(0.25, -1, true)).toBe(0.249);
  });

  it('leaves no float dust behind', () => {
    expect(nudgedRate(0.1, 1, false)).toBe(0.11);
    expect(nudgedRate(0.07, 1, false)).toBe(0.08);
    expect(nudgedRate(0.3, -1, true)).toBe(0.299);
    let rate = 0;
    for (let i = 0; i < 37; i++) rate = nudgedRate(rate, 1, true);
    expect(rate).toBe(0.037);
  });

  it('keeps the digits of a rate off the step grid', () => {
    expect(nudgedRate(0.2555, 1, false)).toBe(0.2655);
  });

  it('stays within 0..1', () => {
    expect(nudgedRate(0.995, 1, false)).toBe(1);
    expect(nudgedRate(1, 1, true)).toBe(1);
    expect(nudgedRate(0.004, -1, false)).toBe(0);
    expect(nudgedRate(0, -1, true)).toBe(0);
  });

  it('pulls a rate outside 0..1 back inside', () => {
    expect(nudgedRate(1.5, -1, false)).toBe(1);
    expect(nudgedRate(-0.2, 1, false)).toBe(0);
  });

  it('starts an empty or broken value from 0', () => {
    expect(nudgedRate(Number.NaN, 1, false)).toBe(0.01);
    expect(nudgedRate(Number.NaN, -1, false)).toBe(0);
  });
});

describe('rateInputText', () => {
  it('writes a rate as the percentage a cell takes back', () => {
    expect(rateInputText(0.265)).toBe('26.5%');
    expect(rateInputText(0.1 + 0.01)).toBe('11%');
    expect(rateInputText(1)).toBe('100%');
    expect(rateInputText(0)).toBe('0%');
    expect(rateInputText(0.001)).toBe('0.1%');
    expect(rateInputText(1e-9)).toBe('0.0000001%');
  });
});
