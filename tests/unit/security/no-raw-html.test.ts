// Names, labels and imported values are user data; Svelte escapes them unless a component uses
// {@html}, which would put them into the page as markup. No component may, so this scans every
// Svelte file under src/ (the e2e security suite checks the rendered pages as well).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SRC, filesUnder } from '../../fixtures/source-files';

/** `{@html ...}` tags in a Svelte source, with their line numbers (whitespace after `{` allowed). */
function rawHtmlTags(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (/\{\s*@html\b/.test(line)) lines.push(i + 1);
  });
  return lines;
}

test('the scan finds an {@html} tag, spaced or not', () => {
  expect(rawHtmlTags('<p>{name}</p>\n<p>{@html name}</p>\n<p>{ @html x }</p>')).toEqual([2, 3]);
});

test('src/ has Svelte files to scan', () => {
  expect(filesUnder(SRC, ['.svelte']).length).toBeGreaterThan(10);
});

test('no Svelte component under src/ renders raw HTML with {@html}', () => {
  const found = filesUnder(SRC, ['.svelte']).flatMap((file) =>
    rawHtmlTags(readFileSync(file, 'utf8')).map((line) => `${path.relative(SRC, file)}:${line}`),
  );
  expect(found).toEqual([]);
});

test('no code under src/ writes markup with innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(|document\.write(ln)?\s*\(/;
  const found = filesUnder(SRC, ['.svelte', '.ts', '.js']).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (sinks.test(line) ? [`${path.relative(SRC, file)}:${i + 1}`] : [])),
  );
  expect(found).toEqual([]);
});
