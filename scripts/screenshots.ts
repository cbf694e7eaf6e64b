/**
 * `node scripts/screenshots.ts [dist] [out] [path ...]`: serves a built site on
 * localhost and takes full-page screenshots at 390 px (mobile) and 1280 px (desktop)
 * with Debian's Chromium, for a person to look at after changing pages.
 * SHOT_FROM=px and SHOT_HEIGHT=px take one slice of the page instead of all of it.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve(process.argv[3] ?? 'test/.tmp/screenshots');
const routes = process.argv.slice(4).length ? process.argv.slice(4) : ['/', '/van-ban/', '/guong-dien-hinh/', '/tin-tuc/'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Không thấy Chromium ở ${executablePath}. Cài bằng: apt-get install -y chromium (hoặc đặt CHROMIUM_PATH).`);
  process.exit(1);
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.avif': 'image/avif', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf' };
const server = createServer((req, res) => {
  let file = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': types['.html']! });
    createReadStream(path.join(dist, '404.html')).pipe(res);
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [label, width] of [['mobile', 390], ['desktop', 1280]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const route of routes) {
      await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
      const name = `${label}-${route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.png`;
      const from = Number(process.env.SHOT_FROM ?? 0);
      const height = Number(process.env.SHOT_HEIGHT ?? 0);
      const clip = height ? { x: 0, y: from, width, height } : undefined;
      await page.screenshot({ path: path.join(out, name), fullPage: true, ...(clip ? { clip } : {}) });
      console.log(path.join(out, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
