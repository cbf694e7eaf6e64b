/**
 * `node scripts/screenshots.ts [dist] [out] [path ...]`: serves a built site on
 * localhost and takes full-page screenshots at 390 px (mobile) and 1280 px (desktop)
 * with Debian's Chromium, for a person to look at after changing pages.
 * SHOT_FROM=px and SHOT_HEIGHT=px take one slice of the page instead of all of it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumHint, hasChromium, launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve(process.argv[3] ?? 'test/.tmp/screenshots');
const routes = process.argv.slice(4).length
  ? process.argv.slice(4)
  : ['/', '/van-ban/', '/guong-dien-hinh/', '/tin-tuc/'];
if (!hasChromium()) {
  console.error(chromiumHint);
  process.exit(1);
}
const server = await serveStatic(dist);
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
try {
  for (const [label, width] of [
    ['mobile', 390],
    ['desktop', 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const route of routes) {
      await page.goto(`${server.origin}${route}`, { waitUntil: 'networkidle' });
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
  await server.close();
}
