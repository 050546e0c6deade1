// A tiny static file server for the built single-page app (`build/`), shared by
// the end-to-end tests (tests/e2e/support/static-server.ts), the benchmarks
// (bench/run.mjs) and `npm run serve` (scripts/serve-build.mjs).
// Plain ESM JavaScript so plain `node` (20+) can run it without a TypeScript step.
//
// Behaviour:
// - GET and HEAD only (anything else: 405).
// - A path that names a file under the root serves that file; a directory serves
//   its index.html if there is one.
// - Any other path serves the root index.html with status 200 (SPA fallback), so
//   deep links such as /notebooks/abc load the app, which routes in the browser.
//   Exception: a missing file under /_app/ is a 404, because answering a missing
//   script with HTML only turns a clear "404" into a confusing MIME-type error.
// - Every response carries `Cache-Control: no-cache` (the browser revalidates,
//   so a rebuilt app is never stale), including service-worker.js.
// - Paths that would escape the root (../, encoded ..%2f, symlinks pointing
//   outside, NUL bytes) are refused with 403/400.

import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * True if `child` is `parent` or lies inside it (both absolute, normalised).
 * @param {string} parent
 * @param {string} child
 */
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * @param {string} p
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function statOrNull(p) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

/**
 * Start serving `root` (normally the `build/` directory) on 127.0.0.1.
 * Port 0 (the default) picks a free port; the chosen one is in `url`.
 *
 * @param {string} root directory to serve; must contain index.html
 * @param {number} [port=0]
 * @param {{ host?: string, log?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startStaticServer(root, port = 0, options = {}) {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? false;
  const rootDir = await realpath(path.resolve(root)).catch(() => {
    throw new Error(`static server: directory not found: ${path.resolve(root)} (build the app first: npx vite build)`);
  });
  const indexFile = path.join(rootDir, 'index.html');
  if (!(await statOrNull(indexFile))?.isFile()) {
    throw new Error(`static server: ${indexFile} not found (build the app first: npx vite build)`);
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} message
   */
  function sendText(res, status, message) {
    const body = Buffer.from(message + '\n');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {string} file
   * @param {number} [status]
   */
  async function sendFile(res, file, status = 200) {
    const body = await readFile(file);
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': contentTypeFor(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (path.basename(file) === 'service-worker.js') headers['Service-Worker-Allowed'] = '/';
    res.writeHead(status, headers);
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  /**
   * Resolve a request path to a file to send, or an error status.
   * @param {string} rawUrl
   * @returns {Promise<{ file: string } | { status: number, message: string }>}
   */
  async function resolveRequest(rawUrl) {
    let pathname;
    try {
      // The URL parser already collapses literal and %2e-encoded dot segments.
      pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
    } catch {
      return { status: 400, message: 'Bad Request' };
    }
    if (pathname.includes('\0')) return { status: 400, message: 'Bad Request' };
    // Anything still containing a `..` segment after decoding (e.g. from ..%2f) is refused.
    if (pathname.split(/[\\/]/).includes('..')) return { status: 403, message: 'Forbidden' };

    const candidate = path.resolve(rootDir, '.' + pathname);
    if (!isInside(rootDir, candidate)) return { status: 403, message: 'Forbidden' };

    let st = await statOrNull(candidate);
    let file = candidate;
    if (st?.isDirectory()) {
      file = path.join(candidate, 'index.html');
      st = await statOrNull(file);
    }
    if (st?.isFile()) {
      // Refuse symlinks that lead outside the root.
      const real = await realpath(file);
      if (!isInside(rootDir, real)) return { status: 403, message: 'Forbidden' };
      return { file: real };
    }
    if (pathname.startsWith('/_app/')) return { status: 404, message: 'Not Found' };
    return { file: indexFile }; // SPA fallback
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendText(res, 405, 'Method Not Allowed');
        return;
      }
      const result = await resolveRequest(req.url ?? '/');
      if ('file' in result) await sendFile(res, result.file);
      else sendText(res, result.status, result.message);
      if (log) console.log(`${res.statusCode} ${req.method} ${req.url}`);
    } catch (err) {
      console.error('static server error:', err);
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: unexpected address');
  const url = `http://${host}:${address.port}`;

  let closed = false;
  return {
    url,
    port: address.port,
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; drop them so close() does not hang.
        server.closeAllConnections();
      });
    },
  };
}
