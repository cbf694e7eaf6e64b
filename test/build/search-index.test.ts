/**
 * What the search index holds, read from Pagefind's fragments of the built sample and
 * fixture sites against their content: every published entry, every published
 * organization and the site's own pages (each section's first listing page, the honor
 * roll, the calendar, the award procedures and accessibility pages), and nothing else; each with a title (its h1) and a type; the site's
 * own pages as tier 2, found by their heading and intro, never by the lists they show; an
 * organization by its full and short names and the code its documents' numbers carry.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { entryPath, pagePath, sectionPath } from '../../src/lib/routes.ts';
import { SECTION_TYPES } from '../../src/lib/search-intent.ts';
import { decodeFromIndex } from '../../src/lib/search-text.ts';
import { issuerCodeOfNumber } from '../../src/vocabulary/document-number.ts';
import { fold } from '../../src/vocabulary/fold.ts';
import { organizationKindLabel } from '../../src/vocabulary/labels.ts';
import { read, type BuiltSite } from '../helpers/build.ts';
import { fragments, type Fragment } from '../helpers/pagefind.ts';
import { load, needs, sites, type CheckedEntry } from '../helpers/sites.ts';

const ENTRY_TYPES: Record<Exclude<CollectionName, 'organizations'>, string> = {
  documents: 'Văn bản',
  campaigns: 'Phong trào',
  exemplars: 'Gương điển hình',
  news: 'Tin tức',
};
const entryCollections = Object.keys(ENTRY_TYPES) as (keyof typeof ENTRY_TYPES)[];
/**
 * The site's own pages in the index: each section's first listing page, the honor roll,
 * the calendar, and the pages on award procedures and on accessibility.
 */
const ownPages = [
  ...collectionNames.map(sectionPath),
  pagePath('honors'),
  pagePath('calendar'),
  pagePath('procedures'),
  pagePath('accessibility'),
];

const titleOf = (e: CheckedEntry) => String(e.data.title ?? e.data.name);
/** Text as a reader sees it: tags dropped, spaces collapsed. */
const plain = (html: string) => cheerio.load(html).text().replace(/\s+/g, ' ').trim();

