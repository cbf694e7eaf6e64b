/**
 * Quality gates in a real browser over the pages a reader can reach (a crawl of the
 * built sample site): WCAG 2.2 A/AA by axe-core at 1280 and 390 px on two pages of each
 * template (the first and the fullest: axe on every page took four minutes), no sideways
 * scroll at 360 px on every page, no Content-Security-Policy violation (search included), visible keyboard
 * focus through the header, the search box and a filter.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { crawl, pagesPerTemplate, templateOf } from '../../scripts/lib/quality/crawl.ts';
import { htmlPages } from '../../scripts/lib/quality/site-files.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { sampleSite } from '../helpers/build.ts';
import { BROKEN_PAGE, brokenSite } from '../helpers/broken-site.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG A/AA violations on the loaded page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  }, AXE_TAGS);
  return result as string[];
}

let browser: Browser;
let server: StaticServer;
let pages: string[];
let samples: string[];
let built: string[];

describe.skipIf(!hasChromium())('quality gates in the browser', () => {
  beforeAll(async () => {
    const site = sampleSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    pages = crawl(site.dist);
    built = htmlPages(site.dist);
    samples = pagesPerTemplate(site.dist, pages);
    server = await serveStatic(site.dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches every built page by following links', () => {
    // Every page the build wrote (the 404 page included), so that the checks below see them all.
    expect([...pages].sort()).toEqual([...built].sort());
    for (const p of ['/', '/van-ban/', '/tim-kiem/', '/gioi-thieu/', '/404.html']) expect(pages).toContain(p);
  });

  it('samples every template for axe, the entry pages among them', () => {
    expect(new Set(samples.map(templateOf))).toEqual(new Set(pages.map(templateOf)));
    for (const t of [
      '/van-ban/*',
      '/guong-dien-hinh/*',
      '/phong-trao/*',
      '/tin-tuc/*',
      '/co-quan/*',
      '/van-ban/loai/*',
    ])
      expect(samples.map(templateOf)).toContain(t);
    // The first and the fullest page of each template: at most two.
    expect(samples.length).toBeLessThanOrEqual(2 * new Set(pages.map(templateOf)).size);
  });

  for (const [label, width] of [
    ['1280 px', 1280],
    ['390 px', 390],
  ] as const) {
    it(`has no WCAG 2.2 A/AA violation on any template at ${label}`, { timeout: 600_000 }, async () => {
      // axe is injected through the debugging protocol, which the page's CSP would block as an inline script.
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const p of [...samples, '/tim-kiem/?q=thi%20dua']) {
        await page.goto(server.origin + p);
        if (p.startsWith('/tim-kiem/?')) await page.waitForSelector('[data-results] li');
        for (const v of await axeViolations(page)) failures.push(`${p} ${v}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  it('never scrolls sideways at 360 px and breaks no Content-Security-Policy', { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => violations.push(`${page.url()}: ${e.message}`));
    const wide: string[] = [];
    for (const p of pages) {
      await page.goto(server.origin + p);
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      if (scroll > inner) wide.push(`${p}: ${scroll}px`);
    }
    // Search runs Pagefind (WebAssembly, a worker) under the same policy.
    await page.goto(server.origin + '/tim-kiem/?q=thi%20dua&nhom=V%C4%83n%20b%E1%BA%A3n');
    await page.waitForSelector('[data-results] li');
    await page.goto(server.origin + '/');
    await page.focus('#o-tim-kiem');
    await page.keyboard.type('khen thuong');
    await page.waitForSelector('.quick-results a');
    await context.close();
    expect(wide).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('fails axe on a page with an image without alt text', async () => {
    const brokenServer = await serveStatic(brokenSite());
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(brokenServer.origin + BROKEN_PAGE);
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt:/m);
    await context.close();
    await brokenServer.close();
  });

  it('shows a visible focus on every element reached by Tab through the header and search', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.origin + '/');
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          name: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${el.textContent?.trim().slice(0, 20) ?? ''}`,
          visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
          indicator: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      reached.push(info.name);
      expect(info.visible, info.name).toBe(true);
      expect(info.indicator, info.name).toBe(true);
    }
    expect(reached.some((n) => n.startsWith('a Bỏ qua'))).toBe(true);
    expect(reached.some((n) => n.startsWith('input#o-tim-kiem'))).toBe(true);
    expect(reached.some((n) => n.includes('Văn bản'))).toBe(true);
    // A filter of a listing is reached and focused visibly too.
    await page.goto(server.origin + '/van-ban/');
    let onFilter = false;
    for (let i = 0; i < 30 && !onFilter; i++) {
      await page.keyboard.press('Tab');
      onFilter = await page.evaluate(() => !!document.activeElement?.closest('.filters'));
    }
    expect(onFilter).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });
});
