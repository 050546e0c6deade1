// Turning a chart on screen into a file someone can paste into a slide: a standalone SVG (styles
// inlined, xmlns, size, white background, a font stack that has Chinese) and a PNG drawn from it.
// The string work is pure and unit-tested; the DOM and canvas steps are thin wrappers below it.

/** System fonts that cover Chinese on Windows, macOS, Linux and Android, Latin first. */
export const CJK_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Properties that inherit: written on an element only where they differ from its parent. */
export const INHERITED_PROPERTIES = [
  'fill', 'fill-opacity', 'fill-rule',
  'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'letter-spacing',
  'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'shape-rendering',
] as const;

/** Properties that do not inherit: written where they differ from their initial value. */
export const OWN_PROPERTIES: Readonly<Record<string, string>> = {
  opacity: '1',
  'alignment-baseline': 'auto',
  'baseline-shift': '0px',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'vector-effect': 'none',
  'text-decoration-line': 'none',
};

export type StyleValues = Readonly<Record<string, string>>;

/**
 * The `style` attribute an element needs in a file without the page's style sheets: its computed
 * values, minus what it would inherit from `parent` anyway (null for the root, which writes all).
 */
export function styleText(own: StyleValues, parent: StyleValues | null): string {
  const parts: string[] = [];
  for (const name of INHERITED_PROPERTIES) {
    const value = own[name];
    if (!value || (parent && parent[name] === value)) continue;
    parts.push(`${name}:${value}`);
  }
  for (const [name, initial] of Object.entries(OWN_PROPERTIES)) {
    const value = own[name];
    if (!value || value === initial || value === 'normal') continue;
    parts.push(`${name}:${value}`);
  }
  return parts.join(';');
}

export interface StandaloneOptions {
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  /** Default white: a transparent chart pasted on a dark slide is unreadable. */
  background?: string;
  fontFamily?: string;
  /** Accessible name, added as <title> when the SVG has none. */
  title?: string;
  /** White margin around the chart, in CSS pixels (marks drawn at the very edge stay clear of it). */
  padding?: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (n: number) => Math.round(n * 100) / 100;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
/** An attribute value as written in markup back to its text (XMLSerializer writes `&quot;`…). */
const unescapeAttribute = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? whole;
    const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

interface Attribute {
  name: string;
  value: string;
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(text: string): Attribute[] {
  const out: Attribute[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    out.push({ name: match[1], value: unescapeAttribute(match[2] ?? match[3] ?? match[4] ?? '') });
  }
  return out;
}

/** The four numbers of a viewBox, or null when it is missing or not four finite numbers. */
export function parseViewBox(text: string | undefined): [number, number, number, number] | null {
  if (!text) return null;
  const parts = text.trim().split(/[\s,]+/).map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as [number, number, number, number]) : null;
}

/**
 * Markup of one <svg> element (as XMLSerializer writes it) made into a file of its own: an XML
 * declaration, the SVG namespaces, a fixed width and height, a viewBox, a font stack that covers
 * Chinese, and a background rectangle behind every mark.
 */
export function standaloneSvg(markup: string, options: StandaloneOptions): string {
  const source = markup.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  const open = /^<svg\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/.exec(source);
  if (!open) throw new Error('standaloneSvg: the markup does not start with <svg>');
  const selfClosing = open[2] === '/';
  const rest = selfClosing ? '' : source.slice(open[0].length).replace(/<\/svg>\s*$/, '');

  const inner = { width: Math.max(1, options.width), height: Math.max(1, options.height) };
  const padding = Math.max(0, options.padding ?? 0);
  const width = round(inner.width + 2 * padding);
  const height = round(inner.height + 2 * padding);
  const background = options.background ?? '#ffffff';
  const font = options.fontFamily ?? CJK_FONT_STACK;

  const attributes = parseAttributes(open[1]);
  const get = (name: string) => attributes.find((a) => a.name === name)?.value;
  // The margin is added in the chart's own units, so a scaled viewBox keeps its proportions.
  const [vx, vy, vw, vh] = parseViewBox(get('viewBox')) ?? [0, 0, inner.width, inner.height];
  const px = (padding * vw) / inner.width;
  const py = (padding * vh) / inner.height;
  const viewBox = [vx - px, vy - py, vw + 2 * px, vh + 2 * py];
  // The chart's own font-family (the page's) gives way to the stack that covers Chinese.
  const own = get('style')?.replace(/(^|;)\s*font-family\s*:[^;]*/gi, '$1');
  const style = [own, `font-family:${font}`, `background-color:${background}`]
    .filter((part): part is string => !!part && part.trim() !== '')
    .map((part) => part.trim().replace(/;+/g, ';').replace(/^;|;$/g, ''))
    .join(';');

  const replaced = new Set(['xmlns', 'xmlns:xlink', 'width', 'height', 'viewBox', 'style']);
  const kept = attributes.filter((a) => !replaced.has(a.name));
  const head = [
    `xmlns="${SVG_NS}"`,
    `xmlns:xlink="${XLINK_NS}"`,
    `width="${width}"`,
    `height="${height}"`,
    `viewBox="${viewBox.map(round).join(' ')}"`,
    ...kept.map((a) => `${a.name}="${escapeAttribute(a.value)}"`),
    `style="${escapeAttribute(style)}"`,
  ].join(' ');

  // <title> and <desc> stay first (screen readers read the first title); the background goes
  // right after them, under every mark.
  const lead = /^(\s*(?:<title\b[^>]*>[\s\S]*?<\/title>|<title\b[^>]*\/>)?\s*(?:<desc\b[^>]*>[\s\S]*?<\/desc>|<desc\b[^>]*\/>)?)/.exec(rest)?.[1] ?? '';
  const title = /<title\b/.test(lead) || !options.title ? '' : `<title>${escapeText(options.title)}</title>`;
  const [x, y, w, h] = viewBox;
  const rect = `<rect data-export-background="" x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="${escapeAttribute(background)}"/>`;

  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg ${head}>${title}${lead}${rect}${rest.slice(lead.length)}</svg>\n`;
}

/** A data: URL of an SVG document, for an <img> to draw it. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A file name from a workbook or chart name: characters Windows, macOS and Linux refuse are
 * replaced, Chinese is kept, and an empty name falls back to `fallback`.
 */
export function exportFileName(name: string, extension: 'svg' | 'png', fallback = 'chart'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\-\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || fallback}.${extension}`;
}

// ------------------------------------------------------------------------------ DOM and canvas

function computedValues(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const values: Record<string, string> = {};
  for (const name of INHERITED_PROPERTIES) values[name] = style.getPropertyValue(name);
  for (const name of Object.keys(OWN_PROPERTIES)) values[name] = style.getPropertyValue(name);
  return values;
}

/**
 * A detached copy of `svg` whose every element carries, in its `style` attribute, the computed
 * styles it was drawn with on the page (scoped classes and CSS variables do not travel with a
 * file). Elements not displayed are left out.
 */
export function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const walk = (source: Element, target: Element, parent: StyleValues | null) => {
    const style = getComputedStyle(source);
    if (style.display === 'none') {
      target.remove();
      return;
    }
    const own = computedValues(source);
    const text = styleText(own, parent);
    if (text) target.setAttribute('style', text);
    else target.removeAttribute('style');
    target.removeAttribute('class');
    const sources = Array.from(source.children);
    const targets = Array.from(target.children);
    sources.forEach((child, i) => {
      if (targets[i]) walk(child, targets[i], own);
    });
  };
  walk(svg, copy, null);
  copy.removeAttribute('tabindex');
  return copy;
}

