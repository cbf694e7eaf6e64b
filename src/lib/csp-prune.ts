/**
 * Astro writes into every page's CSP `<meta>` the hashes of every inline style and
 * script of the whole site: 28 style hashes on a document page that has one `<style>`.
 * Hashes do not compress, so that was 1.2 KB gzip of each page's first load. This keeps
 * in `script-src` and `style-src` only the hashes of the inline elements the page itself
 * holds. Nothing is allowed that was not allowed before: a hash is kept only if Astro
 * listed it.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
/** Inline elements: `<style>` and `<script>` without `src`; JSON data blocks never run. */
const INLINE = /<(style|script)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function pruneCspHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = new Set<string>();
  for (const [, tag, attrs = '', body] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc\s*=/i.test(attrs)) continue;
    present.add(sha256(body!));
  }
  // The attribute value is HTML-escaped; hashes and keywords hold no `&`, `<` or `"`.
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const parts = directive.trim().split(/\s+/);
      if (parts[0] !== 'script-src' && parts[0] !== 'style-src') return directive;
      return parts.filter((p) => !/^'sha(256|384|512)-/.test(p) || present.has(p)).join(' ');
    })
    .join(';');
  return html.slice(0, meta.index) + meta[0].replace(meta[1]!, policy) + html.slice(meta.index + meta[0].length);
}
