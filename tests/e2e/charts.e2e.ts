// Charts, their exports and the printable report (issue 7), on the demo workbook in headless
// Chromium: charts are drawn (in the DOM and in screenshots), the funnel marks the bottleneck,
// labels follow the language, SVG and PNG exports download real files, and the report prints to
// an A4 PDF whose pages (rasterised by poppler's pdftoppm) carry the charts' colours.
//
// The report page imports FunnelChart, WaterfallChart and TrendsChart itself, so those tests do not
// depend on where the lead places charts on the workbook page. The tests under "on the workbook
// page" run only for the charts WorkbookView.svelte places (checked in its source).
import { describe, expect, test } from 'vitest';
import {
  HAN,
  chart,
  chartNameOf,
  chartSvg,
  chartText,
  charts,
  colourStats,
  decodePng,
  download,
  inspectSvgFile,
  isPng,
  marksOf,
  openDemoReport,
  pdfPages,
  printToPdf,
  report,
} from './support/charts-page';
import { freshStoragePerTest } from './support/session';
import { SETTLE_MS, cell, openDemo, textOf, typeIntoCell } from './support/workbook-page';
import { chooseLanguage } from './support/concepts-page';
import { scrollToSensitivity } from './support/what-if-page';

/** How long a Monte Carlo run may take on a slow machine (as in what-if-page.ts). */
const SIMULATION_MS = 20_000;

const tab = freshStoragePerTest({ locale: 'en-US', viewport: { width: 1200, height: 900 } });

/** Asserts a chart frame draws something: a sized SVG with marks, and a screenshot that is not blank. */
async function expectDrawn(frame: ReturnType<typeof chart>, label: string): Promise<void> {
  const marks = await marksOf(frame);
  expect(marks.width, `${label}: svg width`).toBeGreaterThan(100);
  expect(marks.height, `${label}: svg height`).toBeGreaterThan(50);
  expect(marks.shapes, `${label}: shapes drawn`).toBeGreaterThanOrEqual(3);
  expect(marks.texts, `${label}: labels drawn`).toBeGreaterThanOrEqual(2);

  // The page around a chart still moves after it is drawn (sections mounting one per task, a
  // Monte Carlo result resizing its panel's text), and a screenshot taken meanwhile captures
  // whatever moved into the chart's place: look again until the chart is what is captured.
  let stats: ReturnType<typeof colourStats> | undefined;
  await expect
    .poll(async () => {
      stats = colourStats(decodePng(await chartSvg(frame).screenshot({ timeout: SETTLE_MS })));
      return stats.palette > stats.pixels * 0.002;
    }, { timeout: SETTLE_MS })
    .toBe(true);
  expect(stats!.distinct, `${label}: colours in the screenshot`).toBeGreaterThan(4);
  expect(stats!.palette, `${label}: pixels in the palette's colours`).toBeGreaterThan(stats!.pixels * 0.002);
}

