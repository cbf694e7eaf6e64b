/**
 * The reader's side of search: Pagefind with Vietnamese folding (src/lib/search-text.ts),
 * document numbers in any spelling, and honest results: when a word of the query matches
 * nothing, Pagefind would silently drop it (or fall back to a shorter word); we say so
 * instead of showing results for a different query.
 */
import { fold } from '../../vocabulary/fold.ts';
import {
  capQuery,
  decodeFromIndex,
  documentNumberQuery,
  encodeForIndex,
  queryTerms,
  wordMatchesTerm,
} from '../../lib/search-text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    o?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> | undefined },
  ) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export type Filters = Record<string, string[]>;

export interface Hit {
  url: string;
  title: string;
  type: string;
  date: string;
  number?: string | undefined;
  /** HTML with <mark> around the matched words; text already escaped by Pagefind. */
  excerpt: string;
  /** The section of a document the best match is in, when there is one. */
  section?: { title: string; url: string } | undefined;
}

export interface SearchOutcome {
  /** What was searched: the query as typed, cut to its first words when it was long (`capQuery`). */
  query: string;
  /** Whether words of the query were left out. */
  shortened: boolean;
  /** Words of the query that match nothing on the site. */
  unmatched: string[];
  total: number;
  hits: Hit[];
  /** Values and counts of each filter for this query. */
  facets: Record<string, { value: string; count: number }[]>;
  /** Every value each filter can take, for a stable filter pane; empty unless asked for. */
  allFacets: Record<string, { value: string; count: number }[]>;
}

/** Told to the reader when the query was cut (`capQuery`): "Chỉ tìm theo 12 từ đầu tiên của câu tìm kiếm." */
export const shortenedNote = (o: SearchOutcome) =>
  `Chỉ tìm theo ${o.query.split(' ').length} từ đầu tiên của câu tìm kiếm.`;

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, when the reader first needs it. */
function loadPagefind(base = '/pagefind/'): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // A reader who types marks means them: a word with exactly those marks outranks the
    // same letters with other marks ("đua" over "dưa", "Đảng" over "đăng", "dạng").
    await pf.options({ excerptLength: 24, ranking: { diacriticSimilarity: 2 } });
    await pf.init();
    return pf;
  })();
  return loading;
}

const encodeFilters = (filters: Filters) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length)
      .map(([k, v]) => [k, { any: v.map(encodeForIndex) }]),
  );

const sortOption = (sort: SortOrder) =>
  sort === 'newest' ? { date: 'desc' as const } : sort === 'oldest' ? { date: 'asc' as const } : undefined;

function facetList(raw: Record<string, Record<string, number>> | undefined) {
  const out: SearchOutcome['facets'] = {};
  for (const [name, values] of Object.entries(raw ?? {})) {
    out[name] = Object.entries(values)
      .map(([value, count]) => ({ value: decodeFromIndex(value), count }))
      .sort((a, b) => (name === 'year' ? Number(b.value) - Number(a.value) : a.value.localeCompare(b.value, 'vi')));
  }
  return out;
}

/** Pagefind's search without folding marks; the option is global, so searches take turns. */
let queue: Promise<unknown> = Promise.resolve();
function exactSearch(pf: Pagefind, term: string, opts: Parameters<Pagefind['search']>[1]): Promise<PagefindResponse> {
  const next = queue.then(async () => {
    await pf.options({ exactDiacritics: true });
    try {
      return await pf.search(term, opts);
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Whether Pagefind's best answer for one word really contains that word. */
async function termIsFound(pf: Pagefind, term: string): Promise<boolean> {
  const res = await pf.search(encodeForIndex(term));
  const first = res.results[0];
  if (!first) return false;
  const data = await first.data();
  const words = data.content.split(/\s+/);
  const found = data.locations.some((loc) => {
    const w = words[loc];
    return w !== undefined && wordMatchesTerm(decodeFromIndex(w), term);
  });
  // Locations count words of the indexed text, which can drift from the plain content
  // by a word or two around punctuation; the excerpt's marks are the fallback.
  if (found) return true;
  const marked = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeFromIndex(m[1]!));
  return marked.some((w) => wordMatchesTerm(w, term));
}

async function toHit(r: PagefindResult): Promise<Hit> {
  const d = await r.data();
  // The section a match is in, unless it is the generic "Nội dung văn bản" wrapper.
  const best = d.sub_results?.find(
    (s) => s.url !== d.url && s.url.includes('#') && !s.url.endsWith('#noi-dung-van-ban'),
  );
  return {
    url: d.url,
    title: decodeFromIndex(d.meta.title ?? d.url),
    type: decodeFromIndex(d.meta.type ?? ''),
    date: d.meta.date ?? '',
    number: d.meta.number ? decodeFromIndex(d.meta.number) : undefined,
    excerpt: decodeFromIndex(best?.excerpt ?? d.excerpt),
    section: best ? { title: decodeFromIndex(best.title), url: best.url } : undefined,
  };
}

/**
 * Runs a query. `limit` hits are loaded (each costs a fragment request); `total` counts
 * them all. A document number goes first when the query is one.
 */
export async function runSearch(
  query: string,
  filters: Filters = {},
  sort: SortOrder = 'relevance',
  limit = 10,
  /** Load every filter's values (about 100 KB at 10,000 pages): only when the pane is open. */
  withFacets = false,
): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  // Every way in (the search page, a shared link, the header box) is cut here, so the
  // work below is bounded however long the query.
  const { query: q, shortened } = capQuery(query);
  const opts = { filters: encodeFilters(filters), sort: sortOption(sort) };
  const allFacets = withFacets ? facetList(await pf.filters()) : {};
  if (!q) {
    if (!Object.keys(opts.filters).length)
      return { query: q, shortened, unmatched: [], total: 0, hits: [], facets: allFacets, allFacets };
    const res = await pf.search(null, { ...opts, sort: opts.sort ?? { date: 'desc' } });
    return {
      query: q,
      shortened,
      unmatched: [],
      total: res.results.length,
      hits: await Promise.all(res.results.slice(0, limit).map(toHit)),
      facets: facetList(res.filters),
      allFacets,
    };
  }

  const numberQuery = documentNumberQuery(q);
  const terms = queryTerms(q);
  const numberRes = numberQuery ? await pf.search(encodeForIndex(numberQuery), opts) : undefined;
  // Typed with marks: pages with exactly those marks first, then the folded matches.
  const marked = fold(q) !== q.toLowerCase();
  const exactRes = marked ? await exactSearch(pf, encodeForIndex(q), opts) : undefined;
  const res = await pf.search(encodeForIndex(q), opts);

  // Honest results: every word must be found somewhere, or we say which one is not.
  const unmatched: string[] = [];
  if (!numberRes?.results.length) {
    // One search per distinct word: "tốt tốt tốt…" costs one.
    for (const term of new Set(terms)) if (!(await termIsFound(pf, term))) unmatched.push(term);
  }
  if (unmatched.length)
    return { query: q, shortened, unmatched, total: 0, hits: [], facets: facetList(res.filters), allFacets };

  const seen = new Set<string>();
  const ordered = [...(numberRes?.results ?? []), ...(exactRes?.results ?? []), ...res.results].filter((r) =>
    seen.has(r.id) ? false : (seen.add(r.id), true),
  );
  return {
    query: q,
    shortened,
    unmatched,
    total: ordered.length,
    hits: await Promise.all(ordered.slice(0, limit).map(toHit)),
    facets: facetList(res.filters),
    allFacets,
  };
}
