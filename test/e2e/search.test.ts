/**
 * Search in a real browser (Debian's Chromium) against the built fixture site, whose
 * entries are written for it (test/fixtures/site): queries typed as readers type them,
 * filters, sort, honest "no result", organizations and the site's own pages found by
 * their names but never by the lists they show, drafts that must stay unfindable, the
 * keyboard path from the header box, and `?q=` in the URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { collectionNames } from '../../src/collections.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { entryOfPath, entryPath, pagePath, sectionPath } from '../../src/lib/routes.ts';
import { issuerCodeOfNumber } from '../../src/vocabulary/document-number.ts';
import { fold } from '../../src/vocabulary/fold.ts';
import { fixtureContent, fixtureSite, projectRoot, read, sampleSite } from '../helpers/build.ts';
import { expectedValidity } from '../helpers/validity.ts';

if (!hasChromium()) {
  // CI must run these tests; a developer without Chromium is told how to get it.
  if (process.env.CI) throw new Error(chromiumHint);
  console.warn(`Bỏ qua kiểm thử trên trình duyệt. ${chromiumHint}`);
}

const content = checkContent({ root: path.dirname(fixtureContent) });

let browser: Browser;
let server: StaticServer;
let page: Page;
let dist: string;

interface Shown {
  status: string;
  urls: string[];
  types: string[];
  dates: string[];
  /** Each result's validity badge, empty when it has none. */
  validity: string[];
  titles: string[];
}

