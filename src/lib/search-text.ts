/**
 * Vietnamese search on Pagefind. Pagefind folds tone and vowel marks (NFD, marks
 * removed) but not `đ`, which has no decomposition. We index `đ` as `ď` (d with caron,
 * a letter Vietnamese never uses): it folds to `d`, so "thi dua" finds "thi đua", and
 * it keeps a mark, so a query typed with `đ` gets Pagefind's exact-diacritics boost
 * ("đua" ranks "đua" above "dưa"). Results are decoded back before anyone sees them.
 * See docs/adr/0002-vietnamese-search-folding.md.
 */
import { fold } from '../vocabulary/fold.ts';

/** Text as it goes into the index (and queries as they go to Pagefind). */
export function encodeForIndex(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'ď').replace(/Đ/g, 'Ď');
}

/** Text as it comes out of the index: excerpts, titles, filter values. */
export function decodeFromIndex(text: string): string {
  return text.replace(/ď/g, 'đ').replace(/Ď/g, 'Đ').normalize('NFC');
}

/**
 * How much of a query is searched. Each word costs a Pagefind search of its own (the
 * check that every word is found) on top of the query's search, and Pagefind's work on
 * a query grows with its words and their lengths: a 100-word query kept a reader's CPU
 * busy for half a minute, and a shared `?q=` link can hold thousands. Twelve words hold
 * a document's number, a person's full name and unit, or the key words of a title (a
 * reader who pastes a whole title is searching for the first few words of it anyway);
 * 200 characters is room for twelve long words and no more.
 */
export const MAX_QUERY_WORDS = 12;
export const MAX_QUERY_LENGTH = 200;

/**
 * The part of a query that is searched: its first `MAX_QUERY_WORDS` words, at most
 * `MAX_QUERY_LENGTH` characters (cut after a whole word where there is one), spaces
 * collapsed; `shortened` when something was left out, so the reader can be told.
 */
export function capQuery(query: string): { query: string; shortened: boolean } {
  const text = query.normalize('NFC').trim();
  // The limit stops split after the words kept (and one more, to know there were more).
  const words = text.split(/\s+/, MAX_QUERY_WORDS + 1);
  const kept = words.slice(0, MAX_QUERY_WORDS).join(' ');
  let capped = kept;
  if (kept.length > MAX_QUERY_LENGTH) {
    const cut = kept.slice(0, MAX_QUERY_LENGTH + 1);
    const space = cut.lastIndexOf(' ');
    // Never end on half of a surrogate pair (an emoji, a rare Han character).
    capped = space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
  }
  return { query: capped, shortened: words.length > MAX_QUERY_WORDS || capped !== kept };
}

/** The words of a query, in order, without punctuation around them. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * A document number typed any way a reader types it ("21/QĐ-UBND", "21/qd-ubnd",
 * "21 qd ubnd", "32 2023 QD UBND") in the one form the index holds for the number as a
 * whole ("21/qđ-ubnd", "32/2023/qd-ubnd"); `undefined` when the query is not a number.
 */
export function documentNumberQuery(query: string): string | undefined {
  const m = /^\s*(\d{1,5})(?:[\s/]+(\d{4}))?[\s/]+([\p{L}]+(?:[\s\-–]+[\p{L}]+)*)\s*$/u.exec(query.normalize('NFC'));
  if (!m) return undefined;
  const letters = m[3]!.split(/[\s\-–]+/);
  return `${m[1]}/${m[2] ? m[2] + '/' : ''}${letters.join('-')}`.toLowerCase();
}

/**
 * Whether a word of the page is what the reader typed: the same word, or one it is the
 * beginning of, ignoring marks and case. Pagefind matches prefixes too; this is used to
 * tell a real match from Pagefind's silent fallback to a shorter word.
 *
 * `whole`: the word must be the whole term, marks still ignored. A submitted query's word
 * typed with marks is a finished syllable ("khê", "lũ"): it is not the beginning of
 * "khen" or "lúa", and the reader must be told it is not on the site. (Marks are still
 * ignored so that "hòa" finds "hoà", the same word with its tone placed the other way.)
 */
export function wordMatchesTerm(word: string, term: string, whole = false): boolean {
  const w = fold(word).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const t = fold(term);
  const joined = t.replace(/[^\p{L}\p{N}]+/gu, '');
  if (whole) return w.split(' ').some((part) => part === t) || w.replace(/ /g, '') === joined;
  return w.split(' ').some((part) => part.startsWith(t)) || w.replace(/ /g, '').startsWith(joined);
}

/** Whether a word was typed with marks (or `đ`): then it is a finished syllable. */
export const hasMarks = (term: string) => fold(term) !== term.normalize('NFC').toLowerCase();
