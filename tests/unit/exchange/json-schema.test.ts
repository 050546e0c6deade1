import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { workbookJsonSchemaText } from '../../../src/lib/exchange/json-schema';

it('docs/funnelbook.schema.json is the schema generated from the zod schema (node scripts/gen-json-schema.mjs)', () => {
  const committed = readFileSync(new URL('../../../docs/funnelbook.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(workbookJsonSchemaText());
});
