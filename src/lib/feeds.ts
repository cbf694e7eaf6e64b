/**
 * RSS items and channels for every feed (news, documents, each document kind, each
 * issuer, each campaign), built from plain data so they can be tested without Astro. The
 * endpoints `src/routes/**\/*rss.ts` hand `rssOptions(...)` to `@astrojs/rss`, which
 * writes the XML.
 *
 * An item's description is HTML (RSS 2.0: "entity-encoded HTML is allowed"), and
 * readers render it as such. Our descriptions are plain text written by editors, so
 * they are HTML-escaped here, and `@astrojs/rss` escapes them once more for XML: a
 * summary that mentions `<b>` or `&lt;script&gt;` is shown with those very characters,
 * never as markup.
 */
import type { RSSOptions } from '@astrojs/rss';
import { vietnamInstant } from '../vocabulary/dates.ts';
import { documentKindLabel, documentLabel, type DocumentKind } from '../vocabulary/labels.ts';
import { entryPath } from './routes.ts';

/** How many items a feed carries: the newest ones; the whole archive is in the open data. */
export const FEED_SIZE = 100;

/**
 * How many items the feed of one shelf (a kind, an issuer, a campaign) carries. A shelf
 * fills more slowly than the whole library, so fewer items cover as long a time, and a
 * library of 10,000 documents does not write thousands of 100-item files.
 */
export const SHELF_FEED_SIZE = 50;

/**
 * The instant an RSS reader sorts by. Dates here are calendar days in Vietnam, so a day
 * becomes its midnight at UTC+7 (a reader in Hà Nội sees the right day). A partial date
 * (`2022-02`, day left blank on the paper) becomes the first day it covers: RSS cannot
 * say "some day in February", and the item's text keeps the date as published.
 */
export const feedDate = (value: string): Date => vietnamInstant(value);

/** Plain text as HTML that displays exactly that text. */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text parts as sentences: each ends with one full stop, never two ("…năm 2026.."). */
const sentences = (parts: (string | false | undefined)[]) =>
  parts
    .filter((p): p is string => !!p)
    .map((p) => p.trim())
    .map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
    .join(' ');

export interface DocumentFeedInput {
  id: string;
  title: string;
  kind: DocumentKind;
  number?: string | undefined;
  issuedAtText: string;
  postedAt: string;
  issuer?: string | undefined;
  signer?: string | undefined;
  fields: string[];
  campaigns: string[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** One document: "Kế hoạch số 12/KH-UBND: <trích yếu>", with issuer, date and signer in the summary. */
export function documentFeedItem(d: DocumentFeedInput): FeedItem {
  const head = documentLabel(d);
  return {
    title: `${head}: ${d.title}`,
    link: entryPath('documents', d.id),
    pubDate: feedDate(d.postedAt),
    description: htmlText(
      sentences([
        d.title,
        d.issuer && `Cơ quan ban hành: ${d.issuer}`,
        `Ngày ban hành: ${d.issuedAtText}`,
        d.signer && `Người ký: ${d.signer}`,
        d.campaigns.length > 0 && `Phong trào: ${d.campaigns.join('; ')}`,
      ]),
    ),
    categories: [documentKindLabel[d.kind], ...(d.issuer ? [d.issuer] : []), ...d.fields],
  };
}

export interface NewsFeedInput {
  id: string;
  title: string;
  summary: string;
  publishedAt: string;
  categoryLabel: string;
  author?: string | undefined;
  campaigns: string[];
}

/** One article: its title, sapo, date and category (plus the campaigns it is about). */
export function newsFeedItem(n: NewsFeedInput): FeedItem {
  return {
    title: n.title,
    link: entryPath('news', n.id),
    pubDate: feedDate(n.publishedAt),
    description: htmlText(n.summary),
    categories: [n.categoryLabel, ...n.campaigns],
  };
}

export interface ExemplarFeedInput {
  id: string;
  name: string;
  kindLabel: string;
  summary: string;
  unit?: string | undefined;
  place: string;
  publishedAt: string;
  fields: string[];
}

/** One exemplar profile, for a campaign's feed: "Gương điển hình: <tên>", with what they did, unit and place. */
export function exemplarFeedItem(e: ExemplarFeedInput): FeedItem {
  return {
    title: `Gương điển hình: ${e.name}`,
    link: entryPath('exemplars', e.id),
    pubDate: feedDate(e.publishedAt),
    description: htmlText(sentences([e.summary, e.unit && `Đơn vị: ${e.unit}`, e.place && `Địa bàn: ${e.place}`])),
    categories: ['Gương điển hình', e.kindLabel, ...e.fields],
  };
}

const byNewest = (a: FeedItem, b: FeedItem) =>
  b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'vi');

/** The newest first (ties by title), cut to `FEED_SIZE`. */
export function newestItems(items: FeedItem[], size = FEED_SIZE): FeedItem[] {
  return [...items].sort(byNewest).slice(0, size);
}

/**
 * The newest items of every shelf at once: each entry names the shelves it is on (its
 * kind, its issuer, its campaigns). One sort of the whole library, then one pass that
 * stops filling a shelf at `size`, so a feed per issuer does not scan the library per
 * issuer. Shelves keep the order in which they are first met.
 */
export function newestByShelf(
  entries: readonly { item: FeedItem; shelves: readonly string[] }[],
  size = SHELF_FEED_SIZE,
): Map<string, FeedItem[]> {
  const shelves = new Map<string, FeedItem[]>();
  for (const { item, shelves: keys } of [...entries].sort((a, b) => byNewest(a.item, b.item))) {
    for (const key of new Set(keys)) {
      const list = shelves.get(key);
      if (!list) shelves.set(key, [item]);
      else if (list.length < size) list.push(item);
    }
  }
  return shelves;
}

/** One feed: what it is called, the page it follows, its own address, and its items (newest first). */
export interface FeedChannel {
  /** Short name, for the page's `<link rel="alternate" title>`: "Kế hoạch mới". */
  name: string;
  /** Full title, in the reader: "Kế hoạch mới - <site name>". */
  title: string;
  description: string;
  /** The page the feed follows (`/van-ban/loai/ke-hoach/`): the channel's link. */
  page: string;
  /** The feed's own address, for `atom:link rel="self"`. */
  self: string;
  items: FeedItem[];
}

/** A feed announced by a page: in its head (`<link rel="alternate">`) and as a visible link. */
export interface FeedLink {
  href: string;
  /** "Kế hoạch mới", "Văn bản của Sở Nội vụ", a campaign's title. */
  name: string;
}

const ATOM = 'http://www.w3.org/2005/Atom';
const xmlAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');

/**
 * What `@astrojs/rss` needs to write a channel: its link is the page it follows, and it
 * names its own address (`atom:link rel="self"`, as the RSS Advisory Board and the W3C
 * validator ask) so a reader given a copy knows where to poll.
 */
export function rssOptions(channel: FeedChannel, site: URL | string): RSSOptions {
  const self = new URL(channel.self, site).href;
  return {
    title: channel.title,
    description: channel.description,
    site: new URL(channel.page, site).href,
    items: channel.items,
    xmlns: { atom: ATOM },
    customData: `<atom:link href="${xmlAttr(self)}" rel="self" type="application/rss+xml"/><language>vi</language>`,
    trailingSlash: true,
  };
}
