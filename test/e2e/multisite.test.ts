/**
 * How a national portal would search many provincial sites without one giant build:
 * Pagefind's `mergeIndex` loads another site's index next to its own. Two sites built
 * separately (the sample site and the fixture site) are served on two origins (with the CORS header that
 * `public/_headers` sends for `/pagefind/`); a search on the first finds pages of both,
 * each linked at its own site, and filters still work across them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { fixtureSite, sampleSite } from '../helpers/build.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

let browser: Browser;
let home: StaticServer;
let other: StaticServer;

describe.skipIf(!hasChromium())('searching two sites with mergeIndex', () => {
  beforeAll(async () => {
    const a = sampleSite();
    expect(a.status, a.output.slice(-2000)).toBe(0);
    // A second province: the fixture site, built on its own.
    const b = fixtureSite();
    expect(b.status, b.output.slice(-2000)).toBe(0);
    other = await serveStatic(b.dist);
    // The aggregating portal allows the provincial sites it merges in its connect-src;
    // Pagefind's worker, which fetches their indexes, runs under the header policy.
    home = await serveStatic(a.dist, {
      transformHeaders: (h) => ({
        ...h,
        'Content-Security-Policy': (h['Content-Security-Policy'] ?? '').replace(
          "connect-src 'self'",
          `connect-src 'self' ${other.origin}`,
        ),
      }),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await home?.close();
    await other?.close();
  });

  it('finds pages of both sites, each at its own address', async () => {
    // The page's own <meta> policy says connect-src 'self'; the aggregator's pages would
    // list the provincial origins there too. Only that meta policy is bypassed here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${home.origin}/tim-kiem/`);
    // A string, not a function: the test runner would rewrite a function's import().
    const result = (await page.evaluate(`(async () => {
      const urls = async (res) => Promise.all(res.results.map(async (r) => (await r.data()).url));
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({});
      const before = await pf.search('dray');
      await pf.mergeIndex(${JSON.stringify(`${other.origin}/pagefind/`)});
      // "thác Đrây Sáp" is only in the second site (an article of the fixture); đ is indexed as ď, which "d" finds.
      const rareUrls = await urls(await pf.search('dray'));
      const commonUrls = await urls(await pf.search('thi ďua'));
      return { before: before.results.length, rareUrls, commonUrls };
    })()`)) as { before: number; rareUrls: string[]; commonUrls: string[] };
    expect(result.before).toBe(0);
    expect(result.rareUrls).toHaveLength(1);
    expect(result.rareUrls[0]).toBe(`${other.origin}/tin-tuc/nguoi-trong-dua-luoi-o-xa-dak-son/`);
    expect(result.commonUrls.some((u) => u.startsWith(other.origin))).toBe(true);
    expect(result.commonUrls.some((u) => u.startsWith('/'))).toBe(true);
    await context.close();
  });

  it('is allowed by the index host: /pagefind/ files carry Access-Control-Allow-Origin', async () => {
    const res = await fetch(`${other.origin}/pagefind/pagefind-entry.json`, { headers: { Origin: home.origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
