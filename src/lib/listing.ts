/**
 * Static, JavaScript-free listings: one page per filter value and per page number,
 * e.g. `/van-ban/`, `/van-ban/trang-2/`, `/van-ban/loai/ke-hoach/`, `/van-ban/nam/2025/trang-2/`,
 * and, for the facets that combine, one page per pair of values:
 * `/van-ban/loai/ke-hoach/nam/2026/` (keys always in the order of the combining list).
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

/** A filter in force on a listing page. */
export interface ActiveFilter {
  key: string;
  /** The facet's label: "Loại văn bản". */
  label: string;
  value: string;
  valueLabel: string;
  /** The page without this filter (the others kept). */
  removeHref: string;
}

interface FacetValue {
  value: string;
  label: string;
  /** How many items the linked page lists (the whole list for the current value). */
  count: number;
  /** The page this value leads to; none when it would be empty, or for the current value. */
  href?: string | undefined;
  /** This value is one of the filters in force. */
  current: boolean;
}

export interface FacetSummary {
  key: string;
  label: string;
  values: FacetValue[];
  /**
   * Its links cannot add to the filters in force (a facet that does not combine, or a
   * page with as many filters as combine): they lead to the value's own page, counts
   * over the whole list.
   */
  replaces: boolean;
}

export interface ListingPage<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
  /** Hrefs of pages 1..pages of this listing. */
  pageHrefs: string[];
  /** The filters in force, in the canonical order of the address; none on the whole list. */
  filters: ActiveFilter[];
  /** The first filter in force, if any (for templates that only ask whether a page is filtered). */
  filter?: ActiveFilter | undefined;
  facets: FacetSummary[];
  /** The unfiltered listing's href. */
  baseHref: string;
}

/**
 * At most this many filters at once. Each document is on one page of each pair of
 * facets, so pairs add about (pairs × list size / page size) pages plus one per
 * non-empty pair; a third filter would multiply the pairs' count again.
 */
const MAX_FILTERS = 2;

function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang-${page}/`;
}

/** One selected value per facet key. */
type Selection = ReadonlyMap<string, string>;

/**
 * The address of a set of filters under `base`, or undefined when no page has it: more
 * than `MAX_FILTERS` filters, or several filters of which one does not combine. The keys
 * go in the order of `combine`, so each set has one address.
 */
export function filterHref(base: string, selection: Selection, combine: readonly string[]): string | undefined {
  const keys = [...selection.keys()];
  if (keys.length > MAX_FILTERS) return undefined;
  if (keys.length > 1 && keys.some((k) => !combine.includes(k))) return undefined;
  keys.sort((a, b) => combine.indexOf(a) - combine.indexOf(b));
  return base + keys.map((k) => `${k}/${selection.get(k)}/`).join('');
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

/** Items by value of a facet, each list in the given order. */
function groupBy<T>(items: T[], facet: Facet<T>) {
  const byValue = new Map<string, T[]>();
  for (const item of items) {
    for (const v of new Set(facet.values(item))) {
      const list = byValue.get(v);
      if (list) list.push(item);
      else byValue.set(v, [item]);
    }
  }
  return byValue;
}

/**
 * Every listing page for a collection: the whole list, one list per facet value and,
 * for any two of the facets in `combine` (their keys, in the order of the address), one
 * list per pair of values that has items; each split into pages of `size`. Returns
 * Astro `getStaticPaths` entries for a `[...path]` route under `base` (the path is
 * `undefined` for the first page).
 *
 * Each page's filter panel links every value to the page a reader means by it: the
 * current filters with that value added, or put in place of the same facet's value; if
 * no page has that set, the value's own page. Its count is that page's number of items,
 * and a value whose page would be empty has no link.
 */
export function listingPaths<T>(
  items: T[],
  facets: Facet<T>[],
  size: number,
  base: string,
  combine: readonly string[] = [],
) {
  const groups = new Map(facets.map((f) => [f.key, groupBy(items, f)]));
  const orders = new Map(
    facets.map((f) => {
      const order = f.compare ?? ((a: string, b: string) => f.valueLabel(a).localeCompare(f.valueLabel(b), 'vi'));
      return [f.key, [...groups.get(f.key)!.keys()].sort(order)];
    }),
  );
  const combining = facets.filter((f) => combine.includes(f.key));

  /** The items of every page's filter set, by its address; filled as the sets are made. */
  const lists = new Map<string, { selection: Selection; items: T[] }>([[base, { selection: new Map(), items }]]);
  for (const f of facets) {
    for (const v of orders.get(f.key)!) {
      const selection = new Map([[f.key, v]]);
      lists.set(filterHref(base, selection, combine)!, { selection, items: groups.get(f.key)!.get(v)! });
    }
  }
  for (const [i, a] of combining.entries()) {
    for (const b of combining.slice(i + 1)) {
      for (const va of orders.get(a.key)!) {
        const listA = groups.get(a.key)!.get(va)!;
        for (const [vb, list] of groupBy(listA, b)) {
          const selection = new Map([
            [a.key, va],
            [b.key, vb],
          ]);
          lists.set(filterHref(base, selection, combine)!, { selection, items: list });
        }
      }
    }
  }

  /** Counts of each facet's values within a list, made once per list. */
  const countCache = new Map<string, Map<string, Map<string, number>>>();
  const countsOf = (href: string) => {
    let counts = countCache.get(href);
    if (!counts) {
      const list = lists.get(href)?.items ?? [];
      counts = new Map(facets.map((f) => [f.key, new Map([...groupBy(list, f)].map(([v, l]) => [v, l.length]))]));
      countCache.set(href, counts);
    }
    return counts;
  };
  const without = (s: Selection, key: string) => new Map([...s].filter(([k]) => k !== key));

  function facetsFor(selection: Selection): FacetSummary[] {
    return facets.map((f) => {
      const others = without(selection, f.key);
      const combined = filterHref(base, new Map([...others, [f.key, '-']]), combine);
      // Within the other filters when a page has them with this facet; else the value's own page.
      const within = combined ? others : new Map<string, string>();
      const counts = countsOf(filterHref(base, within, combine)!).get(f.key)!;
      return {
        key: f.key,
        label: f.label,
        replaces: !combined && selection.size > 0,
        values: orders.get(f.key)!.map((v) => {
          const count = counts.get(v) ?? 0;
          const current = selection.get(f.key) === v;
          return {
            value: v,
            label: f.valueLabel(v),
            count,
            current,
            href: count > 0 && !current ? filterHref(base, new Map([...within, [f.key, v]]), combine) : undefined,
          };
        }),
      };
    });
  }

  const labelOf = new Map(facets.map((f) => [f.key, f]));
  const out: ReturnType<typeof paginate<T>> = [];
  for (const [href, { selection, items: list }] of lists) {
    const filters: ActiveFilter[] = [...selection].map(([key, value]) => {
      const f = labelOf.get(key)!;
      return {
        key,
        label: f.label,
        value,
        valueLabel: f.valueLabel(value),
        removeHref: filterHref(base, without(selection, key), combine)!,
      };
    });
    filters.sort((a, b) => combine.indexOf(a.key) - combine.indexOf(b.key));
    out.push(
      ...paginate(list, size, href, { filters, filter: filters[0], facets: facetsFor(selection), baseHref: base }),
    );
  }
  return out.map(({ href, props }) => {
    const rest = href.slice(base.length).replace(/\/$/, '');
    return { params: { path: rest || undefined }, props };
  });
}
