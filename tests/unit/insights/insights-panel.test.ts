import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookDoc } from '../../../src/lib/document';
import { templateSeed } from '../../../src/lib/document/templates';
import InsightsPanel from '../../../src/lib/components/InsightsPanel.svelte';
import { i18n } from '../../../src/lib/i18n';
import { CellStore } from '../../../src/lib/state/cell-store.svelte';
import { WorkbookInsights } from '../../../src/lib/state/insights.svelte';
import type { WorkbookSession } from '../../../src/lib/state/workbook-session.svelte';
import { exampleOneWorkbook } from '../../fixtures/workbooks';
import { Grid } from './grid';

const NOW = new Date(2026, 5, 15);

function html(grid: Grid, locale: 'en' | 'zh-CN' = 'en'): string {
  i18n.locale = locale;
  const cells = new CellStore();
  cells.apply(grid.engine.allValues());
  const session = { doc: grid.doc, shape: grid.doc, cells } as unknown as WorkbookSession;
  return render(InsightsPanel, { props: { insights: new WorkbookInsights(session, () => NOW) } }).body;
}

const searchFunnel = (doc: WorkbookDoc) => new Grid(doc).typeActuals([100_000, 3_000, 1_500, 60, 6]);

describe('the insights panel', () => {
  it('asks for actual entries when there is nothing to compare', () => {
    expect(html(new Grid(exampleOneWorkbook()))).toContain('Type actual entries to compare the funnel with the plan.');
  });

  it('names the bottleneck stage and lists the causes for search marketing', () => {
    const grid = searchFunnel(createWorkbook(templateSeed('search-marketing', 'en', 'Plan', NOW), NOW));
    const body = html(grid);
    expect(body).toContain(`data-stage="${grid.doc.stages[1].id}"`);
    expect(body).toMatch(/data-testid="causes"[^]*Few visits: check site speed\.[^]*Few impressions/);
  });

  it('speaks Chinese', () => {
    const grid = searchFunnel(createWorkbook(templateSeed('search-marketing', 'zh-CN', '计划', NOW), NOW));
    expect(html(grid, 'zh-CN')).toContain('访问量偏少：请检查网站打开速度。');
  });

  it('shows a stage name as text, never as markup', () => {
    const grid = new Grid(createWorkbook({ name: 'X', target: 1_000, avgDeal: 100, stages: [{ name: '<img src=x>', rate: 0 }, { name: 'Won' }] }));
    const body = html(grid);
    expect(body).toContain('&lt;img src=x>');
    expect(body).not.toContain('<img');
  });
});
