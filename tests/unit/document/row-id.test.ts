import { describe, expect, it } from 'vitest';
import { nodeStageKey, opportunityKey, rowIdOf, segmentKey, stageKey, assumptionKey } from '../../../src/lib/document';

describe('the row a cell sits in', () => {
  it('is the stage of a funnel grid cell', () => {
    expect(rowIdOf(stageKey('st3', 'rate'), 'stage')).toBe('st3');
  });

  it('is the opportunity of an opportunity cell', () => {
    expect(rowIdOf(opportunityKey('o7', 'amount'), 'opportunity')).toBe('o7');
  });

  it('is the segment of its own cells and of its stage cells', () => {
    expect(rowIdOf(segmentKey('team1', 'target'), 'segment')).toBe('team1');
    expect(rowIdOf(nodeStageKey('team1', 'st0', 'actual'), 'segment')).toBe('team1');
  });

  it('is none for a cell of another table, an assumption or no selection', () => {
    expect(rowIdOf(opportunityKey('o7', 'amount'), 'stage')).toBeNull();
    expect(rowIdOf(assumptionKey('target'), 'segment')).toBeNull();
    expect(rowIdOf(null, 'stage')).toBeNull();
  });
});
