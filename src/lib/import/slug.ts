import { slugify } from '../../vocabulary/slug.ts';

/**
 * The project's slug, cut at a word boundary so that a long trích yếu still gives a
 * readable address (at most `max` characters).
 */
export function shortSlug(text: string, max = 80): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}
