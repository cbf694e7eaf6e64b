/**
 * What the press and other systems read, checked on the built sample site with real
 * parsers: the RSS feeds, the sitemap and robots.txt, the JSON-LD of each page type,
 * the honor roll and the public consultation notice, the English page and print.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/check/index.ts';
import { formatDateLong } from '../../src/vocabulary/dates.ts';
import { listFiles, projectRoot, read, sampleSite, type BuiltSite } from '../helpers/build.ts';

const SITE = 'https://thiduakhenthuong.lamdong.gov.vn';
const BUILD_DATE = '2026-11-20';
let site: BuiltSite;
let content: CheckResult;
const file = (p: string) => read(path.join(site.dist, p));
const $ = (route: string) => cheerio.load(file(path.join(route, 'index.html')));
const published = (c: keyof CheckResult['entries']) => [...content.entries[c].values()].filter((e) => !e.held);
const heldBack = () => Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

/** The JSON-LD objects of a page, parsed. */
const jsonLd = (route: string) =>
  $(route)('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse(cheerio.load(el).text()))
    .get() as Record<string, unknown>[];

beforeAll(() => {
  content = checkContent({ root: projectRoot });
  site = sampleSite();
  expect(site.status, site.output.slice(-3000)).toBe(0);
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
    const numbered = published('documents').find((d) => d.data.number)!;
    const item = items.find((i) => i.link.endsWith(`/van-ban/${numbered.id}/`))!;
    expect(item.title).toContain(`số ${numbered.data.number as string}: ${numbered.data.title as string}`);
    expect(item.description).toContain('Cơ quan ban hành:');
    expect(item.description).toContain('Ngày ban hành:');
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
    const pages = listFiles(site.dist).filter((f) => f.endsWith('index.html'));
    for (const p of pages) expect(locs.has(`${SITE}/${p.replace(/index\.html$/, '')}`), p).toBe(true);
    expect([...locs].some((l) => l.includes('404'))).toBe(false);
    expect(locs.size).toBe(pages.length);
    for (const e of heldBack())
      expect(
        [...locs].some((l) => l.includes(`/${e.id}/`)),
        e.file,
      ).toBe(false);
    const doc = published('documents').find((d) => d.data.publishedAt)!;
    const entry = urls.find((u) => u.loc === `${SITE}/van-ban/${doc.id}/`)!;
    expect(entry.lastmod?.slice(0, 10)).toBe(doc.data.publishedAt);
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
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years).toEqual([...years].sort().reverse());
    const decisions = published('documents').filter((d) => (d.data.awardees as unknown[]).length > 0);
    const rowsText = page('section[aria-labelledby^="nam-"] tbody tr')
      .map((_, el) => page(el).text().replace(/\s+/g, ' '))
      .get();
    for (const d of decisions) {
      for (const a of d.data.awardees as { name: string; award: string }[]) {
        expect(rowsText.filter((r) => r.includes(a.name) && r.includes(a.award)).length, `${d.id}: ${a.name}`).toBe(1);
      }
    }
    // An exemplar's award recorded in a decision is one row linking both the profile and the decision.
    const linked = published('exemplars').find((e) =>
      (e.data.awards as { decision?: unknown }[]).some((a) => a.decision),
    )!;
    const row = page(`section[aria-labelledby^="nam-"] tbody tr:has(a[href="/guong-dien-hinh/${linked.id}/"])`).first();
    expect(row.find('a[href^="/van-ban/"]')).toHaveLength(1);
  });

  it('groups each year by form of award, highest first', () => {
    const page = $('/khen-thuong/');
    const forms = page('h3[id^="nam-2026-"]')
      .map((_, el) => page(el).attr('id')!.replace('nam-2026-', ''))
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
    expect(forms.length).toBeGreaterThanOrEqual(2);
    expect([...forms].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(forms);
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
    expect(open().length).toBeGreaterThan(0);
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
    for (const d of closed) expect($('/')(`#dang-lay-y-kien ~ * a[href="/van-ban/${d.id}/"]`)).toHaveLength(0);
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
    const button = page('button[data-print]');
    expect(button, route).toHaveLength(1);
    // Hidden until the page script shows it: without script it would do nothing.
    expect(button.attr('hidden')).toBeDefined();
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