describe('the report page', () => {
  test('shows the workbook: title, period, assumptions, the plan table and the bottleneck', async () => {
    const { page } = tab;
    await openDemo(page);
    const bottleneck = await textOf(page.locator('[data-testid=bottleneck]'));
    const stages = await page.locator('[data-testid=funnel-grid] tbody tr[data-stage]').count();
    await page.goto(`${page.url()}/report`);
    await report(page).waitFor({ state: 'visible', timeout: SETTLE_MS });

    expect(await textOf(page.locator('[data-testid=report-title]'))).toBe('Demo: B2B project sale funnel');
    expect(await textOf(page.locator('[data-testid=report-period]'))).toMatch(/Period: .+\(.+ to .+\)/);
    const target = page.locator('[data-testid=report-assumptions] tr[data-assumption=target]');
    expect(await textOf(target)).toMatch(/Revenue target\s*Target\s*[\d,]+/);
    expect(await textOf(page.locator('[data-testid=report-outputs] tr[data-assumption=requiredTop] td.num'))).toBe('408');
    expect(await page.locator('[data-testid=report-funnel] tbody tr[data-stage]').count()).toBe(stages);
    expect(await page.locator('[data-testid=report-funnel] thead th').count()).toBe(9); // GRID_VIEWS.plan
    expect(await textOf(page.locator('[data-testid=report-bottleneck]'))).toBe(bottleneck);
    expect(await page.locator('[data-testid=print-report]').isVisible()).toBe(true);
    expect(tab.errors).toEqual([]);
  });

  test('every chart it shows is drawn, in the DOM and in a screenshot', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const frames = await charts(report(page)).all();
    const names = await Promise.all(frames.map((frame) => frame.getAttribute('data-testid')));
    expect(names).toEqual(['FunnelChart', 'WaterfallChart', 'TrendsChart'].map((c) => `chart-${chartNameOf(c)}`));
    for (const frame of frames) await expectDrawn(frame, (await frame.getAttribute('data-testid')) ?? '?');

    // A blank control: the same measure on the report's white header finds no palette colour.
    const blank = colourStats(decodePng(await page.locator('[data-testid=report-title]').screenshot()));
    expect(blank.palette).toBe(0);
    expect(tab.errors).toEqual([]);
  });

  test('the funnel chart marks the bottleneck stage the findings name', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const funnel = chart(page, chartNameOf('FunnelChart') ?? 'funnel');

    const marked = funnel.locator('[data-bottleneck="true"]');
    expect(await marked.count()).toBe(1);
    const stage = await page.locator('[data-testid=report-bottleneck]').getAttribute('data-stage');
    expect(stage).toBeTruthy();
    expect(await marked.getAttribute('data-stage')).toBe(stage);
    const box = await marked.boundingBox();
    expect(box && box.width * box.height).toBeGreaterThan(0);
    expect(tab.errors).toEqual([]);
  });

  test('chart labels are in English, then in Chinese after switching to 中文', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const frames = await charts(report(page)).all();
    expect(frames.length).toBeGreaterThan(0);
    const english: string[] = [];
    for (const frame of frames) {
      const text = await chartText(frame);
      expect(text, 'English chart text').toMatch(/[A-Za-z]{3}/);
      const caption = await textOf(frame.locator('figcaption'));
      expect(caption).not.toMatch(HAN);
      english.push(caption);
    }

    await chooseLanguage(page, '中文');

    for (const [i, frame] of frames.entries()) {
      await expect.poll(() => textOf(frame.locator('figcaption')), { timeout: SETTLE_MS }).toMatch(HAN);
      expect(await textOf(frame.locator('figcaption'))).not.toBe(english[i]);
      expect(await chartText(frame), 'Chinese chart text').toMatch(HAN);
      expect(await textOf(frame.locator('[data-testid=export-svg]'))).toBe('SVG');
    }
    expect(await textOf(page.locator('[data-testid=print-report]'))).toContain('打印');
    expect(tab.errors).toEqual([]);
  });

  test('SVG export downloads a standalone SVG file of the chart', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const funnel = chart(page, chartNameOf('FunnelChart') ?? 'funnel');
    const shown = await marksOf(funnel);

    const file = await download(page, funnel.locator('button[data-testid=export-svg]'));

    expect(file.fileName).toMatch(/^Demo- B2B project sale funnel - funnel\.svg$/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('Noto Sans CJK SC');
    expect(text).toContain('data-bottleneck="true"');
    const svg = await inspectSvgFile(page, text);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    expect(svg.width, 'the chart plus a 12 px margin each side').toBeCloseTo(shown.width + 24, 0);
    expect(svg.shapes).toBeGreaterThanOrEqual(shown.shapes);
    expect(svg.texts).toBeGreaterThanOrEqual(shown.texts);
    expect(svg.classes, 'scoped classes are replaced by inline styles').toBe(0);
    expect(svg.loaded, 'the file draws as an image').toBe(true);
    expect(svg.naturalWidth).toBeGreaterThan(100);
    expect(tab.errors).toEqual([]);
  });

  test('a chart drawn as several SVGs (small multiples) exports as one picture', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const trends = chart(page, chartNameOf('TrendsChart') ?? 'trends');
    // A second SVG below the first, as a chart of one SVG per segment would draw.
    await trends.locator('.plot').evaluate((plot) => {
      const copy = plot.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('data-copy', '');
      plot.appendChild(copy);
    });
    const shown = await marksOf(trends);

    const file = await download(page, trends.locator('button[data-testid=export-svg]'));

    const text = file.bytes.toString('utf8');
    const svg = await inspectSvgFile(page, text);
    expect(svg.error).toBeNull();
    expect(svg.loaded).toBe(true);
    expect(text.match(/<svg\b/g)).toHaveLength(3); // the wrapper and the two charts in it
    expect(svg.height, 'both charts, one under the other, plus margins').toBeCloseTo(shown.height + 24, 0);
    expect(tab.errors).toEqual([]);
  });

  test('PNG export downloads a PNG picture of the chart at twice its size', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const funnel = chart(page, chartNameOf('FunnelChart') ?? 'funnel');
    const shown = await marksOf(funnel);

    const file = await download(page, funnel.locator('button[data-testid=export-png]'));

    expect(file.fileName).toBe('Demo- B2B project sale funnel - funnel.png');
    expect(isPng(file.bytes)).toBe(true);
    const picture = decodePng(file.bytes);
    expect(picture.width, 'twice the chart plus its 12 px margins').toBe(Math.round((shown.width + 24) * 2));
    const stats = colourStats(picture);
    expect(stats.distinct).toBeGreaterThan(4);
    expect(stats.palette).toBeGreaterThan(stats.pixels * 0.002);
    // Opaque white background, not transparent: readable when pasted on a dark slide.
    expect(picture.rgba[3]).toBe(255);
    expect([...picture.rgba.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect(tab.errors).toEqual([]);
  });

  test('prints to an A4 PDF whose pages show the charts (pdftoppm)', async () => {
    const { page } = tab;
    await openDemoReport(page);
    const shown = await charts(report(page)).count();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=print-report]').isVisible(), 'buttons hidden in print').toBe(false);
    expect(await page.locator('header.top').isVisible(), 'app header hidden in print').toBe(false);
    expect(await page.locator('[data-testid=export-svg]').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const pdf = await printToPdf(page);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pages = await pdfPages(pdf, 50);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2 + shown);
    for (const sheet of pages) {
      // A4 at 50 dpi: 210 x 297 mm = 413 x 585 pixels.
      expect(sheet.width).toBeGreaterThanOrEqual(411);
      expect(sheet.width).toBeLessThanOrEqual(415);
      expect(sheet.height).toBeGreaterThanOrEqual(583);
      expect(sheet.height).toBeLessThanOrEqual(587);
    }
    const stats = pages.map(colourStats);
    const palette = stats.reduce((sum, s) => sum + s.palette, 0);
    // The funnel chart alone fills thousands of pixels with the palette's orange and blue.
    expect(palette, 'chart colours in the PDF').toBeGreaterThan(500 * shown);
    expect(stats.some((s) => s.distinct > 8)).toBe(true);
    expect(tab.errors).toEqual([]);
  });
});

