/**
 * Static, JavaScript-free listings: one page per filter value and per page number,
 * e.g. `/van-ban/`, `/van-ban/trang-2/`, `/van-ban/loai/ke-hoach/`, `/van-ban/nam/2025/trang-2/`.
 */

export interface Facet<T> {
  /** URL segment: `loai`, `nam`, `co-quan`. */
  key: string;
  /** Heading of the filter group: "Loại văn bản". */
  label: string;
  /** Value slugs an item belongs to (none, one or several). */
  values: (item: T) => string[];
  /** What a reader sees for a value slug. */
  valueLabel: (value: string) => string;
  /** Order of the values; default: by label. */
  compare?: (a: string, b: string) => number;
}

interface FacetValue {
  value: string;
  label: string;
  count: number;
  href: string;
}

export interface FacetSummary {
  key: string;
  label: string;
  values: FacetValue[];
}

export interface ListingPage<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
  /** Hrefs of pages 1..pages of this listing. */
  pageHrefs: string[];
  /** The filter in force, if any. */
  filter?: { key: string; label: string; value: string; valueLabel: string } | undefined;
  facets: FacetSummary[];
  /** The unfiltered listing's href. */
  baseHref: string;
}

function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang-${page}/`;
}

function paginate<T>(
  items: T[],
  size: number,
  base: string,
  extra: Omit<ListingPage<T>, 'items' | 'page' | 'pages' | 'pageHrefs' | 'total'>,
) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const pageHrefs = Array.from({ length: pages }, (_, i) => pageHref(base, i + 1));
  return Array.from({ length: pages }, (_, i) => ({
    href: pageHrefs[i]!,
    props: {
      ...extra,
      items: items.slice(i * size, (i + 1) * size),
      total: items.length,
      page: i + 1,
      pages,
      pageHrefs,
    } satisfies ListingPage<T>,
  }));
}

/**
 * Every listing page for a collection: the whole list and one list per facet value,
 * each split into pages of `size`. Returns Astro `getStaticPaths` entries for a
 * `[...path]` route under `base` (the path is `undefined` for the first page).
 */
export function listingPaths<T>(items: T[], facets: Facet<T>[], size: number, base: string) {
  const groups = facets.map((f) => {
    const byValue = new Map<string, T[]>();
    for (const item of items) {
      for (const v of new Set(f.values(item))) {
        const list = byValue.get(v);
        if (list) list.push(item);
        else byValue.set(v, [item]);
      }
    }
    const order = f.compare ?? ((a: string, b: string) => f.valueLabel(a).localeCompare(f.valueLabel(b), 'vi'));
    const values = [...byValue.keys()].sort(order);
    return { facet: f, byValue, values };
  });
  const facets_: FacetSummary[] = groups.map(({ facet, byValue, values }) => ({
    key: facet.key,
    label: facet.label,
    values: values.map((v) => ({
      value: v,
      label: facet.valueLabel(v),
      count: byValue.get(v)!.length,
      href: `${base}${facet.key}/${v}/`,
    })),
  }));
  const out = paginate(items, size, base, { facets: facets_, baseHref: base });
  for (const { facet, byValue, values } of groups) {
    for (const v of values) {
      const filter = { key: facet.key, label: facet.label, value: v, valueLabel: facet.valueLabel(v) };
      out.push(
        ...paginate(byValue.get(v)!, size, `${base}${facet.key}/${v}/`, { facets: facets_, baseHref: base, filter }),
      );
    }
  }
  return out.map(({ href, props }) => {
    const rest = href.slice(base.length).replace(/\/$/, '');
    return { params: { path: rest || undefined }, props };
  });
}
