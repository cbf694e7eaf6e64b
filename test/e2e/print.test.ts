/**
 * Printing in a real browser: the "In" button appears once the page script runs and
 * calls print(); in print media the site's header, footer and navigation disappear and
 * the page's address and date appear.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { projectRoot, sampleSite } from '../helpers/build.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

let browser: Browser;
let server: StaticServer;

describe.skipIf(!hasChromium())('printing a document or an article', () => {
  beforeAll(async () => {
    const site = sampleSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    server = await serveStatic(site.dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // A document and an article of the content, whichever they are.
  const { entries } = checkContent({ root: projectRoot });
  const first = (c: 'documents' | 'news') => [...entries[c].values()].find((e) => !e.held)?.id;
  for (const route of [`/van-ban/${first('documents')}/`, `/tin-tuc/${first('news')}/`]) {
    it(`prints ${route} cleanly`, async () => {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(`${server.origin}${route}`);
      const button = page.getByRole('button', { name: 'In trang này' });
      await expect(button.isVisible()).resolves.toBe(true);
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['header.site-header', 'footer.site-footer', 'nav.crumbs', 'button[data-print]']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      const source = page.locator('.print-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.innerText()).toContain(`Nguồn: https://thiduakhenthuong.lamdong.gov.vn${route}`);
      await page.close();
    });
  }
});