// ------------------------------------------------------------------------- on the workbook page

const ALL_CHARTS = ['FunnelChart', 'WaterfallChart', 'ScenarioChart', 'TornadoChart', 'DistributionChart', 'TrendsChart'] as const;

describe('on the workbook page', () => {
  for (const component of ALL_CHARTS) {
    const name = chartNameOf(component);

    test(`${component} is drawn, labelled in both languages, and exports SVG and PNG`, async () => {
      const { page } = tab;
      await openDemo(page);
      // The scenario chart appears with the comparison, once there is a scenario to compare.
      if (component === 'ScenarioChart') await page.locator('[data-testid=new-scenario]').click();
      // The tornado is drawn once its panel, computed only on screen, has been scrolled to.
      if (component === 'TornadoChart') await scrollToSensitivity(page, () => chart(page, name!).count(), 1);
      const frame = chart(page, name!).first();
      await frame.scrollIntoViewIfNeeded({ timeout: SETTLE_MS });
      // The probability chart waits for its Monte Carlo run.
      const wait = component === 'DistributionChart' ? SIMULATION_MS : SETTLE_MS;
      await expect.poll(async () => (await marksOf(frame)).shapes, { timeout: wait }).toBeGreaterThanOrEqual(3);
      await expectDrawn(frame, component);
      if (component === 'FunnelChart') expect(await frame.locator('[data-bottleneck="true"]').count()).toBe(1);
      expect(await chartText(frame)).toMatch(/[A-Za-z]{3}/);

      const svg = await download(page, frame.locator('button[data-testid=export-svg]'));
      expect(svg.fileName).toMatch(/\.svg$/);
      expect((await inspectSvgFile(page, svg.bytes.toString('utf8'))).error).toBeNull();
      const png = await download(page, frame.locator('button[data-testid=export-png]'));
      expect(png.fileName).toMatch(/\.png$/);
      expect(isPng(png.bytes)).toBe(true);

      await chooseLanguage(page, '中文');
      await expect.poll(() => textOf(frame.locator('figcaption')), { timeout: SETTLE_MS }).toMatch(HAN);
      await expect.poll(() => chartText(frame), { timeout: SETTLE_MS }).toMatch(HAN);
      expect(tab.errors).toEqual([]);
    });
  }

  test("a chart's data table, once opened, lists every stage and follows an edit", async () => {
    const { page } = tab;
    await openDemo(page);
    const frame = chart(page, chartNameOf('FunnelChart')!).first();
    await frame.locator('details.data summary').click();
    const rows = frame.locator('details.data tbody tr');
    const stages = await page.locator('[data-testid=funnel-grid] tbody tr[data-stage]').count();
    await expect.poll(() => rows.count(), { timeout: SETTLE_MS }).toBe(stages);
    expect(await textOf(rows.first())).toContain(await textOf(cell(page, 1, 'name')));
    const before = await textOf(frame.locator('details.data tbody'));

    await typeIntoCell(cell(page, 1, 'rate'), '50%');

    await expect.poll(() => textOf(frame.locator('details.data tbody')), { timeout: SETTLE_MS }).not.toBe(before);
    expect(tab.errors).toEqual([]);
  });
});