async function search(query: string, params = ''): Promise<Shown> {
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}${params}`);
  return readResults();
}

async function readResults(): Promise<Shown> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s && !s.startsWith('Đang tìm');
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-status]')!.textContent!,
    urls: [...document.querySelectorAll('[data-results] .title a')].map((a) => a.getAttribute('href')!),
    types: [...document.querySelectorAll('[data-results] .tag')].map((t) => t.textContent!),
    // The date ends the line but for a document's validity badge: 07/03/2026, 03/2026 or 2026 for a partial date.
    dates: [...document.querySelectorAll('[data-results] .meta')].map(
      (m) =>
        [...m.children]
          .filter((c) => !c.classList.contains('validity'))
          .map((c) => c.textContent)
          .join(' ')
          .trim()
          .match(/(\d{2}\/\d{2}\/\d{4}|\d{2}\/\d{4}|\d{4})$/)?.[0] ?? '',
    ),
    validity: [...document.querySelectorAll('[data-results] .meta')].map(
      (m) => m.querySelector('.validity')?.textContent ?? '',
    ),
    titles: [...document.querySelectorAll('[data-results] .title')].map((t) => t.textContent!),
  }));
}

/** Every result of the current search, following "Xem thêm kết quả" to the end. */
async function allUrls(): Promise<string[]> {
  while (await page.isVisible('[data-more]')) {
    const n = await page.locator('[data-results] li').count();
    await page.click('[data-more]');
    await page.waitForFunction((k) => document.querySelectorAll('[data-results] li').length > k, n);
  }
  return page.$$eval('[data-results] .title a', (as) => as.map((a) => a.getAttribute('href')!));
}

const total = (s: Shown) => Number(s.status.match(/^(\d+) kết quả/)?.[1] ?? 0);
const dateKey = (d: string) => d.split('/').reverse().join('-');

describe.skipIf(!hasChromium())('search in the browser', () => {
  beforeAll(async () => {
    const site = fixtureSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    dist = site.dist;
    server = await serveStatic(site.dist);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['thi dua khen thuong', 'thi đua khen thưởng'],
    ['dak son', 'Đắk Sơn'],
    ['nguoi tot viec tot', 'Người tốt, việc tốt'],
    ['NGUOI TOT VIEC TOT', 'người tốt việc tốt'],
    ['xoa nha tam nha dot nat', 'xóa nhà tạm, nhà dột nát'],
  ])('"%s" finds the same pages as "%s"', async (plain, marked) => {
    const a = await search(plain);
    const aUrls = await allUrls();
    const b = await search(marked);
    const bUrls = await allUrls();
    expect(total(a)).toBeGreaterThan(0);
    expect(total(a)).toBe(total(b));
    expect(aUrls).toHaveLength(total(a));
    expect(new Set(aUrls)).toEqual(new Set(bUrls));
  });

  it('finds a place written with Đ when typed with d', async () => {
    const r = await search('dak son');
    expect(r.urls).toContain('/guong-dien-hinh/ho-thi-mai/');
  });

  it.each([
    ['dưa', /dưa/i],
    ['Đảng', /Đảng/],
    ['dạng', /dạng/],
    ['đua', /đua/i],
  ])('ranks pages with exactly the marks typed first: "%s"', async (q, pattern) => {
    const r = await search(q);
    expect(r.urls.length).toBeGreaterThan(0);
    await page.goto(server.origin + r.urls[0]!);
    expect(await page.textContent('main')).toMatch(pattern);
  });

  // Another decision is numbered 77/QĐ-UBND: the number, not its letters, must decide.
  const numbered = content.entries.documents.get('quyet-dinh-khen-thuong-nam-2025')!;
  const number = String(numbered?.data.number);
  const spellings = [
    number,
    number.toLowerCase().replace(/đ/g, 'd'),
    number.replace(/[/-]/g, ' ').toLowerCase(),
    number.replace(/[/-]/g, ' ').replace(/Đ/g, 'D'),
  ];
  it.each(spellings)('finds the document numbered %s first', async (q) => {
    expect(number).toBe('15/QĐ-UBND');
    const r = await search(q);
    expect(r.urls[0]).toBe(`/van-ban/${numbered.id}/`);
  });

  it('says plainly when a word matches nothing, instead of showing other results', async () => {
    const r = await search('xyzabcq');
    expect(r.status).toMatch(/Không tìm thấy kết quả cho “xyzabcq”/);
    expect(r.urls).toEqual([]);
    const mixed = await search('thi đua xyzabcq');
    expect(mixed.status).toMatch(/Không tìm thấy kết quả cho “thi đua xyzabcq”.*“xyzabcq”/);
    expect(mixed.urls).toEqual([]);
    expect(await page.getAttribute('[data-status] a', 'href')).toBe('/tim-kiem/?q=thi+%C4%91ua');
  });

  it('does not fall back to a shorter word', async () => {
    const r = await search('thiduaxyz');
    expect(r.urls).toEqual([]);
  });

  it('filters by content type, and the filter is in the URL', async () => {
    const all = await search('thi dua');
    const docs = await search('thi dua', '&nhom=' + encodeURIComponent('Văn bản'));
    expect(total(docs)).toBeGreaterThan(0);
    expect(total(docs)).toBeLessThan(total(all));
    expect(new Set(docs.types)).toEqual(new Set(['Văn bản']));
    expect(await page.isChecked('input[name="nhom"][value="Văn bản"]')).toBe(true);
    // Unticking it in the pane updates the results and the URL.
    await page.click('input[name="nhom"][value="Văn bản"]');
    await page.waitForURL((u) => !u.searchParams.has('nhom'));
    expect(total(await readResults())).toBe(total(all));
  });

  it('opens the filter pane and filters by keyboard', async () => {
    const all = await search('khen thuong');
    await page.focus('details[data-facets] > summary');
    await page.keyboard.press('Enter');
    const box = page.locator('input[name="nhom"][value="Gương điển hình"]');
    await box.waitFor();
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => u.searchParams.get('nhom') === 'Gương điển hình');
    const filtered = await readResults();
    expect(total(filtered)).toBeGreaterThan(0);
    expect(total(filtered)).toBeLessThan(total(all));
    expect(new Set(filtered.types)).toEqual(new Set(['Gương điển hình']));
    // Vietnamese labels on the pane.
    expect(await page.textContent('details[data-facets]')).toMatch(/Loại nội dung.*Năm/s);
  });

  it('filters by year without a query', async () => {
    const r = await search('', '&nam=2025');
    expect(total(r)).toBeGreaterThan(0);
    for (const d of r.dates) expect(d.endsWith('2025')).toBe(true);
  });

  it('sorts by date, newest or oldest first, with every result dated', async () => {
    const newest = await search('thi dua', '&sap-xep=moi-nhat');
    const keys = newest.dates.map(dateKey);
    expect(keys.every(Boolean)).toBe(true);
    expect(keys).toEqual([...keys].sort().reverse());
    const oldest = await search('thi dua', '&sap-xep=cu-nhat');
    const okeys = oldest.dates.map(dateKey);
    expect(okeys).toEqual([...okeys].sort());
    expect(total(newest)).toBe(total(oldest));
  });

  // The site's own pages are indexed too (tier 2, below entries unless the title matches).
  const organizations = [...content.entries.organizations.values()].filter((o) => !o.held);
  const named = (o: (typeof organizations)[number]) => o.data as { name: string; shortName?: string };
  // The code its documents' numbers carry for it ("SNV" in 21/KH-SNV), shown on its page.
  const coded = organizations.flatMap((o) => {
    const numbers = [...content.entries.documents.values()]
      .filter((d) => !d.held && (d.data.issuer as { id: string }).id === o.id && d.data.number)
      .map((d) => issuerCodeOfNumber(String(d.data.number)));
    return [...new Set(numbers)].filter((c) => c !== undefined).map((code) => [code, o] as const);
  });
  it('has organizations to find, by a short name and by the code their documents carry', () => {
    expect(organizations.length).toBeGreaterThan(1);
    expect(organizations.some((o) => named(o).shortName)).toBe(true);
    expect(coded.length).toBeGreaterThan(0);
  });

  it.each(organizations.map((o) => [named(o).name, o] as const))(
    'finds the organization "%s" by its full name, with or without marks, among the first three',
    async (name, o) => {
      const url = entryPath('organizations', o.id);
      for (const q of [name, fold(name)]) {
        const r = await search(q);
        expect(r.urls.slice(0, 3), q).toContain(url);
        expect(r.types[r.urls.indexOf(url)]).toBe('Cơ quan, đơn vị');
        expect(r.titles[r.urls.indexOf(url)]).toBe(name);
      }
    },
  );

  it.each(organizations.filter((o) => named(o).shortName).map((o) => [named(o).shortName!, o] as const))(
    'finds the organization by its short name "%s", with or without marks, among the first three',
    async (shortName, o) => {
      for (const q of [shortName, fold(shortName)]) {
        const r = await search(q);
        expect(r.urls.slice(0, 3), q).toContain(entryPath('organizations', o.id));
      }
    },
  );

  it.each(coded)(
    'finds the organization by "%s", the code its documents’ numbers carry, among the first three',
    async (code, o) => {
      for (const q of [code, fold(code)]) {
        const r = await search(q);
        expect(r.urls.slice(0, 3), q).toContain(entryPath('organizations', o.id));
      }
    },
  );

  it('finds the honor roll by "khen thuong" among the first three', async () => {
    const r = await search('khen thuong');
    const url = pagePath('honors');
    expect(r.urls.slice(0, 3)).toContain(url);
    expect(r.types[r.urls.indexOf(url)]).toBe('Trang');
  });

  /** The site's own pages in the index: each section's first listing page, the honor roll, the calendar. */
  const ownPages = [...collectionNames.map(sectionPath), pagePath('honors'), pagePath('calendar')];
  const html = (url: string) => cheerio.load(read(path.join(dist, url, 'index.html')));

  it.each(ownPages)('finds %s by its heading typed without marks, among the first three', async (url) => {
    const heading = html(url)('h1').first().text().trim();
    const r = await search(fold(heading));
    expect(r.urls.slice(0, 3), heading).toContain(url);
    expect(r.titles[r.urls.indexOf(url)]).toBe(heading);
  });

  const indexed = (url: string) => {
    const file = path.join(dist, url, 'index.html');
    return existsSync(file) && read(file).includes('data-pagefind-body');
  };

  it.each([...ownPages, ...organizations.map((o) => entryPath('organizations', o.id))])(
    'does not find %s by a word only the list on it holds',
    async (url) => {
      const $ = html(url);
      // The words the page gives the index (its marked part, less what is ignored), folded.
      const body = $('[data-pagefind-body]').first().clone();
      body.find('[data-pagefind-ignore]').remove();
      const given = fold(cheerio.load((body.html() ?? '').replace(/></g, '> <')).text()).split(/[^\p{L}\p{N}]+/u);
      // A word of the name of an indexed page it links to, nowhere in that part, not even as
      // the start of a word (Pagefind also matches a word by its beginning).
      const listed = $('main a[href]')
        .get()
        .filter((a) => entryOfPath($(a).attr('href')!)?.rest === '/' && indexed($(a).attr('href')!))
        .flatMap((a) =>
          $(a)
            .text()
            .split(/[^\p{L}]+/u)
            .map((word) => ({ word, href: $(a).attr('href')! })),
        )
        .find(({ word }) => word.length >= 4 && !given.some((g) => g.startsWith(fold(word))));
      expect(listed, `a word of ${url}'s list`).toBeDefined();
      await search(listed!.word);
      const urls = await allUrls();
      expect(urls, listed!.word).toContain(listed!.href);
      expect(urls, listed!.word).not.toContain(url);
    },
  );

  const held = Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
  it.each(held.map((e) => [e.file, e] as const))('never finds held-back %s', async (_file, e) => {
    const name = String(e.data.title ?? e.data.name);
    const r = await search(name.split(' ').slice(0, 6).join(' '));
    expect(r.urls.some((u) => u.includes(e.id))).toBe(false);
    const html = await page.content();
    expect(html).not.toContain(e.id);
  });

  it('goes from the header box to a result by keyboard', async () => {
    await page.goto(server.origin + '/');
    // The page has no search code until the box is focused.
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind'))),
    ).toBe(false);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'o-tim-kiem')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('o-tim-kiem');
    await page.keyboard.type('dak son');
    await page.waitForSelector('.quick-results a');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/(van-ban|guong-dien-hinh|tin-tuc|phong-trao)\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
    expect(await page.textContent('main')).toMatch(/Đắk Sơn/);
  });

  it('submits the header box to /tim-kiem/?q= with Enter', async () => {
    await page.goto(server.origin + '/van-ban/');
    await page.fill('#o-tim-kiem', 'khen thuong');
    await page.press('#o-tim-kiem', 'Enter');
    await page.waitForURL((u) => u.pathname === '/tim-kiem/' && u.searchParams.get('q') === 'khen thuong');
    expect(total(await readResults())).toBeGreaterThan(0);
  });

  it('keeps ?q= in the URL and steps back through searches', async () => {
    await search('thi dua');
    expect(await page.inputValue('#tu-khoa')).toBe('thi dua');
    await page.fill('#tu-khoa', 'khen thưởng');
    await page.press('#tu-khoa', 'Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'khen thưởng');
    await readResults();
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('q') === 'thi dua');
    await page.waitForFunction(() => (document.querySelector('#tu-khoa') as HTMLInputElement).value === 'thi dua');
    expect((await readResults()).status).toMatch(/kết quả cho “thi dua”/);
  });

  it('shows type, title, date, number and a highlighted excerpt', async () => {
    const r = await search(spellings[0]!);
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('.tag').textContent()).toBe('Văn bản');
    expect(await first.locator('.number').textContent()).toBe(`Số ${number}`);
    expect(r.dates[0]).toMatch(/\d/);
    expect(await first.locator('.excerpt').innerHTML()).toMatch(/<mark>/);
  });

  it('does not glue table headings together in excerpts', async () => {
    // Documents with deadlines and proposed awards have tables; their headings are not indexed.
    await search('nguoi tot viec tot');
    const excerpts = await page.$$eval('[data-results] .excerpt', (es) => es.map((e) => e.textContent!));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toMatch(/HạnViệc|làmĐơn|tập thểChức/);
  });
});

