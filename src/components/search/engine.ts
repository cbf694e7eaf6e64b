/**
 * The reader's side of search: Pagefind with Vietnamese folding (src/lib/search-text.ts),
 * document numbers in any spelling, and honest results: when a word of the query matches
 * nothing, Pagefind would silently drop it (or fall back to a shorter word); we say so
 * instead of showing results for a different query.
 */
import { fold } from '../../vocabulary/fold.ts';
import { typedReadings } from '../../vocabulary/typing.ts';
import { queryIntent } from '../../lib/search-intent.ts';
import {
  capQuery,
  decodeFromIndex,
  documentNumberQuery,
  encodeForIndex,
  hasMarks,
  queryTerms,
  wordMatchesTerm,
} from '../../lib/search-text.ts';
import { rankCandidates, rerankLoaded } from './rank.ts';
import { inVocabulary, suggestQuery } from './suggest.ts';

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
  /** Positions of the matched words in the page. */
  words: number[];
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
  /** A document's validity on the build date: its label and state slug (SearchMeta). */
  validity?: { label: string; state: string } | undefined;
  /** HTML with <mark> around the matched words; text already escaped by Pagefind. */
  excerpt: string;
  /** The section of a document the best match is in, when there is one. */
  section?: { title: string; url: string } | undefined;
}

export interface SearchOutcome {
  /** What was searched: the query as typed, cut to its first words when it was long (`capQuery`). */
  query: string;
  /**
   * The query as it was read when typed with the Vietnamese keyboard off ("khen thuowng"
   * read as "khen thương"): the results are for this reading.
   */
  readAs?: string | undefined;
  /** When nothing was found: the query with its unknown words corrected, which finds something. */
  suggestion?: string | undefined;
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

/**
 * One word searched alone: whether Pagefind's best answer really contains it (Pagefind
 * falls back silently to a shorter word), and where it stands in every page that has it.
 */
async function termSearch(
  pf: Pagefind,
  term: string,
  typing: boolean,
): Promise<{ found: boolean; positions: Map<string, number[]> }> {
  // A word typed with marks in a submitted query is whole; while typing, it may be the start of one.
  const whole = !typing && hasMarks(term);
  const res = await pf.search(encodeForIndex(term));
  const positions = new Map(res.results.map((r) => [r.id, r.words ?? []]));
  const first = res.results[0];
  if (!first) return { found: false, positions };
  // A whole word: the site's vocabulary says exactly (Pagefind's first page may match a longer word).
  const known = whole ? await inVocabulary(term) : undefined;
  if (known !== undefined) return { found: known, positions };
  const data = await first.data();
  const words = data.content.split(/\s+/);
  const found = data.locations.some((loc) => {
    const w = words[loc];
    return w !== undefined && wordMatchesTerm(decodeFromIndex(w), term, whole);
  });
  // Locations count words of the indexed text, which can drift from the plain content
  // by a word or two around punctuation; the excerpt's marks are the fallback.
  if (found) return { found, positions };
  const marked = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeFromIndex(m[1]!));
  return { found: marked.some((w) => wordMatchesTerm(w, term, whole)), positions };
}

/** Every distinct word of a reading searched alone: the words found nowhere, and the positions of each word. */
async function readWords(pf: Pagefind, terms: readonly string[], typing: boolean) {
  const searched = new Map<string, Awaited<ReturnType<typeof termSearch>>>();
  // One search per distinct word: "tốt tốt tốt…" costs one.
  for (const term of new Set(terms)) searched.set(term, await termSearch(pf, term, typing));
  return {
    unmatched: [...searched].filter(([, r]) => !r.found).map(([t]) => t),
    positions: terms.map((t) => searched.get(t)!.positions),
  };
}

