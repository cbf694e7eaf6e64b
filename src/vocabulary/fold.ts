/**
 * Vietnamese folded for comparison: lowercase, tone and vowel marks dropped, `đ` as `d`.
 * Marks decompose under NFD and are removed; `đ`/`Đ` (U+0111/U+0110) has no
 * decomposition, so it is mapped by hand. The one fold of the site: the checker's
 * suggestions, the importer's matching and the search page all compare through it.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
