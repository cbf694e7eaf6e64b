/**
 * A minimal static file server for a built site on 127.0.0.1 (random port), as a static
 * host serves it: folders answer with index.html, unknown paths with 404.html.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
};

/** The Content-Type a static host sends for a file, by its extension. */
export const contentType = (file: string) => types[path.extname(file)] ?? 'application/octet-stream';

export interface StaticServer {
  origin: string;
  server: Server;
  /** Bytes sent per request path since the last reset, for transfer budgets. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

/** Rules of a Netlify/Cloudflare `_headers` file: path pattern and headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re =
        '^' +
        line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*') +
        '$';
      rules.push({ pattern: new RegExp(re), headers: [] });
    } else if (line.trim().startsWith('!')) {
      // `! Name`: detach a header set by an earlier matching rule (Cloudflare Pages).
      rules.at(-1)?.headers.push([line.trim(), '']);
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export interface ServeOptions {
  /** Changes the headers of `_headers` before they are sent (e.g. a wider CSP). */
  transformHeaders?: (headers: Record<string, string>, pathname: string) => Record<string, string>;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const sent = new Map<string, number>();
  // Send the headers of dist/_headers, as the hosts that read it do.
  const headerRules = existsSync(path.join(dir, '_headers'))
    ? parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'))
    : [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) file = path.join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = path.join(dir, '404.html');
    const size = existsSync(file) ? statSync(file).size : 0;
    sent.set(pathname, (sent.get(pathname) ?? 0) + size);
    let extra: Record<string, string> = {};
    for (const [name, value] of headerRules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers)) {
      if (name.startsWith('!')) delete extra[name.slice(1).trim()];
      else extra[name] = value;
    }
    if (options.transformHeaders) extra = options.transformHeaders(extra, pathname);
    res.writeHead(found ? 200 : 404, {
      ...extra,
      'content-type': contentType(file),
      'content-length': size,
    });
    if (size) createReadStream(file).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, server, sent, close: () => new Promise((r) => server.close(() => r())) };
}
