import { describe, expect, it } from 'vitest';
import { bottleneckFinding, causesOfWeakLayer, weakLayerOfBottleneck } from '../../../src/lib/domain';

const layers = ['impressions', 'clicks', 'visits', 'inquiries', 'orders'];

describe('search-marketing diagnosis', () => {
  it('blames keywords and the account for few impressions', () => {
    expect(causesOfWeakLayer('impressions')).toEqual(['keywords-account']);
  });

  it('blames keywords, the account and the ad creative for few clicks', () => {
    expect(causesOfWeakLayer('clicks')).toEqual(['keywords-account', 'ad-creative']);
  });

  it('blames site speed for few visits', () => {
    expect(causesOfWeakLayer('visits')).toEqual(['site-speed']);
  });

  it('blames site quality, content relevance and ease of contact for few inquiries', () => {
    expect(causesOfWeakLayer('inquiries')).toEqual(['site-quality', 'content-relevance', 'ease-of-contact']);
  });

  it('blames sales capability for few orders', () => {
    expect(causesOfWeakLayer('orders')).toEqual(['sales-capability']);
  });

  it('names no cause for a layer the source does not diagnose', () => {
    expect(causesOfWeakLayer('toString')).toEqual([]);
  });

  it('hands out a list the caller may change without changing the table', () => {
    causesOfWeakLayer('orders').push('site-speed');
    expect(causesOfWeakLayer('orders')).toEqual(['sales-capability']);
  });

  it('finds the weak layer below a weak conversion', () => {
    // Visits -> inquiries converts poorly: too few inquiries.
    expect(weakLayerOfBottleneck(layers, 2)).toBe('inquiries');
  });

  it('finds no layer below the last one', () => {
    expect(weakLayerOfBottleneck(layers, 4)).toBeUndefined();
  });
});

describe('bottleneck finding', () => {
  it('names the stage whose fix adds the most', () => {
    // 10,000 -> 300 -> 240 -> 6 -> 3 against 3%, 80%, 5%, 50%: only visits -> inquiries (2.5%) falls
    // short; fixing it doubles the 3 orders, a gain of 3.
    const finding = bottleneckFinding([10_000, 300, 240, 6, 3], [0.03, 0.8, 0.05, 0.5]);
    expect(finding?.stage).toBe(2);
    expect(finding?.gain).toBeCloseTo(3, 9);
  });

  it('finds nothing to fix when every stage meets its ideal', () => {
    expect(bottleneckFinding([100, 80, 40, 20], [0.8, 0.5, 0.5])).toBeNull();
  });

  it('finds nothing to fix when every stage beats its ideal', () => {
    expect(bottleneckFinding([100, 90, 60], [0.8, 0.5])).toBeNull();
  });
});
