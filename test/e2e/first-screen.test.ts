/**
 * Phones first, measured in Chromium at 390 × 844 on the built sites: the first item of
 * every listing and the `<h1>` of an entry page of every collection start within the
 * first screen, the header stays compact, and the menu opens without JavaScript. The
 * pages come from the content (the checker), never from named entries.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { collectionNames, type CollectionName } from '../../src/collections.ts';
import { entryPath, facetPath, pagePath, sectionPath } from '../../src/lib/routes.ts';
import { load, needs, sites } from '../helpers/sites.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

const PHONE = { width: 390, height: 844 };
const HEADER_MAX = 120;

/** The top of the first link in `main` to one of the given entry pages, in CSS px from the top of the page. */
async function firstItemTop(page: Page, hrefs: string[]) {
  return page.evaluate((wanted) => {
    const set = new Set(wanted);
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find((a) =>
      set.has(a.getAttribute('href') ?? ''),
    );
    return link ? link.getBoundingClientRect().top + scrollY : undefined;
  }, hrefs);
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + scrollY);

for (const under of sites) {
  describe.skipIf(!hasChromium())(`the first screen on a phone (${under.name} site)`, () => {
    let browser: Browser;
    let server: StaticServer;
    let phone: BrowserContext;
    let published: ReturnType<typeof load>['published'];

    beforeAll(async () => {
      const loaded = load(under);
      published = loaded.published;
      server = await serveStatic(loaded.site.dist);
      browser = await launchChromium();
      phone = await browser.newContext({ viewport: PHONE });
    });
    afterAll(async () => {
      await phone?.close();
      await browser?.close();
      await server?.close();
    });

    const entryHrefs = (c: CollectionName) => published(c).map((e) => entryPath(c, e.id));

    it('shows the first item of every listing within the first screen', { timeout: 120_000 }, async () => {
      const kinds = [...new Set(published('documents').map((e) => String(e.data.kind)))];
      const listings: [string, CollectionName][] = [
        ...collectionNames.map((c) => [sectionPath(c), c] as [string, CollectionName]),
        // A filtered page of the library: its filters say so, and stay folded.
        ...needs(under, kinds, 'a document kind')
          .slice(0, 1)
          .map((k) => [facetPath('documents', 'loai', k), 'documents'] as [string, CollectionName]),
      ];
      const page = await phone.newPage();
      const offsets: string[] = [];
      const late: string[] = [];
      for (const [route, c] of listings) {
        if (published(c).length === 0) continue;
        await page.goto(server.origin + route);
        const y = await firstItemTop(page, entryHrefs(c));
        offsets.push(`${route}: ${y}`);
        if (y === undefined || y >= PHONE.height) late.push(`${route}: ${y}`);
      }
      console.log(`first items at 390 × 844 (${under.name}):\n  ${offsets.join('\n  ')}`);
      expect(late).toEqual([]);
      await page.close();
    });

    it('folds the filters behind one "Lọc" control that counts the active ones', async () => {
      const page = await phone.newPage();
      await page.goto(server.origin + sectionPath('documents'));
      const toggle = page.locator('details.filter-toggle');
      expect(await toggle.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect((await toggle.locator('> summary').innerText()).trim()).toBe('Lọc');
      expect(await page.locator('.filters').isVisible()).toBe(false);
      const kind = String(published('documents')[0]?.data.kind);
      await page.goto(server.origin + facetPath('documents', 'loai', kind));
      expect((await page.locator('details.filter-toggle > summary').innerText()).trim()).toBe('Lọc (1)');
      await page.locator('details.filter-toggle > summary').click();
      expect(await page.locator('.filters').isVisible()).toBe(true);
      await page.close();
    });

    it('starts the <h1> of an entry page of every collection within the first screen', async () => {
      const page = await phone.newPage();
      const offsets: string[] = [];
      const late: string[] = [];
      for (const c of collectionNames) {
        const href = needs(under, entryHrefs(c), `a published entry of ${c}`)[0];
        if (!href) continue;
        await page.goto(server.origin + href);
        const y = await top(page, 'main h1');
        offsets.push(`${href}: ${y}`);
        if (y >= PHONE.height) late.push(`${href}: ${y}`);
      }
      console.log(`entry <h1> at 390 × 844 (${under.name}):\n  ${offsets.join('\n  ')}`);
      expect(late).toEqual([]);
      await page.close();
    });

    it(`keeps the header at most ${HEADER_MAX} px tall, the search box in it`, async () => {
      const page = await phone.newPage();
      for (const route of ['/', sectionPath('documents')]) {
        await page.goto(server.origin + route);
        const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
        console.log(`header at 390 px on ${route} (${under.name}): ${height} px`);
        expect(height).toBeLessThanOrEqual(HEADER_MAX);
        expect(await page.locator('#o-tim-kiem').isVisible()).toBe(true);
        expect(await page.locator('nav.main-nav').isVisible()).toBe(false);
        expect(await page.locator('details.menu > summary').isVisible()).toBe(true);
      }
      await page.close();
    });

    it('shows the quick results under the box on a phone, styled and within the screen', async () => {
      const page = await phone.newPage();
      await page.goto(server.origin + sectionPath('documents'));
      await page.focus('#o-tim-kiem');
      await page.keyboard.type('thi dua');
      const panel = page.locator('.quick-results');
      await panel.locator('a').first().waitFor();
      const box = await panel.evaluate((p) => {
        const r = p.getBoundingClientRect();
        return { position: getComputedStyle(p).position, left: r.left, right: r.right };
      });
      expect(box.position).toBe('absolute');
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      await page.close();
    });

    it('opens the menu without JavaScript, with the calendar in it', async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.origin + sectionPath('documents'));
      const summary = page.locator('details.menu > summary');
      expect((await summary.innerText()).trim()).toBe('Menu');
      const calendar = page.locator(`nav.main-nav a[href="${pagePath('calendar')}"]`);
      expect(await calendar.isVisible()).toBe(false);
      await summary.click();
      expect(await calendar.isVisible()).toBe(true);
      expect(await page.locator('nav.main-nav a[aria-current="page"]').innerText()).toBe('Văn bản');
      // Open, the menu pushes the page down rather than covering the search box.
      expect(await page.locator('#o-tim-kiem').isVisible()).toBe(true);
      // Its button shows keyboard focus.
      await summary.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await summary.evaluate((s) => getComputedStyle(s).outlineStyle)).not.toBe('none');
      await context.close();
    });

    it('keeps the full row of sections, with the calendar, at 1280 px', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.origin + sectionPath('documents'));
      expect(await page.locator('details.menu > summary').isVisible()).toBe(false);
      expect(await page.locator(`nav.main-nav a[href="${pagePath('calendar')}"]`).isVisible()).toBe(true);
      const rows = await page
        .locator('nav.main-nav li')
        .evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
      expect(rows).toBe(1);
      // The filter column stays shown beside the results.
      expect(await page.locator('.filters').isVisible()).toBe(true);
      await page.close();
    });
  });
}
