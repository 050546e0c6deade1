import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GoalSeekPanel from '../../../src/lib/components/GoalSeekPanel.svelte';
import SensitivityPanel from '../../../src/lib/components/SensitivityPanel.svelte';
import { assumptionKey, stageKey } from '../../../src/lib/document';
import { i18n } from '../../../src/lib/i18n';
import type { GridCursor, WorkbookSession } from '../../../src/lib/state';
import { cellLabel } from '../../../src/lib/what-if';
import { whatIfWorkbook } from './fixtures';

// Server rendering shows the panels' first state (effects and clicks need a browser; the end-to-end
// suite drives those). It checks that they render, in both languages, with the ids tests find them by.
const doc = whatIfWorkbook();
const session = { doc, shape: doc, addressOf: () => 'B2' } as unknown as WorkbookSession;
const cursor = { selected: null } as unknown as GridCursor;

describe('the what-if panels', () => {
  it('render the goal seek form, the funnel questions and a stage picker without the last stage', () => {
    i18n.locale = 'en';
    const body = render(GoalSeekPanel, { props: { session, cursor } }).body;
    for (const id of ['goal-seek', 'goal-seek-result', 'solve', 'apply-goal-seek', 'rate-needed', 'top-needed', 'use-selected-set', 'use-selected-changing']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
    expect(body).toContain('Set cell');
    expect(body).toContain(`<option value="${doc.stages[0].id}"`);
    expect(body).not.toContain(`<option value="${doc.stages[3].id}"`);
  });

  it('speak Chinese', () => {
    i18n.locale = 'zh-CN';
    expect(render(GoalSeekPanel, { props: { session, cursor } }).body).toContain('单变量求解');
    expect(render(SensitivityPanel, { props: { session } }).body).toContain('敏感度');
    i18n.locale = 'en';
  });

  it('name cells in words', () => {
    const t = (key: string) => (i18n.has(key) ? i18n.t(key) : key);
    expect(cellLabel(doc, stageKey(doc.stages[0].id, 'rate'), t)).toBe('Leads · Ideal conversion to next');
    expect(cellLabel(doc, assumptionKey('forecastRevenue'), t)).toBe('Revenue forecast');
  });
});
