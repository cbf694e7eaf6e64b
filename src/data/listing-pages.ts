/**
 * The faceted listings (`/van-ban/`, `/guong-dien-hinh/`, `/tin-tuc/`, each also by
 * filter and by page number): their paths, and what each page is called. A filtered
 * page is named after its filter ("Văn bản: Kế hoạch", "Tin tức năm 2025"), a later page
 * says its number in `<title>`, and the breadcrumbs lead back to the whole listing, so
 * the templates only render and the naming is tested without a build.
 */
import { listingPaths, type Facet, type ListingPage } from '../lib/listing.ts';
import { sectionPath } from '../lib/routes.ts';
import { entriesOf, resolveOne, site, type Doc, type EntryOf, type Org, type Site } from './content.ts';
import { documentFacets, exemplarFacets, newsFacets, pageSize } from './facets.ts';

/** One step of a page's breadcrumbs; the last, the page itself, has no address. */
export interface Crumb {
  href?: string | undefined;
  label: string;
}

type Filter = NonNullable<ListingPage<unknown>['filter']>;

/** The collections listed with filters and page numbers. */
type ListingCollection = 'documents' | 'exemplars' | 'news';

/** How a listing is named: its crumb, its heading, and the heading of a filtered page. */
const names: Record<ListingCollection, { crumb: string; heading: string; filtered: (f: Filter) => string }> = {
  documents: { crumb: 'Văn bản', heading: 'Văn bản', filtered: (f) => `Văn bản: ${f.valueLabel}` },
  exemplars: {
    crumb: 'Gương điển hình',
    heading: 'Gương điển hình tiên tiến',
    filtered: (f) => `Gương điển hình: ${f.valueLabel}`,
  },
  news: {
    crumb: 'Tin tức',
    heading: 'Tin tức',
    filtered: (f) => (f.key === 'nam' ? `Tin tức năm ${f.value}` : `Tin tức: ${f.valueLabel}`),
  },
};

const facetsOf: { [C in ListingCollection]: (s: Site) => Facet<EntryOf[C]>[] } = {
  documents: documentFacets,
  exemplars: exemplarFacets,
  news: newsFacets,
};

/** Every page of a listing: the whole list and each filter, split into pages. */
export function listingPages<C extends ListingCollection>(s: Site, c: C) {
  return listingPaths(entriesOf(s, c), facetsOf[c](s), pageSize[c], sectionPath(c));
}

/** The `getStaticPaths` of a listing, each page's `ListingPage` as its props. */
export const listingStaticPaths = async (c: ListingCollection) => listingPages(await site(), c);

export interface ListingView<T> {
  /** The page's heading: the listing's, or its filter's. */
  heading: string;
  /** The page's `<title>`: the heading, with the page number after the first page. */
  title: string;
  breadcrumbs: Crumb[];
  items: T[];
}

/** What a page of a listing is called and shows. */
export function listingView<C extends ListingCollection>(
  c: C,
  listing: ListingPage<EntryOf[C]>,
): ListingView<EntryOf[C]> {
  const n = names[c];
  const heading = listing.filter ? n.filtered(listing.filter) : n.heading;
  return {
    heading,
    title: listing.page > 1 ? `${heading} (trang ${listing.page})` : heading,
    breadcrumbs: listing.filter
      ? [{ href: sectionPath(c), label: n.crumb }, { label: listing.filter.valueLabel }]
      : [{ label: n.crumb }],
    items: listing.items,
  };
}

/** A page of the documents listing, each document with its issuer, as its row shows it. */
export function documentListingView(
  listing: ListingPage<Doc>,
  s: Site,
): ListingView<{ doc: Doc; issuer: Org | undefined }> {
  const view = listingView('documents', listing);
  return { ...view, items: view.items.map((doc) => ({ doc, issuer: resolveOne(s.org, doc.data.issuer) })) };
}
