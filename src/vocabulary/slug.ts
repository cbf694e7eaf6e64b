import slugifyLib from '@sindresorhus/slugify';

/** Lowercase ASCII words joined by `-`, as the content contract asks of file names. */
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Folds a Vietnamese title into a URL slug: "Thi đua Khen Thưởng" -> "thi-dua-khen-thuong".
 * The library's transliteration maps `đ`/`Đ` to `d`; we fold NFD input first so that text
 * pasted from Word (often decomposed) gives the same slug. Apostrophes inside names
 * join rather than split ("Đắk R'Lấp" -> "dak-rlap").
 */
export function slugify(text: string): string {
  return slugifyLib(text.normalize('NFC').replace(/['’ʼ]/g, ''), { decamelize: false });
}

export function isValidSlug(slug: string): boolean {
  return SLUG_RE.test(slug);
}
