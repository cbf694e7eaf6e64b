/**
 * Every public address the site builds, from the collection registry
 * (`src/collections.ts`): pages, listings, feeds, attachments, calendars, share images.
 * Pages, components, feeds, open data and the content checker build URLs only here.
 */
import { collectionNames, collections, sitePages, type CollectionName, type SitePageName } from '../collections.ts';
import { SHARE_IMAGE_NAME } from './share-meta.ts';

/** `/van-ban/`: a collection's section (its listing's first page). */
export const sectionPath = (c: CollectionName) => `/${collections[c].route}/`;

/** `/van-ban/<slug>/`: an entry's page. */
export const entryPath = (c: CollectionName, slug: string) => `${sectionPath(c)}${slug}/`;

/** The facets a listing is filtered by: the second segment of its address (`/van-ban/loai/…`). */
export const FACET_KEYS = [
  'loai',
  'nam',
  'co-quan',
  'hieu-luc',
  'chuyen-muc',
  'dia-phuong',
  'linh-vuc',
  'phong-trao',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** `/van-ban/loai/ke-hoach/`: a listing filtered by one value of one facet. */
export const facetPath = (c: CollectionName, facet: FacetKey, value: string) => `${sectionPath(c)}${facet}/${value}/`;

/** `/van-ban/rss.xml`: a collection's RSS feed. */
export const feedPath = (c: 'documents' | 'news') => `${sectionPath(c)}rss.xml`;

/** The document shelves with a feed of their own: by kind and by issuer. */
type FeedFacet = Extract<FacetKey, 'loai' | 'co-quan'>;

/**
 * `/van-ban/loai/ke-hoach/rss.xml`, `/van-ban/co-quan/so-noi-vu/rss.xml`: the feed of
 * one shelf, beside its listing. `rss.xml` cannot clash with the listing's own pages
 * (`trang-2/`), and a facet value is a slug, never a file name.
 */
export const facetFeedPath = (facet: FeedFacet, value: string) => `${facetPath('documents', facet, value)}rss.xml`;

/** `/phong-trao/<slug>/rss.xml`: one campaign's documents, news and exemplars, beside its page. */
export const campaignFeedPath = (slug: string) => `${entryPath('campaigns', slug)}rss.xml`;

/** `/van-ban/<slug>/<file>`: a document's attachment, published beside its page. */
export const attachmentPath = (slug: string, fileName: string) => `${entryPath('documents', slug)}${fileName}`;

/** `/van-ban/<slug>/lich.ics`: one document's dates as a calendar. */
export const documentIcsPath = (slug: string) => `${entryPath('documents', slug)}lich.ics`;

/** `/van-ban/<slug>/anh-chia-se.png`: the image shown when an entry's page is shared. */
export const shareImagePath = (c: CollectionName, slug: string, format: 'png' | 'jpg') =>
  `${entryPath(c, slug)}${SHARE_IMAGE_NAME}.${format}`;

/** `/tim-kiem/`: one of the site's own pages. */
export const pagePath = (p: SitePageName) => `/${sitePages[p].route}/`;

/** `/lich/nam/2026/`: the calendar of one year. */
export const calendarYearPath = (year: number | string) => `${pagePath('calendar')}nam/${year}/`;

/** `/lich.ics`: every date of the published documents, as one calendar. */
export const calendarIcsPath = () => `/${sitePages.calendar.route}.ics`;

/** `/du-lieu/van-ban/`: the fields and columns of one data set of the open data. */
export const dataSetPath = (name: string) => `${pagePath('openData')}${name}/`;

/** `/du-lieu/van-ban.csv`: one file of the open data. */
export const dataFilePath = (fileName: string) => `${pagePath('openData')}${fileName}`;

/** The collection and slug of an entry's address (`/van-ban/x/`, `/van-ban/x`, with `#…`/`?…`), or undefined. */
export function entryOfPath(url: string): { collection: CollectionName; slug: string; rest: string } | undefined {
  const m = /^\/([^/?#]+)\/([^/?#]*)(\/[^?#]*)?(?:[?#].*)?$/.exec(url.trim());
  if (!m) return undefined;
  const collection = collectionNames.find((c) => collections[c].route === m[1]);
  return collection && m[2] ? { collection, slug: m[2], rest: m[3] ?? '' } : undefined;
}
