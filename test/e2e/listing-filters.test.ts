/**
 * The library's filters combine, in Chromium on the built sites: kind then year, with
 * JavaScript (the page changes in place: address, title, results, back button) and
 * without (plain links to static pages). What to expect is read from the content (the
 * checker), never from named entries.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { entryPath, facetPath, sectionPath } from '../../src/lib/routes.ts';
import { yearOf } from '../../src/vocabulary/dates.ts';
import { documentKindLabel, type DocumentKind } from '../../src/vocabulary/labels.ts';
import { load, needs, sites } from '../helpers/sites.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

const WIDE = { width: 1280, height: 900 };

/** The entry pages the results list, in order. */
const resultHrefs = (page: Page) =>
  page
    .locator('main section[aria-labelledby="ket-qua"] h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

for (const under of sites) {
  describe.skipIf(!hasChromium())(`combined library filters (${under.name} site)`, () => {
    let browser: Browser;
    let server: StaticServer;
    /** A kind, a year in which it has documents, and what each filter lists. */
    let pick: { kind: string; label: string; year: string; ofKind: string[]; ofBoth: string[] } | undefined;

    beforeAll(async () => {
      const { site, published } = load(under);
      const docs = published('documents').map((d) => ({
        href: entryPath('documents', d.id),
        kind: String(d.data.kind),
        year: String(yearOf(String(d.data.issuedAt))),
      }));
      // The pair that narrows the kind most, so its page differs from the kind's.
      const pairs = [...new Set(docs.map((d) => `${d.kind} ${d.year}`))].map((p) => {
        const [kind, year] = p.split(' ') as [string, string];
        const ofKind = docs.filter((d) => d.kind === kind).map((d) => d.href);
        const ofBoth = docs.filter((d) => d.kind === kind && d.year === year).map((d) => d.href);
        return { kind, label: documentKindLabel[kind as DocumentKind], year, ofKind, ofBoth };
      });
      const narrowing = pairs.filter((p) => p.ofBoth.length < p.ofKind.length && p.ofBoth.length <= 20);
      pick = needs(under, narrowing, 'a kind with documents in two years')[0];
      server = await serveStatic(site.dist);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const heading = (page: Page) => page.locator('main h1').innerText();
    const count = (page: Page) => page.locator('#ket-qua').innerText();

    it('applies kind then year in place with JavaScript, and goes back with the back button', async () => {
      if (!pick) return;
      const { kind, label, year, ofKind, ofBoth } = pick;
      const page = await browser.newPage({ viewport: WIDE });
      await page.goto(server.origin + sectionPath('documents'));
      // Survives only if the page is never reloaded.
      await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
      const stayed = () => page.evaluate(() => (window as unknown as { stay?: number }).stay === 1);

      await page.locator(`.filters a[href="${facetPath('documents', 'loai', kind)}"]`).click();
      await page.waitForURL(`**${facetPath('documents', 'loai', kind)}`);
      await expect.poll(() => heading(page)).toBe(`Văn bản: ${label}`);
      expect(await count(page)).toMatch(new RegExp(`^${ofKind.length} văn bản`));
      expect(await stayed()).toBe(true);

      const pair = `${facetPath('documents', 'loai', kind)}nam/${year}/`;
      const yearLink = page.locator(`.filters a[href="${pair}"]`);
      expect(await yearLink.innerText()).toContain(`(${ofBoth.length})`);
      await yearLink.click();
      await page.waitForURL(`**${pair}`);
      await expect.poll(() => heading(page)).toBe(`Văn bản: ${label}, năm ${year}`);
      expect(await page.title()).toMatch(new RegExp(`^Văn bản: ${label}, năm ${year} - `));
      // The head names the page shown: its canonical address, and the kind's feed.
      expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(new RegExp(`${pair}$`));
      expect(await page.locator('link[rel=canonical]').count()).toBe(1);
      expect(
        await page
          .locator('link[rel=alternate][type="application/rss+xml"]')
          .evaluateAll((ls) => ls.map((l) => l.getAttribute('href'))),
      ).toContain(`${facetPath('documents', 'loai', kind)}rss.xml`);
      expect((await resultHrefs(page)).sort()).toEqual([...ofBoth].sort());
      expect(await count(page)).toMatch(new RegExp(`^${ofBoth.length} văn bản`));
      // The new count is announced, and focus is on the results' heading.
      await expect
        .poll(() => page.locator('[aria-live="polite"]').last().innerText())
        .toContain(`${ofBoth.length} văn bản`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua');
      expect(await page.locator('details.filter-toggle > summary').innerText()).toBe('Lọc (2)');
      expect(await page.locator('main nav[aria-label="Đường dẫn"]').innerText()).toContain(`năm ${year}`);
      expect(await stayed()).toBe(true);

      await page.goBack();
      await page.waitForURL(`**${facetPath('documents', 'loai', kind)}`);
      await expect.poll(() => heading(page)).toBe(`Văn bản: ${label}`);
      expect(await count(page)).toMatch(new RegExp(`^${ofKind.length} văn bản`));
      await page.goBack();
      await page.waitForURL(`**${sectionPath('documents')}`);
      await expect.poll(() => heading(page)).toBe('Văn bản');
      await page.goForward();
      await expect.poll(() => heading(page)).toBe(`Văn bản: ${label}`);
      expect(await stayed()).toBe(true);
      await page.close();
    });

    it('turns the pages of a listing in place too', async () => {
      const page = await browser.newPage({ viewport: WIDE });
      await page.goto(server.origin + sectionPath('documents'));
      const next = page.locator('nav.pagination a[rel="next"]');
      if ((await next.count()) === 0) return await page.close();
      await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
      const first = await resultHrefs(page);
      await next.click();
      await page.waitForURL(`**${sectionPath('documents')}trang-2/`);
      await expect.poll(() => page.title()).toMatch(/^Văn bản \(trang 2\)/);
      const second = await resultHrefs(page);
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((h) => first.includes(h))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
      await page.close();
    });

    it('combines the same filters by plain links without JavaScript, and removes one', async () => {
      if (!pick) return;
      const { kind, label, year, ofBoth } = pick;
      const context = await browser.newContext({ viewport: WIDE, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.origin + sectionPath('documents'));
      await page.locator(`.filters a[href="${facetPath('documents', 'loai', kind)}"]`).click();
      await page.waitForURL(`**${facetPath('documents', 'loai', kind)}`);
      const pair = `${facetPath('documents', 'loai', kind)}nam/${year}/`;
      await page.locator(`.filters a[href="${pair}"]`).click();
      await page.waitForURL(`**${pair}`);
      expect(await heading(page)).toBe(`Văn bản: ${label}, năm ${year}`);
      expect((await resultHrefs(page)).sort()).toEqual([...ofBoth].sort());
      // Each filter in force can be removed on its own; its × says what it removes.
      const remove = page.getByRole('link', { name: `Bỏ lọc loại văn bản: ${label}` });
      expect(await remove.innerText()).toBe('×');
      await remove.click();
      await page.waitForURL(`**${facetPath('documents', 'nam', year)}`);
      expect(await heading(page)).toBe(`Văn bản: năm ${year}`);
      await context.close();
    });
  });
}
