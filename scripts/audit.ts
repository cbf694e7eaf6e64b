/**
 * `npm run audit [-- dist]`: Lighthouse in mobile mode (simulated slow 4G, mid-range
 * phone) with Debian's Chromium, on the home page, a document page and an exemplar
 * page of a built site served locally with its `_headers`. Prints the scores; a report,
 * not a gate (Lighthouse's performance score varies from run to run).
 */
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumHint, chromiumPath, hasChromium } from './lib/chromium.ts';
import { crawl } from './lib/quality/crawl.ts';
import { serveStatic } from './lib/static-server.ts';

if (!hasChromium()) {
  console.error(chromiumHint);
  process.exit(1);
}
const dist = path.resolve(process.argv[2] ?? 'dist');
const pages = crawl(dist);
const targets = [
  '/',
  pages.find((p) => /^\/van-ban\/(?!trang-|loai\/|nam\/|co-quan\/)[a-z0-9-]+\/$/.test(p)),
  pages.find((p) => /^\/guong-dien-hinh\/(?!trang-|loai\/|nam\/|dia-phuong\/|linh-vuc\/)[a-z0-9-]+\/$/.test(p)),
].filter((p): p is string => !!p);

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const rows: Record<string, Record<string, number>> = {};
try {
  for (const target of targets) {
    const result = await lighthouse(server.origin + target, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    rows[target] = Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
    );
    const m = lhr.audits;
    console.log(
      `${target}\n  hiệu năng ${rows[target]!.performance}, trợ năng ${rows[target]!.accessibility}, thực hành tốt ${rows[target]!['best-practices']}, SEO ${rows[target]!.seo}` +
        `\n  FCP ${m['first-contentful-paint']?.displayValue}, LCP ${m['largest-contentful-paint']?.displayValue}, CLS ${m['cumulative-layout-shift']?.displayValue}, TBT ${m['total-blocking-time']?.displayValue}`,
    );
    for (const [id, audit] of Object.entries(lhr.audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        console.log(`    ✗ ${id}: ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(JSON.stringify(rows));
