// Writes docs/funnelbook.schema.json, the JSON Schema of a Funnelbook file, from the zod schema in
// src/lib/document/schema.ts (the authority). Run after changing the schema:
//   node scripts/gen-json-schema.mjs
// tests/unit/exchange/json-schema.test.ts fails while the file is out of date.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/funnelbook.schema.json', import.meta.url));

// Vite compiles the TypeScript module for Node; no app config (plugins) is needed for plain TS.
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { workbookJsonSchemaText } = await server.ssrLoadModule('/src/lib/exchange/json-schema.ts');
  await writeFile(out, workbookJsonSchemaText());
  console.log(`wrote ${out}`);
} finally {
  await server.close();
}
