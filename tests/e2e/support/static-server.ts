// Typed entry point for the static server used by the e2e tests.
// The one implementation lives in scripts/static-server.mjs (plain JS, so the
// benchmarks and `npm run serve` can use it with plain node).
import { startStaticServer as start } from '../../../scripts/static-server.mjs';

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:38211 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serve `root` (normally build/) on 127.0.0.1 with SPA fallback; port 0 = a free port. */
export function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  return start(root, port);
}
