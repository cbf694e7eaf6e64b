/**
 * Every RSS feed of the site, from the published content: the whole library and the
 * news (the two feeds every page announces), and one per shelf: per document kind, per
 * issuer with documents, per campaign. Each item is built once per build and the shelves
 * are filled in one pass (`newestByShelf`), so 10,000 documents and hundreds of issuers
 * cost one sort, not one scan of the library per feed.
 */
import {
  documentFeedItem,
  exemplarFeedItem,
  FEED_SIZE,
  newestByShelf,
  newestItems,
  newsFeedItem,
  SHELF_FEED_SIZE,
  type FeedChannel,
  type FeedItem,
  type FeedLink,
} from '../lib/feeds.ts';
import { localityLine } from '../lib/locality.ts';
import { campaignFeedPath, entryPath, facetFeedPath, facetPath, feedPath, sectionPath } from '../lib/routes.ts';
import { board } from '../site.ts';
import { formatDateLong } from '../vocabulary/dates.ts';
import {
  documentKindLabel,
  documentKinds,
  exemplarKindLabel,
  newsCategoryLabel,
  type DocumentKind,
} from '../vocabulary/labels.ts';
import { docPostedAt, resolveAll, resolveOne, type Site } from './content.ts';

type Shelved = { item: FeedItem; shelves: string[] };

interface Items {
  documents: Shelved[];
  news: Shelved[];
  exemplars: Shelved[];
}

/** Shelf keys: a kind, an issuer and a campaign never share a key. */
const KIND = 'loai:';
const ISSUER = 'co-quan:';
const CAMPAIGN = 'phong-trao:';

const cache = new WeakMap<Site, Items>();

/** Every entry as a feed item, with the shelves it is on; built once per site. */
function items(s: Site): Items {
  let built = cache.get(s);
  if (built) return built;
  const campaignTitles = (refs: { id: string }[]) => resolveAll(s.campaign, refs).map((c) => c.data.title);
  const campaignKeys = (refs: { id: string }[]) => refs.map((r) => CAMPAIGN + r.id);
  built = {
    documents: s.documents.map((doc) => {
      const d = doc.data;
      return {
        item: documentFeedItem({
          id: doc.id,
          title: d.title,
          kind: d.kind,
          number: d.number,
          issuedAtText: formatDateLong(d.issuedAt),
          postedAt: docPostedAt(doc),
          issuer: resolveOne(s.org, d.issuer)?.data.name,
          signer: d.signer && `${d.signer.name} (${d.signer.title})`,
          fields: d.fields,
          campaigns: campaignTitles(d.campaigns),
        }),
        shelves: [KIND + d.kind, ISSUER + d.issuer.id, ...campaignKeys(d.campaigns)],
      };
    }),
    news: s.news.map((n) => ({
      item: newsFeedItem({
        id: n.id,
        title: n.data.title,
        summary: n.data.summary,
        publishedAt: n.data.publishedAt,
        categoryLabel: newsCategoryLabel[n.data.category],
        author: n.data.author,
        campaigns: campaignTitles(n.data.campaigns),
      }),
      shelves: campaignKeys(n.data.campaigns),
    })),
    exemplars: s.exemplars.map((e) => ({
      item: exemplarFeedItem({
        id: e.id,
        name: e.data.name,
        kindLabel: exemplarKindLabel[e.data.kind],
        summary: e.data.summary,
        unit: e.data.unit,
        place: localityLine(e.data.locality),
        publishedAt: e.data.publishedAt,
        fields: e.data.fields,
      }),
      shelves: campaignKeys(e.data.campaigns),
    })),
  };
  cache.set(s, built);
  return built;
}

const shelvesCache = new WeakMap<Site, Map<string, FeedItem[]>>();

/** The newest items of every shelf, filled once per site. */
function shelves(s: Site): Map<string, FeedItem[]> {
  let built = shelvesCache.get(s);
  if (!built) {
    const all = items(s);
    built = newestByShelf([...all.documents, ...all.news, ...all.exemplars], SHELF_FEED_SIZE);
    shelvesCache.set(s, built);
  }
  return built;
}

const titled = (name: string) => ({ name, title: `${name} - ${board.siteName}` });

/** `/van-ban/rss.xml`: the newest documents, by the date they were posted. */
export const documentsFeed = (s: Site): FeedChannel => ({
  ...titled('Văn bản mới'),
  description: `${FEED_SIZE} văn bản mới đăng nhất của ${board.name}: kế hoạch, chỉ thị, quyết định, hướng dẫn, thông báo, công văn, báo cáo.`,
  page: sectionPath('documents'),
  self: feedPath('documents'),
  items: newestItems(items(s).documents.map((d) => d.item)),
});

/** `/tin-tuc/rss.xml`: the newest articles. */
export const newsFeed = (s: Site): FeedChannel => ({
  ...titled('Tin tức'),
  description: `${FEED_SIZE} tin mới nhất về phong trào thi đua, khen thưởng và gương điển hình tiên tiến của ${board.name}.`,
  page: sectionPath('news'),
  self: feedPath('news'),
  items: newestItems(items(s).news.map((n) => n.item)),
});

