/**
 * `npm run dev` serves the form editor at /admin/ (src/integrations/admin-dev.ts): the
 * integration's middleware, driven as Vite's dev server drives it, builds the editor once
 * into the cache folder and serves it with the editor's own policy, never a file outside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCspHeader } from '../../scripts/lib/admin-csp.ts';
import { cmsBackendSettings } from '../../scripts/lib/cms-config.ts';
import adminInDev from '../../src/integrations/admin-dev.ts';

type Handler = (req: { url: string }, res: FakeResponse, next: () => void) => void;

class FakeResponse {
  status = 0;
  headers: Record<string, string> = {};
  body = '';
  done: Promise<void>;
  private finish!: () => void;
  constructor() {
    this.done = new Promise((resolve) => (this.finish = resolve));
  }
  writeHead(status: number, headers: Record<string, string> = {}) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  end(body: string | Buffer = '') {
    this.body = body.toString();
    this.finish();
    return this;
  }
}

let cache: string;
let handler: Handler;
const silent = { info: () => {}, error: () => {}, warn: () => {}, debug: () => {} };

/** One request through the middleware: the response, or `next` when it is not the editor's. */
async function get(url: string): Promise<FakeResponse | 'next'> {
  const res = new FakeResponse();
  let passed = false;
  handler({ url }, res, () => {
    passed = true;
  });
  if (passed) return 'next';
  await res.done;
  return res;
}

describe('the form editor in `npm run dev`', () => {
  beforeAll(async () => {
    cache = mkdtempSync(path.join(tmpdir(), 'admin-dev-'));
    const hooks = adminInDev().hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:setup']!({ command: 'dev' });
    await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cache}/`) } });
    await hooks['astro:server:setup']!({
      server: { middlewares: { use: (h: Handler) => (handler = h) } },
      logger: silent,
    });
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('does nothing in `astro build`, which starts a server of its own', async () => {
    const hooks = adminInDev().hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:setup']!({ command: 'build' });
    await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cache}/`) } });
    let used = false;
    await hooks['astro:server:setup']!({ server: { middlewares: { use: () => (used = true) } }, logger: silent });
    expect(used).toBe(false);
  });

  it("leaves the site's own addresses to Astro", async () => {
    expect(await get('/')).toBe('next');
    expect(await get('/van-ban/')).toBe('next');
    expect(await get('/administration/')).toBe('next');
  });

  it('serves the editor at /admin/ with its own policy as a header', async () => {
    const res = (await get('/admin/')) as FakeResponse;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(adminCspHeader(cmsBackendSettings(process.env)));
    expect(res.body).toContain('<html lang="vi">');
    const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(res.body)?.[1];
    expect(script).toBeDefined();
    const js = (await get(script!)) as FakeResponse;
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript');
  }, 120_000);

  it('redirects /admin to /admin/ and refuses files outside the editor', async () => {
    const bare = (await get('/admin')) as FakeResponse;
    expect([bare.status, bare.headers.location]).toEqual([301, '/admin/']);
    for (const url of [
      '/admin/..%2F..%2Fpackage.json',
      '/admin/assets%2F..%2F..%2F..%2Fpackage.json',
      '/admin/khong-co.js',
    ])
      expect(((await get(url)) as FakeResponse).status, url).toBe(404);
    // Dots the URL parser resolves leave /admin/ altogether: not the editor's to answer.
    expect(await get('/admin/%2e%2e/%2e%2e/astro.config.mjs')).toBe('next');
  });
});