async function toHit(r: PagefindResult, loaded?: PagefindResultData): Promise<Hit> {
  const d = loaded ?? (await r.data());
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
    validity: d.meta.validity
      ? { label: decodeFromIndex(d.meta.validity), state: d.meta.validityState ?? '' }
      : undefined,
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
  /** The header box, while the reader types: the last word may be the beginning of one. */
  typing = false,
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
      hits: await Promise.all(res.results.slice(0, limit).map((r) => toHit(r))),
      facets: facetList(res.filters),
      allFacets,
    };
  }

  const numberQuery = documentNumberQuery(q);
  const numberRes = numberQuery ? await pf.search(encodeForIndex(numberQuery), opts) : undefined;
  const numbered = Boolean(numberRes?.results.length);

  // Honest results: every word must be found somewhere. When one is not, the query may
  // have been typed with the Vietnamese keyboard off: its Telex or VNI reading is taken
  // if every word of it is found. Otherwise we say which word is not, and offer the
  // query with that word corrected from the site's own vocabulary.
  let reading = q;
  let readAs: string | undefined;
  let words = numbered ? { unmatched: [], positions: [] } : await readWords(pf, queryTerms(q), typing);
  if (words.unmatched.length) {
    for (const alternative of typedReadings(q)) {
      const read = await readWords(pf, queryTerms(alternative), typing);
      if (read.unmatched.length) continue;
      [reading, readAs, words] = [alternative, alternative, read];
      break;
    }
  }
  if (words.unmatched.length) {
    const res = await pf.search(encodeForIndex(q), opts);
    const suggestion = await suggestQuery(q, words.unmatched).catch(() => undefined);
    return {
      query: q,
      shortened,
      unmatched: words.unmatched,
      suggestion,
      total: 0,
      hits: [],
      facets: facetList(res.filters),
      allFacets,
    };
  }

  // Typed with marks: pages with exactly those marks rank up (not for a Telex or VNI
  // reading, whose tone the reader may not have typed at all).
  const marked = !readAs && fold(reading) !== reading.toLowerCase();
  const exactRes = marked ? await exactSearch(pf, encodeForIndex(reading), opts) : undefined;
  const res = await pf.search(encodeForIndex(reading), opts);
  // A kind of document or a section named in the query: its pages that match the rest,
  // and for a section its first listing page. Not when the reader has chosen that filter.
  const named = numbered ? undefined : queryIntent(reading);
  const intent = named && !filters[named.filter]?.length ? named : undefined;
  const intentRes = intent
    ? await pf.search(intent.rest ? encodeForIndex(intent.rest) : null, {
        ...opts,
        filters: { ...opts.filters, [intent.filter]: { any: [encodeForIndex(intent.value)] } },
      })
    : undefined;
  const landingRes =
    intent?.filter === 'type' && !Object.keys(opts.filters).length
      ? await pf.search(null, { filters: { landing: { any: [encodeForIndex(intent.value)] } } })
      : undefined;

  const byId = new Map<string, PagefindResult>();
  for (const r of [
    ...(numberRes?.results ?? []),
    ...res.results,
    ...(intentRes?.results ?? []),
    ...(landingRes?.results ?? []),
  ])
    if (!byId.has(r.id)) byId.set(r.id, r);
  const ids = (list?: PagefindResult[]) => new Set((list ?? []).map((r) => r.id));
  const ranked = rankCandidates({
    candidates: [...byId.values()].map((r) => ({ id: r.id, score: r.score })),
    positions: words.positions,
    numbered: ids(numberRes?.results),
    intended: ids(intentRes?.results),
    landing: ids(landingRes?.results),
    exact: ids(exactRes?.results),
  });
  // A date order asked for keeps Pagefind's sort (the reader chose it): no re-ranking.
  const ordered: Array<{ id: string; rank?: number }> = sort === 'relevance' ? ranked : [...byId.values()];

  // The first pages are loaded (they are shown); their titles and tiers settle their order.
  // Pagefind's own best three come too: a short page whose title is the query (a section,
  // an organization) can be outranked in stage 1 by the pages of an intent.
  const window = sort === 'relevance' ? Math.max(limit, Math.min(LOADED, limit + 4)) : limit;
  const chosen = ordered.slice(0, window);
  if (sort === 'relevance')
    for (const r of [...res.results.slice(0, 3), ...(landingRes?.results ?? [])])
      if (!chosen.some((c) => c.id === r.id)) chosen.push(ranked.find((c) => c.id === r.id)!);
  const head = await Promise.all(
    chosen.map(async (c) => {
      const r = byId.get(c.id)!;
      return { r, data: await r.data() };
    }),
  );
  const settled =
    sort === 'relevance'
      ? rerankLoaded(
          head.map((h, i) => ({
            item: { ...h, id: h.r.id, rank: chosen[i]!.rank ?? 0 },
            page: {
              title: decodeFromIndex(h.data.meta.title ?? ''),
              alias: h.data.meta.alias ? decodeFromIndex(h.data.meta.alias) : undefined,
              tier: h.data.meta.tier,
            },
          })),
          reading,
          ids(landingRes?.results),
        )
      : head;
  return {
    query: q,
    readAs,
    shortened,
    unmatched: [],
    total: byId.size,
    hits: await Promise.all(settled.slice(0, limit).map((h) => toHit(h.r, h.data))),
    facets: facetList(res.filters),
    allFacets,
  };
}

/** How many of the first pages are loaded to settle their order: a few more than a page of results. */
const LOADED = 12;
