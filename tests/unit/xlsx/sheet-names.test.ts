import { describe, expect, it } from 'vitest';
import { SheetNames, cleanSheetName } from '../../../src/lib/xlsx';

describe('sheet names Excel accepts', () => {
  it('replaces the characters Excel refuses and trims apostrophes at the ends', () => {
    expect(cleanSheetName("'Q1: [a/b] *?\\ plan'", 'x')).toBe('Q1 a b plan');
  });

  it('falls back when nothing is left', () => {
    expect(cleanSheetName('[]:*', 'Scenario 2')).toBe('Scenario 2');
  });

  it('fits a scenario sheet into 31 characters by shortening the scenario name', () => {
    const name = new SheetNames().claim('Opportunities', 'A very long scenario name indeed');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.startsWith('Opportunities (A very')).toBe(true);
  });

  it('never hands out the same name twice, whatever the case', () => {
    const names = new SheetNames();
    const claimed = [names.claim('Funnel', 'Plan'), names.claim('Funnel', 'plan'), names.claim('Funnel', 'PLAN')];
    expect(new Set(claimed.map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('avoids the name History, which Excel reserves', () => {
    expect(new SheetNames().claim('History').toLowerCase()).not.toBe('history');
  });
});
