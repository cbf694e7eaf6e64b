/**
 * RSS items for the two feeds (news, documents), built from plain data so they can be
 * tested without Astro. The endpoints `src/routes/*\/rss.ts` hand the items to
 * `@astrojs/rss`, which writes the XML.
 *
 * An item's description is HTML (RSS 2.0: "entity-encoded HTML is allowed"), and
 * readers render it as such. Our descriptions are plain text written by editors, so
 * they are HTML-escaped here, and `@astrojs/rss` escapes them once more for XML: a
 * summary that mentions `<b>` or `&lt;script&gt;` is shown with those very characters,
 * never as markup.
 */
import { vietnamInstant } from '../vocabulary/dates.ts';
import { documentKindLabel, documentLabel, type DocumentKind } from '../vocabulary/labels.ts';
import { entryPath } from './routes.ts';

/** How many items a feed carries: the newest ones; the whole archive is in the open data. */
export const FEED_SIZE = 100;

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
  const facts = [
    d.issuer && `Cơ quan ban hành: ${d.issuer}`,
    `Ngày ban hành: ${d.issuedAtText}`,
    d.signer && `Người ký: ${d.signer}`,
    d.campaigns.length > 0 && `Phong trào: ${d.campaigns.join('; ')}`,
  ].filter(Boolean);
  return {
    title: `${head}: ${d.title}`,
    link: entryPath('documents', d.id),
    pubDate: feedDate(d.postedAt),
    description: htmlText(`${d.title}. ${facts.join('. ')}.`),
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

/** The newest first (ties by title), cut to `FEED_SIZE`. */
export function newestItems(items: FeedItem[], size = FEED_SIZE): FeedItem[] {
  return [...items]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'vi'))
    .slice(0, size);
}
