#!/usr/bin/env node
// Serve the built app (build/) for a human: `npm run serve` or `node scripts/serve-build.mjs`.
// Options: --port N (default 4173, or $PORT; 0 = any free port), --host H (default 127.0.0.1),
// --root DIR (default build/), --quiet (do not log requests). Stop with Ctrl-C.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: path.join(repoRoot, 'build') },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve-build: invalid port: ${values.port}`);
  process.exit(2);
}

try {
  const server = await startStaticServer(values.root, port, { host: values.host, log: !values.quiet });
  console.log(`Serving ${path.relative(process.cwd(), values.root) || '.'} at ${server.url}/ (Ctrl-C to stop)`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(`serve-build: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
