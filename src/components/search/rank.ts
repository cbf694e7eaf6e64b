/**
 * How the search page orders Pagefind's matches, as a person reads them
 * (docs/adr/0010-search-ranking.md). Pagefind scores each page by its words (BM25 with
 * the weights of headings); on top of that:
 *
 * 1. a document number typed in any spelling comes first;
 * 2. the pages of the kind or section the query names (`chỉ thị`, `người tốt việc tốt`);
 * 3. the query's words standing together and in order (a phrase) in the page, then all
 *    of them close to each other; typed with marks, the pages with exactly those marks;
 * 4. among the first pages, loaded to be shown anyway: the query in the title, and the
 *    site's own pages (organizations, sections, the honor roll) after the entries unless
 *    their title is what was asked for.
 *
 * Stage 1 uses only what Pagefind returns without loading a page: each word's positions in
 * each page, from the one search per word the page already runs to check the word exists.
 * Stage 2 uses the loaded pages: their title, their words and their tier.
 */
import { fold } from '../../vocabulary/fold.ts';

/** A match from Pagefind before its page is loaded. */
export interface Candidate {
  id: string;
  score: number;
}

export interface StageOne {
  /** Pagefind's scores of the query's search, by page. */
  candidates: Candidate[];
  /** For each word of the query in order, the positions of its matches in each page. */
  positions: Array<Map<string, number[]>>;
  /** Pages with a document number the query is (always first). */
  numbered?: ReadonlySet<string>;
  /** Pages of the kind or section the query names. */
  intended?: ReadonlySet<string>;
  /** The first listing page of the section the query names. */
  landing?: ReadonlySet<string>;
  /** Pages with the words typed with exactly the reader's marks. */
  exact?: ReadonlySet<string>;
}

/** Bonuses on Pagefind's score, itself scaled to at most 1 for the best page. */
const WEIGHTS = {
  number: 10,
  intent: 4,
  /** The first page of the section the query names: before the section's own pages. */
  landing: 6,
  phrase: 1,
  near: 0.4,
  exact: 0.5,
  titlePhrase: 1.5,
  /** The title begins with the query: an organization's or a person's name, a section. */
  titleStarts: 3,
  titleIs: 4,
} as const;

/**
 * The smallest span of positions holding every word once, in any order (Infinity when a
 * word is missing), and whether the words stand together in the query's order.
 */
export function proximity(lists: ReadonlyArray<readonly number[]>): { phrase: boolean; span: number } {
  if (!lists.length || lists.some((l) => !l.length)) return { phrase: false, span: Infinity };
  const first = new Set(lists[0]);
  const phrase = [...first].some((p) => lists.every((l, k) => l.includes(p + k)));
  // Smallest window covering one position of every list: merge and slide.
  const all = lists.flatMap((l, k) => l.map((p) => [p, k] as const)).sort((a, b) => a[0] - b[0]);
  const need = lists.length;
  const count = new Array<number>(need).fill(0);
  let have = 0;
  let span = Infinity;
  let left = 0;
  for (const [pos, k] of all) {
    count[k] = (count[k] ?? 0) + 1;
    if (count[k] === 1) have++;
    while (have === need) {
      const [lpos, lk] = all[left]!;
      span = Math.min(span, pos - lpos + 1);
      if (--count[lk]! === 0) have--;
      left++;
    }
  }
  return { phrase, span };
}

/** Stage 1: every candidate's score from the index alone, best first. */
export function rankCandidates(input: StageOne): Array<Candidate & { rank: number }> {
  const best = Math.max(...input.candidates.map((c) => c.score), Number.EPSILON);
  const words = input.positions.length;
  return input.candidates
    .map((c) => {
      let rank = c.score / best;
      if (input.numbered?.has(c.id)) rank += WEIGHTS.number;
      if (input.intended?.has(c.id)) rank += WEIGHTS.intent;
      if (input.landing?.has(c.id)) rank += WEIGHTS.landing;
      if (input.exact?.has(c.id)) rank += WEIGHTS.exact;
      if (words > 1) {
        const { phrase, span } = proximity(input.positions.map((m) => m.get(c.id) ?? []));
        if (phrase) rank += WEIGHTS.phrase;
        else if (span <= words + 3) rank += WEIGHTS.near;
      }
      return { ...c, rank };
    })
    .sort((a, b) => b.rank - a.rank);
}

/** What stage 2 reads of a loaded page. */
export interface Loaded {
  title: string;
  /** Another name the page answers to: an organization's short name ("SNV", "UBND tỉnh"). */
  alias?: string | undefined;
  /** 2 for the site's own pages (organizations, sections, honor roll); entries have none. */
  tier?: string | undefined;
}

/** Folded words of a text, space-separated, padded for whole-word search. */
const padded = (text: string) =>
  ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Stage 2 on the first pages, loaded to be shown: the query as a phrase in the title ranks
 * a page up, a title that begins with it (a name) more, the whole title being the query
 * (a section) most;
 * a page of tier 2 counts half unless its title holds the query. Returns the new order.
 */
export function rerankLoaded<T extends { rank: number; id: string }>(
  items: ReadonlyArray<{ item: T; page: Loaded }>,
  query: string,
  /** The first listing page of the section the query names: never counted half. */
  landing: ReadonlySet<string> = new Set(),
): T[] {
  const q = padded(query);
  const scored = items.map(({ item, page }) => {
    // The best of the page's names: its title, or its short name.
    const names = [page.title, page.alias].filter((n): n is string => Boolean(n)).map(padded);
    const inTitle = q.trim() !== '' && names.some((n) => n.includes(q));
    let bonus = 0;
    for (const name of names) {
      if (name === q) bonus = Math.max(bonus, WEIGHTS.titleIs);
      else if (name.startsWith(q)) bonus = Math.max(bonus, WEIGHTS.titleStarts);
      else if (name.includes(q)) bonus = Math.max(bonus, WEIGHTS.titlePhrase);
    }
    let rank = item.rank + bonus;
    if (page.tier === '2' && !inTitle && !landing.has(item.id)) rank /= 2;
    return { item, rank };
  });
  return scored.sort((a, b) => b.rank - a.rank).map((s) => s.item);
}
