/**
 * The feeds of every shelf, over real builds of the sample and fixture sites, against
 * their content as the checker reads it: every `rss.xml` is well-formed RSS 2.0 that
 * names its own address; there is one per document kind and per issuer with documents
 * and one per campaign, each with that shelf's newest entries; every documents listing
 * filtered by kind, issuer or campaign (all its pages), every organization with documents
 * and every campaign page announce theirs, in the head and as a visible link; and every
 * announced feed exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACET_KEYS } from '../../src/lib/routes.ts';
import { listFiles, read, type BuiltSite } from '../helpers/build.ts';
import { load, needs, sites, type CheckedEntry } from '../helpers/sites.ts';

const SHELF_SIZE = 50;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) });

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
}

/** A reference as the checker reads it: `{ id }` (or a bare slug). */
const refId = (ref: unknown) => String(ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref);
const ids = (refs: unknown): string[] => (Array.isArray(refs) ? refs.map(refId) : []);

describe.each(sites)('feeds of the $name site', (under) => {
  let site: BuiltSite;
  let published: ReturnType<typeof load>['published'];
  let files: string[];
  let origin: string;
  const file = (p: string) => read(path.join(site.dist, p));
  const page = (route: string) => cheerio.load(file(path.join(route, 'index.html')));
  const channel = (route: string) => xml.parse(file(route)).rss.channel as Record<string, unknown> & { item?: Item[] };
  /** The feed's item links, as site paths. */
  const links = (route: string) => (channel(route).item ?? []).map((i) => new URL(i.link).pathname);
  /** The feeds a page announces in its head, and the ones it links to in its main content. */
  const announced = ($: cheerio.CheerioAPI) =>
    $('head link[rel="alternate"][type="application/rss+xml"]')
      .map((_, el) => $(el).attr('href'))
      .get();
  const visible = ($: cheerio.CheerioAPI) =>
    $('main a[type="application/rss+xml"]')
      .map((_, el) => $(el).attr('href'))
      .get();

  beforeAll(() => {
    ({ site, published } = load(under));
    files = listFiles(site.dist);
    origin = new URL(page('/')('link[rel="canonical"]').attr('href')!).origin;
  });

  /** The pages of the published entries on a shelf: what its feed may list. */
  const onShelf = (entries: CheckedEntry[], prefix: string) => new Set(entries.map((e) => `/${prefix}/${e.id}/`));

  it('writes every rss.xml as well-formed RSS 2.0 that names its own address', () => {
    const feeds = files.filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(2);
    for (const f of feeds) {
      const text = file(f);
      expect(XMLValidator.validate(text), f).toBe(true);
      const rss = xml.parse(text).rss;
      expect(rss['@_version'], f).toBe('2.0');
      const c = rss.channel;
      expect(c.title, f).toMatch(/\S/);
      expect(c.description, f).toMatch(/\S/);
      expect(c.language, f).toBe('vi');
      expect(c['atom:link']['@_href'], f).toBe(`${origin}/${f}`);
      expect(c['atom:link']['@_rel'], f).toBe('self');
      // The channel links the page it follows, which exists.
      const home = new URL(c.link).pathname;
      expect(existsSync(path.join(site.dist, home, 'index.html')), `${f}: ${c.link}`).toBe(true);
      const items = (c.item ?? []) as Item[];
      expect(items.length, f).toBeLessThanOrEqual(f.split('/').length > 2 ? SHELF_SIZE : 100);
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(
        [...dates].sort((a, b) => b - a),
        f,
      ).toEqual(dates);
      for (const i of items) {
        expect(i.title, f).toMatch(/\S/);
        expect(i.guid['#text'], f).toBe(i.link);
        expect(Number.isNaN(Date.parse(i.pubDate)), f).toBe(false);
        expect(i.description.length, i.link).toBeGreaterThan(10);
        expect(i.category.length, i.link).toBeGreaterThan(0);
        expect(existsSync(path.join(site.dist, new URL(i.link).pathname, 'index.html')), i.link).toBe(true);
      }
    }
  });

  it('has a feed for each document kind and each issuer with documents, with its newest documents', () => {
    const docs = published('documents');
    const byShelf = new Map<string, CheckedEntry[]>();
    for (const d of docs) {
      for (const key of [`loai/${String(d.data.kind)}`, `co-quan/${refId(d.data.issuer)}`]) {
        byShelf.set(key, [...(byShelf.get(key) ?? []), d]);
      }
    }
    needs(
      under,
      [...byShelf.keys()].filter((k) => k.startsWith('loai/')),
      'documents of a kind',
    );
    for (const [key, members] of byShelf) {
      const route = `van-ban/${key}/rss.xml`;
      expect(files, route).toContain(route);
      const got = links(route);
      expect(got.length, route).toBe(Math.min(SHELF_SIZE, members.length));
      const expected = onShelf(members, 'van-ban');
      for (const l of got) expect(expected.has(l), `${route}: ${l}`).toBe(true);
    }
    // No feed for a kind or issuer without documents.
    const shelfFeeds = files.filter((f) => /^van-ban\/(loai|co-quan)\/[^/]+\/rss\.xml$/.test(f));
    expect(shelfFeeds.sort()).toEqual([...byShelf.keys()].map((k) => `van-ban/${k}/rss.xml`).sort());
  });

  it('has a feed for every campaign with its documents, news and exemplars', () => {
    const campaigns = needs(under, published('campaigns'), 'a campaign');
    const members = (id: string) => [
      ...[
        ...onShelf(
          published('documents').filter((e) => ids(e.data.campaigns).includes(id)),
          'van-ban',
        ),
      ],
      ...[
        ...onShelf(
          published('news').filter((e) => ids(e.data.campaigns).includes(id)),
          'tin-tuc',
        ),
      ],
      ...[
        ...onShelf(
          published('exemplars').filter((e) => ids(e.data.campaigns).includes(id)),
          'guong-dien-hinh',
        ),
      ],
    ];
    let mixed = 0;
    for (const c of campaigns) {
      const route = `phong-trao/${c.id}/rss.xml`;
      expect(files, route).toContain(route);
      const expected = new Set(members(c.id));
      const got = links(route);
      expect(got.length, route).toBe(Math.min(SHELF_SIZE, expected.size));
      for (const l of got) expect(expected.has(l), `${route}: ${l}`).toBe(true);
      if (new Set(got.map((l) => l.split('/')[1])).size > 1) mixed++;
    }
    if (under.name === 'fixture')
      expect(mixed, 'a campaign feed mixes documents, news or exemplars').toBeGreaterThan(0);
    expect(files.filter((f) => /^phong-trao\/[^/]+\/rss\.xml$/.test(f))).toHaveLength(campaigns.length);
  });

  it('announces its shelf’s feed on every page of a documents listing filtered by kind, issuer or campaign', () => {
    const listings = files.filter((f) => {
      const m = /^van-ban\/(.*)index\.html$/.exec(f);
      if (!m) return false;
      const first = m[1]!.split('/')[0]!;
      return first === '' || /^trang-\d+$/.test(first) || (FACET_KEYS as readonly string[]).includes(first);
    });
    let shelves = 0;
    for (const f of listings) {
      const segments = f
        .replace(/index\.html$/, '')
        .split('/')
        .filter(Boolean)
        .slice(1);
      const expected: string[] = [];
      for (let i = 0; i + 1 < segments.length; i += 2) {
        const [key, value] = [segments[i]!, segments[i + 1]!];
        if (key === 'loai' || key === 'co-quan') expected.push(`/van-ban/${key}/${value}/rss.xml`);
        if (key === 'phong-trao') expected.push(`/phong-trao/${value}/rss.xml`);
      }
      const $ = page(f.replace(/index\.html$/, ''));
      if (expected.length === 0) {
        expect(visible($), f).toEqual(['/van-ban/rss.xml']);
        continue;
      }
      shelves++;
      for (const href of expected) expect(announced($), f).toContain(href);
      expect(visible($), f).toEqual(expected);
    }
    needs(under, shelves > 0 ? [shelves] : [], 'a filtered documents listing');
  });

  it('announces its issuer feed on every organization page with documents, and none on the others', () => {
    const issuers = new Set(published('documents').map((d) => refId(d.data.issuer)));
    for (const org of published('organizations')) {
      const $ = page(`co-quan/${org.id}/`);
      const href = `/van-ban/co-quan/${org.id}/rss.xml`;
      if (issuers.has(org.id)) {
        expect(announced($), org.id).toContain(href);
        expect(visible($), org.id).toEqual([href]);
      } else {
        expect(visible($), org.id).toEqual([]);
        expect(announced($), org.id).toEqual(['/tin-tuc/rss.xml', '/van-ban/rss.xml']);
      }
    }
  });

  it('announces its feed on every campaign page', () => {
    for (const c of published('campaigns')) {
      const $ = page(`phong-trao/${c.id}/`);
      const href = `/phong-trao/${c.id}/rss.xml`;
      expect(announced($), c.id).toEqual(['/tin-tuc/rss.xml', '/van-ban/rss.xml', href]);
      expect(visible($), c.id).toEqual([href]);
      // The head link is named for a feed reader's list of subscriptions.
      expect($(`head link[href="${href}"]`).attr('title'), c.id).toBe(`${String(c.data.title)} - RSS`);
    }
  });

  it('announces the campaign feed on the news and exemplar listings by campaign, and no other', () => {
    for (const section of ['tin-tuc', 'guong-dien-hinh']) {
      const byCampaign = files.filter((f) => f.startsWith(`${section}/phong-trao/`) && f.endsWith('index.html'));
      for (const f of byCampaign) {
        const slug = f.split('/')[2]!;
        const $ = cheerio.load(file(f));
        const href = `/phong-trao/${slug}/rss.xml`;
        expect(announced($), f).toEqual(['/tin-tuc/rss.xml', '/van-ban/rss.xml', href]);
        expect(visible($), f).toEqual([href]);
      }
      expect(visible(page(`${section}/`)), section).toEqual([]);
    }
  });

  it('lists the site’s two feeds and the shelf feeds’ addresses on the open data page', () => {
    const $ = page('du-lieu/');
    expect(visible($).sort()).toEqual(['/tin-tuc/rss.xml', '/van-ban/rss.xml']);
    expect($('#rss').parent().text()).toContain('/phong-trao/…/rss.xml');
    expect($('#muc-luc').parent().find('a[href="#rss"]')).toHaveLength(1);
  });

  it('announces only feeds that exist, on every page', () => {
    for (const f of files.filter((p) => p.endsWith('.html') && !p.startsWith('admin/'))) {
      const $ = cheerio.load(file(f));
      for (const href of new Set([...announced($), ...visible($)])) {
        expect(existsSync(path.join(site.dist, href)), `${f}: ${href}`).toBe(true);
      }
    }
  });
});
