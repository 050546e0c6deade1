// Steps for the charts and the printable report (issue 7): opening the report of a workbook,
// finding charts, reading their pixels (a tiny PNG reader), downloading exports, and printing the
// report to PDF and rasterising it with poppler's pdftoppm.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { PALETTE } from '../../../src/lib/charts/palette';
import { SETTLE_MS, openDemo } from './workbook-page';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// ---------------------------------------------------------------- the report page

export function report(page: Page): Locator {
  return page.locator('[data-testid=report]');
}

/** From an open workbook page, goes to its report and waits until its funnel table has numbers. */
export async function openReport(page: Page): Promise<void> {
  const match = /\/w\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on a workbook page: ${page.url()}`);
  await page.goto(new URL(`/w/${match[1]}/report`, page.url()).href);
  await report(page).waitFor({ state: 'visible', timeout: SETTLE_MS });
  await page.locator('[data-testid=report-funnel] tbody tr[data-stage]').first().waitFor({ state: 'visible', timeout: SETTLE_MS });
}

/** Opens the demo workbook (as a person would, from the list) and then its report. */
export async function openDemoReport(page: Page): Promise<void> {
  await openDemo(page);
  await openReport(page);
}

// ---------------------------------------------------------------- charts

/** Every chart frame on the page (`figure[data-testid=chart-<name>]`). */
export function charts(scope: Page | Locator): Locator {
  return scope.locator('figure[data-testid^="chart-"]');
}

export function chart(scope: Page | Locator, name: string): Locator {
  return scope.locator(`figure[data-testid="chart-${name}"]`);
}

/** The outermost <svg> of a chart frame (the first, if a chart draws small multiples). */
export function chartSvg(frame: Locator): Locator {
  // In document order an outer <svg> comes before any <svg> nested in it.
  return frame.locator('.plot svg').first();
}

/** The ChartFrame `name` a chart component passes, read from its source (e.g. 'funnel'). */
export function chartNameOf(component: string): string | null {
  const file = path.join(ROOT, 'src/lib/components/charts', `${component}.svelte`);
  if (!existsSync(file)) return null;
  return /<ChartFrame\b[^>]*\bname="([\w-]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

export interface Marks {
  /** Shapes (rect, path, line, circle, polygon, polyline, ellipse) with a visible area or length. */
  shapes: number;
  /** Text elements with some text. */
  texts: number;
  width: number;
  height: number;
}

/** Counts what a chart's SVGs draw, from their layout boxes in the page. */
export async function marksOf(frame: Locator): Promise<Marks> {
  return frame.locator('.plot').evaluate((plot) => {
    const svgs = Array.from(plot.querySelectorAll('svg')).filter((s) => !s.parentElement?.closest('svg'));
    let shapes = 0;
    let texts = 0;
    let width = 0;
    let height = 0;
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      width = Math.max(width, box.width);
      height += box.height;
      for (const el of Array.from(svg.querySelectorAll('rect, path, line, circle, polygon, polyline, ellipse'))) {
        const r = el.getBoundingClientRect();
        if ((r.width > 0.5 || r.height > 0.5) && getComputedStyle(el).display !== 'none') shapes += 1;
      }
      for (const el of Array.from(svg.querySelectorAll('text'))) if ((el.textContent ?? '').trim()) texts += 1;
    }
    return { shapes, texts, width, height };
  });
}

/** All text a chart draws inside its SVGs (tick labels, values, names, legends). */
export async function chartText(frame: Locator): Promise<string> {
  return frame.locator('.plot').evaluate((plot) =>
    Array.from(plot.querySelectorAll('svg text'))
      .map((t) => t.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

export const HAN = /[\u4e00-\u9fff]/;

// ---------------------------------------------------------------- a tiny PNG reader

export interface Picture {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  rgba: Uint8Array;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Decodes an 8-bit, non-interlaced greyscale, RGB or RGBA PNG (what Chromium and pdftoppm write). */
export function decodePng(bytes: Uint8Array): Picture {
  if (!isPng(bytes)) throw new Error('not a PNG (signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colourType = 0;
  let interlace = 0;
  const idat: Uint8Array[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      depth = data[8];
      colourType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  if (depth !== 8 || !channels || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = value & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = pixels[s];
    rgba[i * 4 + 1] = grey ? pixels[s] : pixels[s + 1];
    rgba[i * 4 + 2] = grey ? pixels[s] : pixels[s + 2];
    rgba[i * 4 + 3] = channels === 4 ? pixels[s + 3] : channels === 2 ? pixels[s + 1] : 255;
  }
  return { width, height, rgba };
}

export interface ColourStats {
  pixels: number;
  /** Distinct colours, each channel rounded to 8 levels (so anti-aliasing does not count). */
  distinct: number;
  /** Pixels that are neither white, grey nor black: chroma (max - min channel) above 60. */
  coloured: number;
  /** Pixels within a small distance of one of the chart palette's colours. */
  palette: number;
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** The palette's hues a chart fills with; greys and black are left out, they are also text. */
export const PALETTE_RGB = [...new Set([PALETTE.ideal, PALETTE.actual, PALETTE.bottleneck, PALETTE.good, ...PALETTE.series])].map(hex);

export function colourStats(picture: Picture): ColourStats {
  const { rgba } = picture;
  const seen = new Set<number>();
  let coloured = 0;
  let palette = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]];
    seen.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
    if (PALETTE_RGB.some(([pr, pg, pb]) => Math.abs(r - pr) + Math.abs(g - pg) + Math.abs(b - pb) <= 36)) palette += 1;
  }
  return { pixels: rgba.length / 4, distinct: seen.size, coloured, palette };
}

// ---------------------------------------------------------------- exports

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
}

/** Clicks an export button and returns the file the browser downloads. */
export async function download(page: Page, button: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: SETTLE_MS }), button.click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const where = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(where) };
}

/** Parses SVG text in the page with DOMParser and draws it in an <img>: what a slide tool would get. */
export async function inspectSvgFile(page: Page, text: string) {
  return page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    const image = new Image();
    const loaded = await new Promise<boolean>((resolve) => {
      image.onload = () => resolve(true);
      image.onerror = () => resolve(false);
      image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    });
    return {
      error,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      shapes: doc.querySelectorAll('rect, path, line, circle, polygon, polyline').length,
      texts: doc.querySelectorAll('text').length,
      classes: doc.querySelectorAll('[class]').length,
      loaded,
      naturalWidth: image.naturalWidth,
    };
  }, text);
}

// ---------------------------------------------------------------- printing

/** Prints the page to an A4 PDF as Chromium's "Save as PDF" does, with backgrounds. */
export async function printToPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

/** Rasterises a PDF with `pdftoppm -png -r <dpi>` and returns its pages, first to last. */
export async function pdfPages(pdf: Buffer, dpi = 50): Promise<Picture[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'funnelbook-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, pdf);
    await run('pdftoppm', ['-png', '-r', String(dpi), file, path.join(dir, 'page')], { timeout: 30_000 });
    const names = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort((a, b) => pageNumber(a) - pageNumber(b));
    return Promise.all(names.map(async (name) => decodePng(await readFile(path.join(dir, name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pageNumber = (name: string) => Number(/-(\d+)\.png$/.exec(name)?.[1] ?? 0);
