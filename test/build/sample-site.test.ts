/**
 * Builds the sample content in `content/` and the fixture site for real and checks each
 * output against its content (read by the checker, independently of Astro): every
 * published entry has its page and appears in its lists, nothing held back appears
 * anywhere. Nothing here names an entry: it holds for any board's content, and the
 * fixture site has every case so that no check passes for want of one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentKinds, newsCategories } from '../../src/vocabulary/labels.ts';
import { listFiles, read, type BuiltSite } from '../helpers/build.ts';
import { load, needs, sites, type CheckedEntry, type CheckResult } from '../helpers/sites.ts';

describe.each(sites)('$name site build', (under) => {
  let site: BuiltSite;
  let content: CheckResult;
  let pages: string[];
  let published: ReturnType<typeof load>['published'];
  let heldBack: ReturnType<typeof load>['heldBack'];
  const html = (route: string) =>
    read(path.join(site.dist, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html'));
  const $ = (route: string) => cheerio.load(html(route));

  beforeAll(() => {
    ({ site, content, published, heldBack } = load(under));
    // The site's pages; the form editor at /admin/ is a separate app with its own rules (test/e2e/admin.test.ts).
    pages = listFiles(site.dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  });

  it('succeeds with no content errors', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
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
      const expected = docs.filter((d) => d.data.kind === kind).length;
      // A kind with no document has no page.
      if (!expected) expect(pages, kind).not.toContain(`van-ban/loai/${kind}/index.html`);
      else expect($(`/van-ban/loai/${kind}/`)('.doc-row').length, kind).toBe(Math.min(20, expected));
    }
    const years = new Set(docs.map((d) => String(d.data.issuedAt).slice(0, 4)));
    for (const y of years) expect(pages).toContain(`van-ban/nam/${y}/index.html`);
    const issuers = new Set(docs.map((d) => (d.data.issuer as { id: string }).id));
    for (const i of issuers) expect(pages).toContain(`van-ban/co-quan/${i}/index.html`);
    // Two small loaders and nothing else: the header box's, which fetches the search code
    // when the reader focuses the box, and the filters', which fetches the code that
    // applies a filter in place when one is chosen.
    const scripts = first('script');
    expect(scripts).toHaveLength(2);
    scripts.each((_, el) => {
      const src = first(el).attr('src');
      const code = src ? read(path.join(site.dist, src)) : first(el).text();
      expect(code.length).toBeLessThan(3000);
      expect(code).not.toContain('pagefind');
    });
  });

  it('pages the news archive 20 at a time, by year and by category', () => {
    const news = published('news');
    expect($('/tin-tuc/')('.news-card')).toHaveLength(Math.min(20, news.length));
    if (news.length > 20) expect($('/tin-tuc/trang-2/')('.news-card')).toHaveLength(Math.min(20, news.length - 20));
    for (const c of newsCategories) {
      const n = news.filter((x) => x.data.category === c).length;
      if (n) expect($(`/tin-tuc/chuyen-muc/${c}/`)('.news-card').length).toBe(Math.min(20, n));
    }
    for (const y of new Set(news.map((x) => String(x.data.publishedAt).slice(0, 4)))) {
      const n = news.filter((x) => String(x.data.publishedAt).startsWith(y)).length;
      expect($(`/tin-tuc/nam/${y}/`)('.news-card').length, y).toBe(Math.min(20, n));
    }
  });

  it('shows a partial date as it is known on the document page', () => {
    const partial = published('documents').filter((d) => String(d.data.issuedAt).length === 7);
    for (const doc of needs(under, partial, 'a document with a month-only date')) {
      const [y, m] = String(doc.data.issuedAt).split('-');
      const text = $(`/van-ban/${doc.id}/`)('.doc-meta').text().replace(/\s+/g, ' ');
      expect(text, doc.id).toContain(`tháng ${m} năm ${y}`);
      expect(text, doc.id).not.toMatch(new RegExp(`ngày \\d+ tháng ${m} năm ${y}`));
    }
  });

  it('links legal bases that are in the library, and only those', () => {
    const inLibrary = (d: CheckedEntry) =>
      (d.data.basis as { document?: { id: string } }[]).flatMap((b) => (b.document ? [b.document.id] : []));
    const isPublished = (id: string) => {
      const target = content.entries.documents.get(id);
      return target !== undefined && !target.held;
    };
    const citing = published('documents').filter((d) => inLibrary(d).some(isPublished));
    for (const doc of needs(under, citing, 'a document citing a published one')) {
      const page = $(`/van-ban/${doc.id}/`);
      for (const target of inLibrary(doc))
        expect(page(`#can-cu ~ ul a[href="/van-ban/${target}/"]`), `${doc.id} → ${target}`).toHaveLength(
          isPublished(target) ? 1 : 0,
        );
    }
  });

  it('publishes attachments with type and size at a stable address', () => {
    const withFiles = published('documents').filter((d) => (d.data.attachments as unknown[]).length > 0);
    for (const doc of needs(under, withFiles, 'a document with an attachment')) {
      for (const { file: written } of doc.data.attachments as { file: string }[]) {
        const file = path.basename(written);
        expect(existsSync(path.join(site.dist, 'van-ban', doc.id, file)), `${doc.id}/${file}`).toBe(true);
        const link = $(`/van-ban/${doc.id}/`)(`a[href="/van-ban/${doc.id}/${file}"]`);
        expect(link, `${doc.id}/${file}`).toHaveLength(1);
        expect(link.parent().text()).toMatch(/\((PDF|Word|Excel|OpenDocument)[^,]*, [\d,]+ (KB|MB|B)\)/);
      }
    }
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
    for (const e of needs(under, withPhoto, 'an exemplar with a photo')) {
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
