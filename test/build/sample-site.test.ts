/**
 * Builds the sample content in `content/` for real and checks the output against the
 * content itself (read by the checker, independently of Astro): every published entry
 * has its page and appears in its lists, nothing held back appears anywhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedEntry, type CheckResult } from '../../src/lib/check/index.ts';
import { documentKinds, exemplarKinds, newsCategories } from '../../src/vocabulary/labels.ts';
import { listFiles, projectRoot, read, sampleSite, type BuiltSite } from '../helpers/build.ts';

let site: BuiltSite;
let content: CheckResult;
let pages: string[];
const html = (route: string) =>
  read(path.join(site.dist, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html'));
const $ = (route: string) => cheerio.load(html(route));
const published = (c: keyof CheckResult['entries']) => [...content.entries[c].values()].filter((e) => !e.held);
const heldBack = () => Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));

beforeAll(() => {
  content = checkContent({ root: projectRoot });
  site = sampleSite();
  pages = listFiles(site.dist).filter((f) => f.endsWith('.html'));
});

describe('sample site build', () => {
  it('succeeds with no content errors', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has the sample content the portal issue asks for', () => {
    expect(published('organizations').length).toBeGreaterThanOrEqual(6);
    expect(published('campaigns').length).toBeGreaterThanOrEqual(4);
    expect(new Set(published('campaigns').map((c) => c.data.kind))).toContain('thuong-xuyen');
    expect(new Set(published('campaigns').map((c) => c.data.kind))).toContain('chuyen-de');
    expect(published('documents').length).toBeGreaterThanOrEqual(20);
    expect(new Set(published('documents').map((d) => d.data.kind))).toEqual(new Set(documentKinds));
    expect(published('exemplars').length).toBeGreaterThanOrEqual(12);
    expect(new Set(published('exemplars').map((d) => d.data.kind))).toEqual(new Set(exemplarKinds));
    expect(published('news').length).toBeGreaterThanOrEqual(20);
    expect(new Set(published('news').map((n) => String(n.data.publishedAt).slice(0, 4))).size).toBeGreaterThanOrEqual(
      2,
    );
    for (const c of ['documents', 'campaigns', 'exemplars', 'news'] as const) {
      expect(
        [...content.entries[c].values()].some((e) => e.held === 'draft'),
        `a draft in ${c}`,
      ).toBe(true);
    }
  });

  it('builds a page for every published entry of every collection', () => {
    const prefix = {
      documents: 'van-ban',
      campaigns: 'phong-trao',
      exemplars: 'guong-dien-hinh',
      news: 'tin-tuc',
      organizations: 'co-quan',
    } as const;
    for (const [collection, folder] of Object.entries(prefix)) {
      for (const e of published(collection as keyof typeof prefix))
        expect(pages).toContain(`${folder}/${e.id}/index.html`);
    }
  });

  it('builds the fixed pages', () => {
    for (const p of [
      'index.html',
      '404.html',
      'tim-kiem/index.html',
      'gioi-thieu/index.html',
      'co-quan/index.html',
      'phong-trao/index.html',
    ])
      expect(pages).toContain(p);
  });

  it('leaves no trace of held-back entries', () => {
    const corpus = listFiles(site.dist)
      .filter((f) => /\.(html|xml|json|js|css|txt)$/.test(f))
      .map((f) => read(path.join(site.dist, f)))
      .join('\n');
    const files = listFiles(site.dist);
    for (const e of heldBack()) {
      expect(corpus.includes(`/${e.id}/`), e.file).toBe(false);
      expect(
        files.some((f) => f.includes(e.id)),
        e.file,
      ).toBe(false);
      const name = String(e.data.title ?? e.data.name);
      expect(corpus.includes(name), `${e.file}: ${name}`).toBe(false);
    }
  });

  it('paginates and filters the document library without JavaScript', () => {
    const docs = published('documents');
    const first = $('/van-ban/');
    expect(first('.doc-row')).toHaveLength(Math.min(20, docs.length));
    if (docs.length > 20) expect(pages).toContain('van-ban/trang-2/index.html');
    for (const kind of documentKinds) {
      const page = $(`/van-ban/loai/${kind}/`);
      const expected = docs.filter((d) => d.data.kind === kind).length;
      expect(page('.doc-row').length, kind).toBe(Math.min(20, expected));
    }
    const years = new Set(docs.map((d) => String(d.data.issuedAt).slice(0, 4)));
    for (const y of years) expect(pages).toContain(`van-ban/nam/${y}/index.html`);
    const issuers = new Set(docs.map((d) => (d.data.issuer as { id: string }).id));
    for (const i of issuers) expect(pages).toContain(`van-ban/co-quan/${i}/index.html`);
    // The only script is the header box's loader: a few hundred bytes that fetch the
    // search code when the reader focuses the box.
    const scripts = first('script');
    expect(scripts).toHaveLength(1);
    const src = scripts.attr('src');
    if (src) {
      const loader = read(path.join(site.dist, src));
      expect(loader.length).toBeLessThan(3000);
      expect(loader).not.toContain('pagefind');
    } else {
      expect(scripts.text().length).toBeLessThan(3000);
    }
  });

  it('pages the news archive 20 at a time, by year and by category', () => {
    const news = published('news');
    expect($('/tin-tuc/')('.news-card')).toHaveLength(Math.min(20, news.length));
    if (news.length > 20) expect($('/tin-tuc/trang-2/')('.news-card')).toHaveLength(Math.min(20, news.length - 20));
    for (const c of newsCategories) {
      const n = news.filter((x) => x.data.category === c).length;
      if (n) expect($(`/tin-tuc/chuyen-muc/${c}/`)('.news-card').length).toBe(Math.min(20, n));
    }
    const y2025 = news.filter((x) => String(x.data.publishedAt).startsWith('2025')).length;
    expect($('/tin-tuc/nam/2025/')('.news-card').length).toBe(Math.min(20, y2025));
  });

  it('shows a partial date as it is known on the document page', () => {
    const partial = published('documents').find((d) => String(d.data.issuedAt).length === 7)!;
    expect(partial, 'a sample document with a month-only date').toBeDefined();
    const [y, m] = String(partial.data.issuedAt).split('-');
    const text = $(`/van-ban/${partial.id}/`)('.doc-meta').text().replace(/\s+/g, ' ');
    expect(text).toContain(`tháng ${m} năm ${y}`);
    expect(text).not.toMatch(new RegExp(`ngày \\d+ tháng ${m} năm ${y}`));
  });

  it('links legal bases that are in the library', () => {
    const doc = published('documents').find((d) =>
      (d.data.basis as { document?: { id: string } }[]).some((b) => b.document),
    )!;
    const target = (doc.data.basis as { document?: { id: string } }[]).find((b) => b.document)!.document!.id;
    expect($(`/van-ban/${doc.id}/`)(`#can-cu ~ ul a[href="/van-ban/${target}/"]`)).toHaveLength(1);
  });

  it('publishes attachments with type and size at a stable address', () => {
    const doc = published('documents').find((d) => (d.data.attachments as unknown[]).length > 0)!;
    const file = path.basename((doc.data.attachments as { file: string }[])[0]!.file);
    expect(existsSync(path.join(site.dist, 'van-ban', doc.id, file))).toBe(true);
    const link = $(`/van-ban/${doc.id}/`)(`a[href="/van-ban/${doc.id}/${file}"]`);
    expect(link).toHaveLength(1);
    expect(link.parent().text()).toMatch(/\((PDF|Word), [\d,]+ (KB|MB|B)\)/);
  });

  it('links from a campaign page every document, exemplar and news item that references it', () => {
    const refs = (e: CheckedEntry) => (e.data.campaigns as { id: string }[]).map((r) => r.id);
    // Hrefs on the campaign page and on the campaign's listings (/van-ban/phong-trao/<slug>/ and its pages).
    const hrefs = (c: string, section: string) => {
      const routes = [
        `/phong-trao/${c}/`,
        ...pages
          .filter((p) => p.startsWith(`${section}/phong-trao/${c}/`))
          .map((p) => `/${p.replace(/index\.html$/, '')}`),
      ];
      return new Set(
        routes.flatMap((r) => {
          const page = $(r);
          return page('main a')
            .map((_, a) => page(a).attr('href'))
            .get();
        }),
      );
    };
    for (const c of published('campaigns')) {
      const seen = {
        documents: hrefs(c.id, 'van-ban'),
        exemplars: hrefs(c.id, 'guong-dien-hinh'),
        news: hrefs(c.id, 'tin-tuc'),
      };
      for (const d of published('documents').filter((d) => refs(d).includes(c.id)))
        expect(seen.documents.has(`/van-ban/${d.id}/`), `${c.id} → ${d.id}`).toBe(true);
      for (const e of published('exemplars').filter((e) => refs(e).includes(c.id)))
        expect(seen.exemplars.has(`/guong-dien-hinh/${e.id}/`), `${c.id} → ${e.id}`).toBe(true);
      for (const n of published('news').filter((n) => refs(n).includes(c.id)))
        expect(seen.news.has(`/tin-tuc/${n.id}/`), `${c.id} → ${n.id}`).toBe(true);
    }
  });

  it('shows exemplar photos as responsive AVIF and WebP with alt text', () => {
    const withPhoto = published('exemplars').filter((e) => e.data.photo);
    expect(withPhoto.length).toBeGreaterThan(0);
    for (const e of withPhoto) {
      const page = $(`/guong-dien-hinh/${e.id}/`);
      expect(page('picture source[type="image/avif"]').length, e.id).toBeGreaterThan(0);
      expect(page('picture source[type="image/webp"]').length).toBeGreaterThan(0);
      expect(page('picture img').attr('alt')).toBe(e.data.photoAlt);
      expect(page('picture img').attr('width')).toMatch(/^\d+$/);
    }
  });

  it('has one h1, lang="vi" (the English page "en"), a skip link and labelled landmarks on every page', () => {
    for (const p of pages) {
      const page = cheerio.load(read(path.join(site.dist, p)));
      expect(page('h1').length, p).toBe(1);
      expect(page('html').attr('lang'), p).toBe(p.startsWith('en/') ? 'en' : 'vi');
      expect(page('body > a.skip-link').attr('href')).toBe('#noi-dung');
      page('nav').each((_, el) =>
        expect(page(el).attr('aria-label') ?? page(el).attr('aria-labelledby'), `${p} nav`).toBeTruthy(),
      );
    }
  });

  it('keeps spaces between inline elements (no glued Vietnamese words)', () => {
    const text = $('/van-ban/')('.doc-row .meta').first().text();
    expect(text).toMatch(/^\s*\S.*\s+Số|Chưa ghi số/);
    expect(html('/van-ban/')).not.toMatch(/<\/span><span/);
  });

  it('loads nothing from another origin', () => {
    for (const p of pages) {
      const page = cheerio.load(read(path.join(site.dist, p)));
      page('script[src], link[href], img[src], source[srcset]').each((_, el) => {
        const url = page(el).attr('src') ?? page(el).attr('href') ?? page(el).attr('srcset') ?? '';
        if (page(el).attr('rel') === 'canonical') return;
        expect(url.startsWith('http') && !url.startsWith('https://thiduakhenthuong'), `${p}: ${url}`).toBe(false);
      });
    }
  });
});