/**
 * A document's validity as a filter and a badge, on whichever shared site has documents
 * with one (the sample site's content has replaced and amended rules; the fixture site
 * is preferred once it has some).
 */
describe.skipIf(!hasChromium())('search by validity in the browser', () => {
  const documentsOf = (root: string) => [...checkContent({ root }).entries.documents.values()].filter((d) => !d.held);
  const withValidity = (root: string) => {
    const docs = documentsOf(root);
    const { validity } = expectedValidity(docs);
    return docs.flatMap((d) => (validity.get(d.id) ? [{ id: d.id, label: validity.get(d.id)!.label }] : []));
  };
  const fixtureHas = withValidity(path.dirname(fixtureContent));
  const shown = fixtureHas.length ? fixtureHas : withValidity(projectRoot);

  beforeAll(async () => {
    const site = fixtureHas.length ? fixtureSite() : sampleSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    server = await serveStatic(site.dist);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters by each state without a query, shows the badge on each result, and keeps the filter in the URL', async () => {
    expect(shown.length, 'a site with documents that show a validity').toBeGreaterThan(0);
    for (const label of new Set(shown.map((d) => d.label))) {
      const r = await search('', '&hieu-luc=' + encodeURIComponent(label));
      const want = shown.filter((d) => d.label === label).map((d) => entryPath('documents', d.id));
      expect(total(r), label).toBe(want.length);
      expect(new Set(await allUrls()), label).toEqual(new Set(want));
      expect(new Set(r.validity), label).toEqual(new Set([label]));
      expect(await page.isChecked(`input[name="hieu-luc"][value="${label}"]`), label).toBe(true);
    }
    // The pane names the filter in Vietnamese.
    expect(await page.textContent('details[data-facets]')).toMatch(/Tình trạng hiệu lực/);
  });

  it('shows the badge beside number and date when the query is a document number', async () => {
    const root = fixtureHas.length ? path.dirname(fixtureContent) : projectRoot;
    const numbered = new Map(documentsOf(root).map((d) => [d.id, d.data.number as string | undefined]));
    const doc = shown.find((d) => numbered.get(d.id))!;
    expect(doc, 'a numbered document with a validity').toBeDefined();
    const r = await search(numbered.get(doc.id)!);
    expect(r.urls[0]).toBe(entryPath('documents', doc.id));
    expect(r.validity[0]).toBe(doc.label);
    expect(await page.locator('[data-results] li').first().locator('.meta .number').textContent()).toBe(
      `Số ${numbered.get(doc.id)}`,
    );
  });
});
