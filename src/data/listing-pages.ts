/**
 * The faceted listings (`/van-ban/`, `/guong-dien-hinh/`, `/tin-tuc/`, each also by
 * filter, two combined filters, and page number): their paths, and what each page is
 * called. A filtered page is named after its filters ("Văn bản: Kế hoạch, năm 2026",
 * "Tin tức năm 2025"), a later page says its number in `<title>`, and the breadcrumbs
 * lead back through each filter to the whole listing, so the templates only render and
 * the naming is tested without a build.
 */
import { listingPaths, type ActiveFilter, type Facet, type ListingPage } from '../lib/listing.ts';
import { sectionPath } from '../lib/routes.ts';
import { entriesOf, resolveOne, site, type Doc, type EntryOf, type Org, type Site } from './content.ts';
import { documentCombined, documentFacets, exemplarFacets, newsFacets, pageSize } from './facets.ts';

/** One step of a page's breadcrumbs; the last, the page itself, has no address. */
export interface Crumb {
  href?: string | undefined;
  label: string;
}

type Filter = ActiveFilter;

/** The collections listed with filters and page numbers. */
type ListingCollection = 'documents' | 'exemplars' | 'news';

/** A filter as words: "Kế hoạch", and a year "năm 2026". */
const phrase = (f: Filter) =>
  f.key === 'nam' ? `năm ${f.value}` : f.key === 'hieu-luc' ? f.valueLabel.toLowerCase() : f.valueLabel;

/**
 * How a listing is named: its crumb, its heading, a filtered page's heading ("Văn bản:
 * Kế hoạch, năm 2026") and the crumb of each of its filters.
 */
const names: Record<
  ListingCollection,
  { crumb: string; heading: string; filtered: (fs: Filter[]) => string; step: (f: Filter) => string }
> = {
  documents: {
    crumb: 'Văn bản',
    heading: 'Văn bản',
    filtered: (fs) => `Văn bản: ${fs.map(phrase).join(', ')}`,
    step: phrase,
  },
  exemplars: {
    crumb: 'Gương điển hình',
    heading: 'Gương điển hình tiên tiến',
    filtered: (fs) => `Gương điển hình: ${fs.map((f) => f.valueLabel).join(', ')}`,
    step: (f) => f.valueLabel,
  },
  news: {
    crumb: 'Tin tức',
    heading: 'Tin tức',
    filtered: (fs) =>
      fs.length === 1 && fs[0]!.key === 'nam' ? `Tin tức năm ${fs[0]!.value}` : `Tin tức: ${fs.map(phrase).join(', ')}`,
    step: (f) => f.valueLabel,
  },
};

const facetsOf: { [C in ListingCollection]: (s: Site) => Facet<EntryOf[C]>[] } = {
  documents: documentFacets,
  exemplars: exemplarFacets,
  news: newsFacets,
};

/** The facets of each listing that combine two at a time. */
const combinedOf: Record<ListingCollection, readonly string[]> = {
  documents: documentCombined,
  exemplars: [],
  news: [],
};

/** Every page of a listing: the whole list and each filter, split into pages. */
export function listingPages<C extends ListingCollection>(s: Site, c: C) {
  return listingPaths(entriesOf(s, c), facetsOf[c](s), pageSize[c], sectionPath(c), combinedOf[c]);
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
  const { filters } = listing;
  const heading = filters.length > 0 ? n.filtered(filters) : n.heading;
  // Each filter a step: "Văn bản › Kế hoạch › năm 2026", each step but the last a link
  // to the page of the filters up to it.
  const steps = filters.map((f, i) => ({ href: filters[i + 1]?.removeHref, label: n.step(f) }));
  return {
    heading,
    title: listing.page > 1 ? `${heading} (trang ${listing.page})` : heading,
    breadcrumbs: filters.length > 0 ? [{ href: sectionPath(c), label: n.crumb }, ...steps] : [{ label: n.crumb }],
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
