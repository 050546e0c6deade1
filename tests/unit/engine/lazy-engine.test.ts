// The engine (HyperFormula, 800 KB) is loaded with a dynamic import when a workbook opens. A value
// imported from it by a component or a route would make the page's own code wait for it: the
// workbook page once did, through one column-letter helper. Type imports are erased and allowed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SRC, filesUnder } from '../../fixtures/source-files';

/** Line numbers of imports of values (not only types) from the engine's public face. */
function eagerEngineImports(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (/^\s*import\s+(?!type\b)[^'"]*from\s+['"](\$lib\/engine|(\.\.\/)+engine)['"]/.test(line)) lines.push(i + 1);
  });
  return lines;
}

test('the scan finds a value import from the engine but not a type import', () => {
  const source = "import { columnLetter } from '$lib/engine';\nimport type { CellValue } from '$lib/engine';\n  import { FunnelEngine } from '../engine';";
  expect(eagerEngineImports(source)).toEqual([1, 3]);
});

test('no component or route imports a value from the engine (it is loaded when a workbook opens)', () => {
  const files = [...filesUnder(path.join(SRC, 'lib/components'), ['.svelte', '.ts']), ...filesUnder(path.join(SRC, 'routes'), ['.svelte', '.ts'])];
  expect(files.length).toBeGreaterThan(10);
  const found = files.flatMap((file) => eagerEngineImports(readFileSync(file, 'utf8')).map((line) => `${path.relative(SRC, file)}:${line}`));
  expect(found).toEqual([]);
});
