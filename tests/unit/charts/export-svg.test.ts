import { describe, expect, test } from 'vitest';
import {
  CJK_FONT_STACK,
  SVG_NS,
  exportFileName,
  parseViewBox,
  standaloneSvg,
  styleText,
  svgDataUrl,
} from '../../../src/lib/charts/export-svg';

/** The attributes of the root <svg> of a standalone document, as a map. */
function rootAttributes(svg: string): Record<string, string> {
  const open = /<svg\b([^>]*)>/.exec(svg)![1];
  return Object.fromEntries([...open.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe('standaloneSvg', () => {
  const chart =
    '<svg xmlns="http://www.w3.org/2000/svg" class="svelte-abc" width="100%" viewBox="0 0 400 200" role="img">' +
    '<title>Funnel</title><desc>Ideal against actual</desc><rect x="1" y="2" width="30" height="40" style="fill:rgb(0, 114, 178)"/>' +
    '<text x="5" y="10">线索 10万</text></svg>';

  test('gives the file an XML declaration, one SVG namespace, the xlink namespace and a fixed size', () => {
    const svg = standaloneSvg(chart, { width: 400.4, height: 200 });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg.match(/xmlns="/g)).toHaveLength(1);
    const root = rootAttributes(svg);
    expect(root.xmlns).toBe(SVG_NS);
    expect(root['xmlns:xlink']).toBe('http://www.w3.org/1999/xlink');
    expect(root.width).toBe('400.4');
    expect(root.height).toBe('200');
    expect(root.viewBox).toBe('0 0 400 200');
    expect(root.role).toBe('img');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  test('adds a namespace to markup that has none and a viewBox from the size', () => {
    const svg = standaloneSvg('<svg><circle r="3"/></svg>', { width: 120, height: 80 });
    const root = rootAttributes(svg);
    expect(root.xmlns).toBe(SVG_NS);
    expect(root.viewBox).toBe('0 0 120 80');
    expect(svg).toContain('<rect data-export-background="" x="0" y="0" width="120" height="80" fill="#ffffff"/><circle r="3"/>');
  });

  test('puts a white background behind every mark but after <title> and <desc>', () => {
    const svg = standaloneSvg(chart, { width: 400, height: 200 });
    const title = svg.indexOf('<title>Funnel</title>');
    const desc = svg.indexOf('<desc>');
    const background = svg.indexOf('data-export-background');
    const firstMark = svg.indexOf('<rect x="1"');
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(desc);
    expect(desc).toBeLessThan(background);
    expect(background).toBeLessThan(firstMark);
    expect(svg).toContain('fill="#ffffff"');
  });

  test('the background covers the viewBox even when it does not start at 0,0', () => {
    const svg = standaloneSvg('<svg viewBox="-10 -5 100 50"><g/></svg>', { width: 200, height: 100, background: '#fafafa' });
    expect(svg).toContain('<rect data-export-background="" x="-10" y="-5" width="100" height="50" fill="#fafafa"/>');
    expect(rootAttributes(svg).style).toContain('background-color:#fafafa');
  });

  test('sets a font stack that covers Chinese, after the chart’s own style, with quotes escaped', () => {
    const svg = standaloneSvg('<svg style="fill: red;"><text>收入</text></svg>', { width: 10, height: 10 });
    const style = rootAttributes(svg).style;
    expect(style.startsWith('fill: red;font-family:')).toBe(true);
    expect(style).toContain('Noto Sans CJK SC');
    expect(style).toContain('Microsoft YaHei');
    expect(style).toContain('PingFang SC');
    expect(svg).toContain("'PingFang SC'");
    expect(svg).not.toMatch(/style="[^"]*"[^"]*Noto/);
    expect(CJK_FONT_STACK.endsWith('sans-serif')).toBe(true);
    expect(svg).toContain('<text>收入</text>');
  });

  test('attribute values escaped by XMLSerializer are not escaped twice', () => {
    const svg = standaloneSvg('<svg data-q="&quot;x&quot;" aria-label="A &amp; B &#8594; C"><g/></svg>', { width: 5, height: 5 });
    expect(svg).toContain('data-q="&quot;x&quot;"');
    expect(svg).not.toContain('&amp;quot;');
    expect(svg).toContain('aria-label="A &amp; B → C"');
  });

  test('the page’s font-family on the root gives way to the CJK stack; other root styles stay', () => {
    const svg = standaloneSvg('<svg style="fill:red;font-family:&quot;Segoe UI&quot;, serif;font-size:15px"><g/></svg>', { width: 5, height: 5 });
    const style = rootAttributes(svg).style;
    expect(style).toBe(`fill:red;font-size:15px;font-family:${CJK_FONT_STACK};background-color:#ffffff`);
    expect(style.match(/font-family/g)).toHaveLength(1);
  });

  test('adds a <title> only when the chart has none, escaped', () => {
    const withTitle = standaloneSvg(chart, { width: 1, height: 1, title: 'Other' });
    expect(withTitle.match(/<title>/g)).toHaveLength(1);
    const without = standaloneSvg('<svg><g/></svg>', { width: 1, height: 1, title: 'Won < target & more' });
    expect(without).toContain('<title>Won &lt; target &amp; more</title><rect data-export-background');
  });

  test('handles a self-closing <svg/>, a leading XML declaration and single-quoted attributes', () => {
    const svg = standaloneSvg("<?xml version=\"1.0\"?><svg class='a b' viewBox='0 0 5 5'/>", { width: 5, height: 5 });
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(rootAttributes(svg).class).toBe('a b');
    expect(rootAttributes(svg).viewBox).toBe('0 0 5 5');
    expect(svg).toMatch(/<rect data-export-background[^>]*\/><\/svg>\n$/);
  });

  test('attribute values with ">" in quotes do not end the root tag early', () => {
    const svg = standaloneSvg('<svg aria-label="a > b"><g/></svg>', { width: 5, height: 5 });
    expect(rootAttributes(svg)['aria-label']).toBe('a &gt; b');
    expect(svg).toContain('<g/></svg>');
  });

  test('a margin widens the picture and its viewBox in the chart’s own units', () => {
    const svg = standaloneSvg('<svg viewBox="0 0 200 100"><g/></svg>', { width: 400, height: 200, padding: 10 });
    const root = rootAttributes(svg);
    expect(root.width).toBe('420');
    expect(root.height).toBe('220');
    expect(root.viewBox).toBe('-5 -5 210 110');
    expect(svg).toContain('x="-5" y="-5" width="210" height="110"');
  });

  test('rejects markup that is not an <svg>', () => {
    expect(() => standaloneSvg('<div></div>', { width: 1, height: 1 })).toThrow(/<svg>/);
  });

  test('keeps the size positive', () => {
    const root = rootAttributes(standaloneSvg('<svg/>', { width: 0, height: -3 }));
    expect(root.width).toBe('1');
    expect(root.height).toBe('1');
  });
});

describe('styleText', () => {
  const parent = { fill: 'rgb(0, 0, 0)', 'font-size': '12px', 'text-anchor': 'start' };

  test('writes every set value on the root', () => {
    expect(styleText({ fill: 'rgb(0, 0, 0)', 'font-size': '12px' }, null)).toBe('fill:rgb(0, 0, 0);font-size:12px');
  });

  test('leaves out inherited values equal to the parent’s and initial values of the others', () => {
    const own = { fill: 'rgb(230, 159, 0)', 'font-size': '12px', 'text-anchor': 'middle', opacity: '1', 'stop-color': 'rgb(0, 0, 0)' };
    expect(styleText(own, parent)).toBe('fill:rgb(230, 159, 0);text-anchor:middle');
  });

  test('keeps a non-inherited value that differs from its initial one', () => {
    expect(styleText({ ...parent, opacity: '0.5' }, parent)).toBe('opacity:0.5');
    expect(styleText({ ...parent, 'alignment-baseline': 'normal' }, parent)).toBe('');
  });
});

describe('file names and data URLs', () => {
  test('keeps Chinese and spaces, replaces characters file systems refuse', () => {
    expect(exportFileName('示例：B2B 项目型销售漏斗 - funnel', 'svg')).toBe('示例：B2B 项目型销售漏斗 - funnel.svg');
    expect(exportFileName('Demo: B2B / Q3 <final>?', 'png')).toBe('Demo- B2B - Q3 -final-.png');
    expect(exportFileName('  ..hidden  ', 'svg')).toBe('hidden.svg');
  });

  test('falls back to a name when nothing is left', () => {
    expect(exportFileName('   ', 'png')).toBe('chart.png');
    expect(exportFileName('///', 'svg', 'funnel')).toBe('funnel.svg');
  });

  test('caps long names', () => {
    expect(exportFileName('x'.repeat(500), 'svg')).toBe(`${'x'.repeat(120)}.svg`);
  });

  test('a data URL carries the SVG encoded, Chinese included', () => {
    const url = svgDataUrl('<svg><text>万 & #</text></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1])).toBe('<svg><text>万 & #</text></svg>');
    expect(url).not.toContain('#');
  });

  test('viewBox parsing', () => {
    expect(parseViewBox('0 0 10 20')).toEqual([0, 0, 10, 20]);
    expect(parseViewBox('0,0,10,20')).toEqual([0, 0, 10, 20]);
    expect(parseViewBox('0 0 10')).toBeNull();
    expect(parseViewBox(undefined)).toBeNull();
  });
});
