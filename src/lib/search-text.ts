/**
 * Vietnamese search on Pagefind. Pagefind folds tone and vowel marks (NFD, marks
 * removed) but not `đ`, which has no decomposition. We index `đ` as `ď` (d with caron,
 * a letter Vietnamese never uses): it folds to `d`, so "thi dua" finds "thi đua", and
 * it keeps a mark, so a query typed with `đ` gets Pagefind's exact-diacritics boost
 * ("đua" ranks "đua" above "dưa"). Results are decoded back before anyone sees them.
 * See docs/adr/0002-vietnamese-search-folding.md.
 */

/** Text as it goes into the index (and queries as they go to Pagefind). */
export function encodeForIndex(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'ď').replace(/Đ/g, 'Ď');
}

/** Text as it comes out of the index: excerpts, titles, filter values. */
export function decodeFromIndex(text: string): string {
  return text.replace(/ď/g, 'đ').replace(/Ď/g, 'Đ').normalize('NFC');
}

/** Lowercase, no marks, `đ` as `d`: how two words are compared regardless of spelling. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đď]/g, 'd')
    .replace(/[ĐĎ]/g, 'D')
    .toLowerCase();
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
 */
export function wordMatchesTerm(word: string, term: string): boolean {
  const w = foldForMatch(word).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const t = foldForMatch(term);
  return w.split(' ').some((part) => part.startsWith(t)) || w.replace(/ /g, '').startsWith(t.replace(/[^\p{L}\p{N}]+/gu, ''));
}
