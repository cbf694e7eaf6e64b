/**
 * "Có phải bạn muốn tìm: …": a word of the query that matches nothing, replaced by the
 * most frequent word of the site one edit away from it (a letter wrong, missing, extra,
 * or two letters swapped), marks and `đ` ignored. The candidates come from the site's
 * own vocabulary (src/lib/search-vocabulary.ts), fetched from the site, one small file
 * per first letter; nothing is sent anywhere.
 */
import { fold } from '../../vocabulary/fold.ts';

type Shard = Record<string, [string, number]>;

/** Whether two words are at most one edit apart (Damerau: a swap of neighbours is one edit). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1); // one letter added or dropped
}

/** The best replacement for a word from its letter's shard, as the site writes it. */
export function bestCorrection(word: string, shard: Shard): string | undefined {
  const key = fold(word);
  let best: [string, number] | undefined;
  for (const [candidate, entry] of Object.entries(shard)) {
    // A one-letter word ("ở", "à") is one edit from too much to be a likely correction.
    if (candidate.length < 2 || !oneEditApart(key, candidate)) continue;
    if (!best || entry[1] > best[1]) best = entry;
  }
  return best?.[0];
}

const DEFAULT_BASE = '/pagefind/tu-vung/';

const shards = new Map<string, Promise<Shard>>();

/** The shard of a letter, fetched once; an empty one when there is none or it fails. */
function loadShard(base: string, letter: string): Promise<Shard> {
  if (!/^[a-z]$/.test(letter)) return Promise.resolve({});
  let p = shards.get(letter);
  if (!p) {
    p = fetch(`${base}${letter}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Shard>) : {}))
      .catch(() => ({}));
    shards.set(letter, p);
  }
  return p;
}

/**
 * Whether the site has this whole word (marks ignored): `undefined` when its letter's
 * file cannot be read (a site built before the vocabulary existed), or the word is not
 * made of letters only.
 */
export async function inVocabulary(word: string, base = DEFAULT_BASE): Promise<boolean | undefined> {
  const key = fold(word);
  if (!/^[a-z]+$/.test(key)) return undefined;
  const shard = await loadShard(base, key[0]!);
  if (!Object.keys(shard).length) return undefined;
  return Object.hasOwn(shard, key);
}

/**
 * The query with each unmatched word replaced by its best correction, or undefined when
 * some unmatched word has none (a suggestion must be a query that finds something).
 */
export async function suggestQuery(
  query: string,
  unmatched: readonly string[],
  base = DEFAULT_BASE,
): Promise<string | undefined> {
  const fixes = new Map<string, string>();
  for (const word of new Set(unmatched)) {
    const fix = bestCorrection(word, await loadShard(base, fold(word)[0] ?? ''));
    if (!fix) return undefined;
    fixes.set(fold(word), fix);
  }
  return query
    .split(/\s+/)
    .map((w) => {
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const fix = fixes.get(fold(bare));
      return fix ? w.replace(bare, fix) : w;
    })
    .join(' ');
}
