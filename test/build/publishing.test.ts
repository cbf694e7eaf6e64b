/**
 * What the press and other systems read, checked with real parsers on the built sample
 * and fixture sites against their content: the RSS feeds, the sitemap and robots.txt,
 * the JSON-LD of each page type, the honor roll and the public consultation notice, the
 * English page and print.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateLong } from '../../src/vocabulary/dates.ts';
import { listFiles, read, type BuiltSite } from '../helpers/build.ts';
import { load, needs, sites, type CheckResult } from '../helpers/sites.ts';

const SITE = 'https://thiduakhenthuong.lamdong.gov.vn';
const BUILD_DATE = '2026-11-20';
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

describe.each(sites)('$name site', (under) => {
  let site: BuiltSite;
  let content: CheckResult;
  let published: ReturnType<typeof load>['published'];
  let heldBack: ReturnType<typeof load>['heldBack'];
  const file = (p: string) => read(path.join(site.dist, p));
  const $ = (route: string) => cheerio.load(file(path.join(route, 'index.html')));

  /** The JSON-LD objects of a page, parsed. */
  const jsonLd = (route: string) =>
    $(route)('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse(cheerio.load(el).text()))
      .get() as Record<string, unknown>[];

  beforeAll(() => {
    ({ site, content, published, heldBack } = load(under));
  });

  describe('RSS feeds', () => {
    const feeds = [
      { route: 'tin-tuc/rss.xml', collection: 'news' as const, prefix: '/tin-tuc/' },
      { route: 'van-ban/rss.xml', collection: 'documents' as const, prefix: '/van-ban/' },
    ];
    for (const feed of feeds) {
      it(`${feed.route} is valid RSS 2.0 with every published ${feed.collection} entry, newest first`, () => {
        const channel = xml.parse(file(feed.route)).rss.channel;
        expect(channel.language).toBe('vi');
        expect(channel.title).toMatch(/Thi đua - Khen thưởng/);
        const items = channel.item as {
          title: string;
          link: string;
          guid: { '#text': string };
          pubDate: string;
          description: string;
          category: string[];
        }[];
        const entries = published(feed.collection);
        expect(items).toHaveLength(Math.min(100, entries.length));
        expect(new Set(items.map((i) => i.link))).toEqual(new Set(entries.map((e) => `${SITE}${feed.prefix}${e.id}/`)));
        const dates = items.map((i) => Date.parse(i.pubDate));
        for (const d of dates) expect(Number.isNaN(d)).toBe(false);
        expect([...dates].sort((a, b) => b - a)).toEqual(dates);
        for (const i of items) {
          expect(i.description.length, i.link).toBeGreaterThan(20);
          expect(i.category.length, i.link).toBeGreaterThan(0);
          expect(i.guid['#text']).toBe(i.link);
        }
      });
    }

    it('titles documents with kind and number, and summarises issuer and date', () => {
      const items = xml.parse(file('van-ban/rss.xml')).rss.channel.item as {
        title: string;
        description: string;
        link: string;
      }[];
      const numbered = published('documents').filter((d) => d.data.number);
      for (const doc of needs(under, numbered, 'a numbered document')) {
        const item = items.find((i) => i.link.endsWith(`/van-ban/${doc.id}/`));
        // The feed holds the newest 100.
        if (!item) continue;
        expect(item.title).toContain(`số ${doc.data.number as string}: ${doc.data.title as string}`);
      }
      for (const item of items) {
        expect(item.description, item.link).toContain('Cơ quan ban hành:');
        expect(item.description, item.link).toContain('Ngày ban hành:');
      }
    });

    it('is announced in the head of every page and in the footer "Theo dõi" section', () => {
      for (const route of ['/', '/van-ban/', '/tin-tuc/']) {
        const page = $(route);
        const hrefs = page('link[rel="alternate"][type="application/rss+xml"]')
          .map((_, el) => page(el).attr('href'))
          .get();
        expect(hrefs).toEqual(['/tin-tuc/rss.xml', '/van-ban/rss.xml']);
      }
      const footer = $('/')('#ft-theo-doi').parent();
      for (const href of ['/tin-tuc/rss.xml', '/van-ban/rss.xml', '/lich.ics', '/du-lieu/'])
        expect(footer.find(`a[href="${href}"]`)).toHaveLength(1);
    });
  });

  describe('sitemap and robots', () => {
    it('robots.txt allows crawling and points at the sitemap index', () => {
      expect(file('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
      expect(file('robots.txt')).toMatch(/^User-agent: \*$/m);
    });

    it('lists every HTML page but the 404, with entry dates as lastmod, and nothing held back', () => {
      const index = xml.parse(file('sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
      const urls = index.flatMap((s) => {
        expect(s.loc.startsWith(`${SITE}/`)).toBe(true);
        return xml.parse(file(new URL(s.loc).pathname)).urlset.url as { loc: string; lastmod?: string }[];
      });
      const locs = new Set(urls.map((u) => u.loc));
      // The form editor at /admin/ is a tool for editors (noindex), not a page of the site.
      const pages = listFiles(site.dist).filter((f) => f.endsWith('index.html') && !f.startsWith('admin/'));
      for (const p of pages) expect(locs.has(`${SITE}/${p.replace(/index\.html$/, '')}`), p).toBe(true);
      expect([...locs].some((l) => l.includes('404'))).toBe(false);
      expect(locs.size).toBe(pages.length);
      for (const e of heldBack())
        expect(
          [...locs].some((l) => l.includes(`/${e.id}/`)),
          e.file,
        ).toBe(false);
      const posted = published('documents').filter((d) => d.data.publishedAt);
      for (const doc of needs(under, posted, 'a document with a posting date')) {
        const entry = urls.find((u) => u.loc === `${SITE}/van-ban/${doc.id}/`)!;
        expect(entry.lastmod?.slice(0, 10), doc.id).toBe(doc.data.publishedAt);
      }
    });

    it('gives every page a canonical URL on the configured site', () => {
      for (const route of ['/', '/van-ban/', '/khen-thuong/', '/en/'])
        expect($(route)('link[rel="canonical"]').attr('href')).toBe(`${SITE}${route}`);
    });
  });

  describe('structured data (JSON-LD)', () => {
    it('describes each document as Legislation with its number, date and issuer', () => {
      for (const d of published('documents')) {
        const [ld] = jsonLd(`/van-ban/${d.id}/`);
        expect(ld, d.file).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Legislation',
          name: d.data.title,
          legislationDate: d.data.issuedAt,
          url: `${SITE}/van-ban/${d.id}/`,
        });
        if (d.data.number) expect(ld!.legislationIdentifier).toBe(d.data.number);
        const issuer = content.entries.organizations.get((d.data.issuer as { id: string }).id)!;
        expect(ld!.legislationPassedBy).toMatchObject({ '@type': 'GovernmentOrganization', name: issuer.data.name });
      }
    });

    it('describes each exemplar as a Person or an Organization with its awards', () => {
      for (const e of published('exemplars')) {
        const [ld] = jsonLd(`/guong-dien-hinh/${e.id}/`);
        expect(ld!['@type'], e.file).toBe(e.data.kind === 'ca-nhan' ? 'Person' : 'Organization');
        expect(ld!.name).toBe(e.data.name);
        const awards = e.data.awards as { title: string; year: number }[];
        if (awards.length) expect(ld!.award).toEqual(awards.map((a) => `${a.title} (${a.year})`));
      }
    });

    it('describes each article as a NewsArticle and the board as a GovernmentOrganization', () => {
      for (const n of published('news')) {
        const [ld] = jsonLd(`/tin-tuc/${n.id}/`);
        expect(ld, n.file).toMatchObject({
          '@type': 'NewsArticle',
          headline: n.data.title,
          datePublished: n.data.publishedAt,
          publisher: { '@type': 'GovernmentOrganization' },
        });
      }
      for (const route of ['/', '/gioi-thieu/', '/en/'])
        expect(jsonLd(route)[0]).toMatchObject({
          '@type': 'GovernmentOrganization',
          name: 'Ban Thi đua - Khen thưởng tỉnh Lâm Đồng',
        });
    });
  });

  describe('honor roll', () => {
    it('lists every published award decision awardee and every exemplar award once, by year', () => {
      const page = $('/khen-thuong/');
      const years = page('main section[aria-labelledby^="nam-"] h2')
        .map((_, el) => page(el).text())
        .get();
      // Newest first: every year of a published award decision, and otherwise only years of an exemplar's award.
      expect(years).toEqual([...years].sort().reverse());
      needs(under, years.slice(2), 'awards in three years');
      const shown = new Set(years.map((y) => y.match(/\d{4}/)?.[0]));
      const decisionYears = published('documents')
        .filter((d) => (d.data.awardees as unknown[]).length > 0)
        .map((d) => String(d.data.issuedAt).slice(0, 4));
      const awardYears = published('exemplars').flatMap((e) =>
        (e.data.awards as { year: number }[]).map((a) => String(a.year)),
      );
      for (const y of decisionYears) expect(shown.has(y), y).toBe(true);
      for (const y of shown) expect([...decisionYears, ...awardYears], String(y)).toContain(y);
      const decisions = published('documents').filter((d) => (d.data.awardees as unknown[]).length > 0);
      // Each awardee once, in a row that links its decision (one may get the same award in two decisions).
      const rows = page('section[aria-labelledby^="nam-"] tbody tr')
        .map((_, el) => ({
          text: page(el).text().replace(/\s+/g, ' '),
          links: page(el)
            .find('a')
            .map((_, a) => page(a).attr('href'))
            .get(),
        }))
        .get();
      for (const d of decisions) {
        for (const a of d.data.awardees as { name: string; award: string }[]) {
          const found = rows.filter(
            (r) => r.text.includes(a.name) && r.text.includes(a.award) && r.links.includes(`/van-ban/${d.id}/`),
          );
          expect(found.length, `${d.id}: ${a.name}`).toBe(1);
        }
      }
      // An exemplar's award recorded in a decision is one row linking both the profile and the decision.
      const linked = published('exemplars').filter((e) =>
        (e.data.awards as { decision?: { id: string } }[]).some(
          (a) => a.decision && !content.entries.documents.get(a.decision.id)?.held,
        ),
      );
      for (const e of needs(under, linked, 'an exemplar award recorded in a published decision')) {
        const row = page(`section[aria-labelledby^="nam-"] tbody tr:has(a[href="/guong-dien-hinh/${e.id}/"])`).first();
        expect(row.find('a[href^="/van-ban/"]'), e.id).toHaveLength(1);
      }
    });

    it('groups each year by form of award, highest first', () => {
      const page = $('/khen-thuong/');
      const years = page('section[aria-labelledby^="nam-"]')
        .map((_, el) => page(el).attr('aria-labelledby')!)
        .get();
      const order = [
        'huan-chuong',
        'danh-hieu-vinh-du',
        'huy-chuong',
        'co-thi-dua',
        'chien-si-thi-dua',
        'bang-khen',
        'giay-khen',
        'danh-hieu-khac',
        'khac',
      ];
      const grouped = years.map((year) =>
        page(`h3[id^="${year}-"]`)
          .map((_, el) => page(el).attr('id')!.replace(`${year}-`, ''))
          .get(),
      );
      needs(
        under,
        grouped.filter((forms) => forms.length >= 2),
        'a year with two forms of award',
      );
      for (const forms of grouped) {
        for (const f of forms) expect(order, f).toContain(f);
        expect([...forms].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(forms);
      }
    });

    it('names nothing held back', () => {
      const text = file('khen-thuong/index.html');
      for (const e of heldBack()) expect(text.includes(`/${e.id}/`), e.file).toBe(false);
    });
  });

  describe('public consultation', () => {
    const open = () =>
      published('documents').filter(
        (d) => d.data.consultation && (d.data.consultation as { until: string }).until >= BUILD_DATE,
      );

    it('is announced on the home page and the honor roll while open, with its closing day and the list', () => {
      needs(under, open(), 'a consultation open on the build date');
      for (const route of ['/', '/khen-thuong/']) {
        const page = $(route);
        const notice = page('#dang-lay-y-kien').parent();
        for (const d of open()) {
          const c = d.data.consultation as { until: string; contact: string; proposed: { name: string }[] };
          expect(notice.find(`a[href="/van-ban/${d.id}/"]`), route).toHaveLength(1);
          expect(notice.find(`time[datetime="${c.until}"]`).parent().text()).toMatch(
            /^đến hết ngày \d{2} tháng \d{1,2} năm \d{4}$/,
          );
          for (const p of c.proposed) expect(notice.text()).toContain(p.name);
          expect(notice.text()).toContain(c.contact);
        }
      }
    });

    it('is not announced once the closing day has passed', () => {
      const closed = published('documents').filter(
        (d) => d.data.consultation && (d.data.consultation as { until: string }).until < BUILD_DATE,
      );
      for (const d of needs(under, closed, 'a closed consultation'))
        expect($('/')(`#dang-lay-y-kien ~ * a[href="/van-ban/${d.id}/"]`)).toHaveLength(0);
    });
  });

  describe('English page', () => {
    it('describes the board in English and pairs with the Vietnamese about page', () => {
      const en = $('/en/');
      expect(en('html').attr('lang')).toBe('en');
      expect(en('h1').text()).toMatch(/Board of Emulation and Commendation/);
      for (const h of ['Functions', 'Structure', 'Contact'])
        expect(
          en('h2')
            .map((_, el) => en(el).text())
            .get(),
        ).toContain(h);
      expect(en('link[rel="alternate"][hreflang="vi"]').attr('href')).toBe(`${SITE}/gioi-thieu/`);
      expect(en('link[rel="alternate"][hreflang="en"]').attr('href')).toBe(`${SITE}/en/`);
      for (const href of ['/phong-trao/', '/van-ban/', '/guong-dien-hinh/', '/khen-thuong/', '/tin-tuc/'])
        expect(en(`main a[href="${href}"][hreflang="vi"]`)).toHaveLength(1);
      // The Vietnamese header and footer keep their language.
      expect(en('.site-header').parent().attr('lang')).toBe('vi');
      const vi = $('/gioi-thieu/');
      expect(vi('link[rel="alternate"][hreflang="en"]').attr('href')).toBe(`${SITE}/en/`);
    });
  });

  describe('print', () => {
    const checkPrintable = (route: string, date: string) => {
      const page = $(route);
      // The page's "In" button (a consultation notice also has one for its letter form).
      const buttons = page('button[data-print]');
      expect(buttons.length, route).toBeGreaterThanOrEqual(1);
      // Hidden until the page script shows them: without script they would do nothing.
      buttons.each((_, b) => void expect(page(b).attr('hidden'), route).toBeDefined());
      const source = page('.print-source').text().replace(/\s+/g, ' ');
      expect(source).toContain(`Nguồn: ${SITE}${route}`);
      expect(source).toMatch(new RegExp(`(Ngày đăng|Cập nhật): ${formatDateLong(date)}`));
    };

    it('offers an "In" button and prints the address and date on every document and news page', () => {
      for (const d of published('documents'))
        checkPrintable(`/van-ban/${d.id}/`, String(d.data.publishedAt ?? d.data.issuedAt));
      for (const n of published('news'))
        checkPrintable(`/tin-tuc/${n.id}/`, String(n.data.updatedAt ?? n.data.publishedAt));
    });
  });
});