/**
 * The SVG charts inside `container` as one standalone SVG document. A chart drawn as several SVGs
 * (small multiples) becomes one picture with each placed where it is on screen.
 */
export function containerToSvg(
  container: Element,
  title?: string,
  padding = 12,
): { svg: string; width: number; height: number } | null {
  const svgs = Array.from(container.querySelectorAll('svg')).filter(
    (svg): svg is SVGSVGElement => svg.parentElement?.closest('svg') === null && svg.getBoundingClientRect().width > 0,
  );
  if (svgs.length === 0) return null;
  const serializer = new XMLSerializer();
  if (svgs.length === 1) {
    const box = svgs[0].getBoundingClientRect();
    const svg = standaloneSvg(serializer.serializeToString(inlineStyles(svgs[0])), { width: box.width, height: box.height, title, padding });
    return { svg, width: box.width + 2 * padding, height: box.height + 2 * padding };
  }
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const width = Math.max(...boxes.map((b) => b.right)) - left;
  const height = Math.max(...boxes.map((b) => b.bottom)) - top;
  const outer = document.createElementNS(SVG_NS, 'svg');
  // The wrapper takes the page's text styles, so the placed charts inherit the same fonts.
  outer.setAttribute('style', styleText(computedValues(container), null));
  svgs.forEach((svg, i) => {
    const inner = inlineStyles(svg);
    inner.setAttribute('x', String(round(boxes[i].left - left)));
    inner.setAttribute('y', String(round(boxes[i].top - top)));
    inner.setAttribute('width', String(round(boxes[i].width)));
    inner.setAttribute('height', String(round(boxes[i].height)));
    outer.appendChild(inner);
  });
  const svg = standaloneSvg(serializer.serializeToString(outer), { width, height, title, padding });
  return { svg, width: width + 2 * padding, height: height + 2 * padding };
}

/** Draws an SVG document on a canvas at `scale` times its size (2: sharp on a projector and a slide). */
export function svgToPng(svg: string, width: number, height: number, scale = 2, background = '#ffffff'): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2D canvas'));
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    image.src = svgDataUrl(svg);
  });
}

/** Saves `blob` under `fileName` through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