/** The kinds with documents, in the vocabulary's order, each with its feed. */
export function kindFeeds(s: Site): { kind: DocumentKind; channel: FeedChannel }[] {
  const all = shelves(s);
  return documentKinds.flatMap((kind) => {
    const list = all.get(KIND + kind);
    if (!list) return [];
    const label = documentKindLabel[kind];
    return [
      {
        kind,
        channel: {
          ...titled(`${label} mới`),
          description: `${SHELF_FEED_SIZE} ${label.toLowerCase()} mới đăng nhất trong thư viện văn bản của ${board.name}.`,
          page: facetPath('documents', 'loai', kind),
          self: facetFeedPath('loai', kind),
          items: list,
        },
      },
    ];
  });
}

/** The name of an issuer, or its slug if it is not published (as its listing says). */
const issuerName = (s: Site, id: string) => s.org.get(id)?.data.name ?? id;

/** Every issuer with documents, each with its feed (the same issuers as the listing's "Cơ quan ban hành"). */
export function issuerFeeds(s: Site): { org: string; channel: FeedChannel }[] {
  return [...shelves(s)].flatMap(([key, list]) => {
    if (!key.startsWith(ISSUER)) return [];
    const org = key.slice(ISSUER.length);
    const name = issuerName(s, org);
    return [
      {
        org,
        channel: {
          ...titled(`Văn bản của ${name}`),
          description: `${SHELF_FEED_SIZE} văn bản mới đăng nhất do ${name} ban hành, trong thư viện văn bản của ${board.name}.`,
          page: facetPath('documents', 'co-quan', org),
          self: facetFeedPath('co-quan', org),
          items: list,
        },
      },
    ];
  });
}

/** Every campaign, each with its feed: its documents, news and exemplars, newest first (empty until it has some). */
export function campaignFeeds(s: Site): { slug: string; channel: FeedChannel }[] {
  const all = shelves(s);
  return s.campaigns.map((c) => ({
    slug: c.id,
    channel: {
      ...titled(c.data.title),
      description: `Văn bản, tin tức và gương điển hình mới nhất của ${c.data.title} (tối đa ${SHELF_FEED_SIZE} mục), trên cổng của ${board.name}.`,
      page: entryPath('campaigns', c.id),
      self: campaignFeedPath(c.id),
      items: all.get(CAMPAIGN + c.id) ?? [],
    },
  }));
}

type Filter = { key: string; value: string };

/** The feed of one filter of a documents listing, if that facet has feeds. */
function filterFeed(s: Site, { key, value }: Filter): FeedLink | undefined {
  switch (key) {
    case 'loai':
      return { name: `${documentKindLabel[value as DocumentKind]} mới`, href: facetFeedPath('loai', value) };
    case 'co-quan':
      return issuerFeedLink(s, value);
    case 'phong-trao':
      return campaignFeedLink(s, value);
    default:
      return undefined;
  }
}

/**
 * The feeds of a documents listing page (every page of it): one per filter in force by
 * kind, issuer or campaign, else the whole library's. Shelf feeds exist for exactly the
 * values that have a listing, since both come from the published documents.
 */
export function documentListingFeeds(
  s: Site,
  listing: { filter?: Filter | undefined; filters?: readonly Filter[] | undefined },
): FeedLink[] {
  const filters = listing.filters ?? (listing.filter ? [listing.filter] : []);
  const feeds = filters.flatMap((f) => filterFeed(s, f) ?? []);
  return feeds.length > 0 ? feeds : [{ name: 'Văn bản mới', href: feedPath('documents') }];
}

/**
 * The feeds of a page of the news or exemplar listing: the campaign's, when the page is
 * filtered by one (`/tin-tuc/phong-trao/<slug>/`); none otherwise (the site's two are
 * announced on every page).
 */
export function campaignListingFeeds(
  s: Site,
  listing: { filter?: Filter | undefined; filters?: readonly Filter[] | undefined },
): FeedLink[] {
  const filters = listing.filters ?? (listing.filter ? [listing.filter] : []);
  return filters.flatMap((f) =>
    f.key === 'phong-trao' && s.campaign.has(f.value) ? [campaignFeedLink(s, f.value)] : [],
  );
}

/** A campaign's feed (every campaign has one). */
export const campaignFeedLink = (s: Site, slug: string): FeedLink => ({
  name: s.campaign.get(slug)?.data.title ?? slug,
  href: campaignFeedPath(slug),
});

/** An issuer's feed; it exists when the issuer has published documents. */
export const issuerFeedLink = (s: Site, org: string): FeedLink => ({
  name: `Văn bản của ${issuerName(s, org)}`,
  href: facetFeedPath('co-quan', org),
});

/** What the open data page says of the feeds: the site's two and the size of each kind of feed. */
export const feedDirectory = () => ({
  size: FEED_SIZE,
  shelfSize: SHELF_FEED_SIZE,
  documents: feedPath('documents'),
  news: feedPath('news'),
});