describe.each(sites)('the search index of the $name site', (under) => {
  let site: BuiltSite;
  let index: Map<string, Fragment>;
  let published: ReturnType<typeof load>['published'];
  const page = (url: string) => cheerio.load(read(path.join(site.dist, url, 'index.html')));

  beforeAll(() => {
    ({ site, published } = load(under));
    index = fragments(site.dist);
  });

  it('holds every published entry and organization and the site’s own pages, nothing else', () => {
    const entries = entryCollections.flatMap((c) => published(c).map((e) => entryPath(c, e.id)));
    const organizations = published('organizations').map((o) => entryPath('organizations', o.id));
    needs(under, organizations, 'published organizations');
    expect(new Set(index.keys())).toEqual(new Set([...entries, ...organizations, ...ownPages]));
    // Pagefind's own count agrees.
    const entry = JSON.parse(read(path.join(site.dist, 'pagefind/pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.vi?.page_count).toBe(entries.length + organizations.length + ownPages.length);
  });

  it('gives every page a title, its h1, and a type', () => {
    for (const [url, f] of index) {
      const h1 = page(url)('h1').first().text().replace(/\s+/g, ' ').trim();
      expect(f.meta.title, url).toBeTruthy();
      expect(f.meta.title, url).toBe(h1);
      expect(f.meta.type, url).toBeTruthy();
    }
    for (const c of entryCollections)
      for (const e of published(c)) expect(index.get(entryPath(c, e.id))?.meta.type).toBe(ENTRY_TYPES[c]);
    for (const o of published('organizations'))
      expect(index.get(entryPath('organizations', o.id))?.meta.type).toBe(collections.organizations.title);
    for (const url of ownPages) expect(index.get(url)?.meta.type, url).toBe('Trang');
  });

  it('marks the site’s own pages and organizations as tier 2, and entries not at all', () => {
    const organizations = published('organizations').map((o) => entryPath('organizations', o.id));
    for (const [url, f] of index) {
      const own = ownPages.includes(url) || organizations.includes(url);
      expect(f.meta.tier, url).toBe(own ? '2' : undefined);
    }
    // With no date, they stay out of results sorted by date and out of the reader's
    // filters; a section's first page carries only `landing`, which the ranking reads.
    for (const url of [...ownPages, ...organizations]) {
      expect(index.get(url)!.meta.date, url).toBeUndefined();
      const html = read(path.join(site.dist, url, 'index.html'));
      expect(html, url).not.toMatch(/data-pagefind-sort=/);
      for (const m of html.matchAll(/data-pagefind-filter="([^"[]+)/g)) expect(m[1], url).toBe('landing');
    }
    for (const c of ['documents', 'campaigns', 'exemplars', 'news'] as const)
      expect(index.get(sectionPath(c))?.filters.landing?.map(decodeFromIndex), c).toEqual([SECTION_TYPES[c]]);
  });

  it('holds an organization’s names, kind and parent, each as words of their own', () => {
    /** The phrase in the indexed text, not glued to the words around it ("LoạiSở" is one word). */
    const holds = (content: string, phrase: string) => {
      const at = content.indexOf(phrase);
      const apart = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
      return at >= 0 && apart(content[at - 1]) && apart(content[at + phrase.length]);
    };
    const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
    // The code its published documents' numbers carry for it: "SNV" in 21/KH-SNV.
    const codesOf = (id: string) =>
      new Set(
        published('documents')
          .filter((doc) => (doc.data.issuer as { id: string }).id === id && doc.data.number)
          .map((doc) => issuerCodeOfNumber(String(doc.data.number)))
          .filter((c) => c !== undefined),
      );
    needs(
      under,
      published('organizations').filter((o) => codesOf(o.id).size > 0),
      "an organization its documents' numbers name",
    );
    for (const o of needs(under, published('organizations'), 'published organizations')) {
      const f = index.get(entryPath('organizations', o.id))!;
      const d = o.data as { name: string; shortName?: string; kind: keyof typeof organizationKindLabel };
      const parent = published('organizations').find((p) => p.id === (o.data.parent as { id?: string })?.id);
      const codes = [...codesOf(o.id)];
      const names = [d.name, organizationKindLabel[d.kind], d.shortName, parent && titleOf(parent), ...codes];
      for (const name of names.filter((n) => n !== undefined))
        expect(holds(f.content, name), `${f.content} ∌ ${name}`).toBe(true);
      // Its other names, for the ranking to treat as its title.
      const aliases = f.meta.alias?.split(', ') ?? [];
      if (d.shortName) expect(aliases[0]).toBe(d.shortName);
      for (const code of codes)
        expect(
          aliases.some((a) => words(a).includes(fold(code))),
          code,
        ).toBe(true);
      if (!d.shortName && !codes.length) expect(f.meta.alias).toBeUndefined();
    }
  });

  it('never holds the lists a page of the site’s own shows: its entries are found on their own pages', () => {
    const entries = entryCollections.flatMap((c) =>
      published(c).map((e) => ({ title: titleOf(e), url: entryPath(c, e.id) })),
    );
    const organizations = published('organizations').map((o) => ({
      title: titleOf(o),
      url: entryPath('organizations', o.id),
      parent: (o.data.parent as { id: string } | undefined)?.id,
    }));
    // The one other page an organization's index may name: its parent.
    const parentOf = (url: string) => {
      const parent = organizations.find((o) => o.url === url)?.parent;
      return parent === undefined ? undefined : entryPath('organizations', parent);
    };
    let checked = 0;
    for (const url of [...ownPages, ...organizations.map((o) => o.url)]) {
      const $ = page(url);
      const text = plain($('main').html() ?? '');
      const linked = new Set(
        $('main a[href]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      // The entries and organizations it links to and names: its lists, its children.
      const listed = [...entries, ...organizations].filter(
        (x) => x.url !== url && x.url !== parentOf(url) && linked.has(x.url) && text.includes(x.title),
      );
      for (const { title } of listed) {
        expect(index.get(url)!.content, `${url}: ${title}`).not.toContain(title);
        checked++;
      }
    }
    // Each listing, the honor roll, an organization's children and documents.
    if (under.name === 'fixture') expect(checked).toBeGreaterThan(20);
  });
});
