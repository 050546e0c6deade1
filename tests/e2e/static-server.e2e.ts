// Checks of the e2e harness itself: the static server behind inject('baseURL').
import { request } from 'node:http';
import { describe, expect, inject, test } from 'vitest';

const baseURL = inject('baseURL');

/** Raw GET, so the path is sent exactly as written (fetch would normalise ../). */
function rawGet(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server for build/', () => {
  test('serves index.html with no-cache', async () => {
    const res = await rawGet('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<title>');
  });

  test('falls back to index.html for client-side routes', async () => {
    const index = await rawGet('/');
    const deep = await rawGet('/some/deep/link?x=1');
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.body).toBe(index.body);
  });

  test('serves the app scripts as JavaScript, and 404s a missing one', async () => {
    const index = await rawGet('/');
    const script = index.body.match(/\/_app\/immutable\/entry\/start\.[\w-]+\.js/)?.[0];
    expect(script).toBeDefined();
    const res = await rawGet(script!);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await rawGet('/_app/immutable/entry/missing.js')).status).toBe(404);
  });

  test('refuses path traversal', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/_app/..%2f..%2fpackage.json']) {
      const res = await rawGet(path);
      expect(res.body, path).not.toContain('"devDependencies"');
      expect(res.body, path).not.toContain('root:');
      expect([200, 400, 403, 404], path).toContain(res.status);
    }
    expect((await rawGet('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});
