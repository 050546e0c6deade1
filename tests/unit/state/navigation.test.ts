import { describe, expect, it } from 'vitest';
import { stageKey } from '../../../src/lib/document';
import { neighbour } from '../../../src/lib/state/navigation';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

describe('arrow-key navigation', () => {
  const doc = exampleOneWorkbook();
  const [first, second] = doc.stages;

  it('moves down to the same column of the next stage', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'down')).toBe(stageKey(second.id, 'rate'));
  });

  it('moves right to the next column', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'right')).toBe(stageKey(first.id, 'required'));
  });

  it('stays put at the top edge', () => {
    expect(neighbour(doc, stageKey(first.id, 'rate'), 'up')).toBe(stageKey(first.id, 'rate'));
  });

  it('moves down from the target to the average deal', () => {
    expect(neighbour(doc, 'a.target', 'down')).toBe('a.avgDeal');
  });
});
