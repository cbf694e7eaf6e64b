/**
 * Link gate: every internal link, image, script, stylesheet, share image and #fragment
 * in a built site resolves; link texts say where they lead. External links are listed,
 * not fetched.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { fileFor, htmlPages } from './site-files.ts';

/** Link texts that say nothing out of context (WCAG 2.4.4). */
const VAGUE_LINK_TEXTS = [
  'tại đây',
  'xem tại đây',
  'ở đây',
  'bấm vào đây',
  'nhấn vào đây',
  'click here',
  'here',
  'xem',
  'link',
  'đây',
  'chi tiết',
  'xem chi tiết',
];

export interface LinkReport {
  pages: number;
  broken: { page: string; url: string; reason: string }[];
  vague: { page: string; text: string; url: string }[];
  external: { page: string; url: string }[];
}

export function checkLinks(dist: string, siteOrigin = 'https://example.invalid'): LinkReport {
  const pages = htmlPages(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      set = new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id')!)
          .get(),
      );
      $('a[name]').each((_, el) => void set!.add($(el).attr('name')!));
      ids.set(file, set);
    }
    return set;
  };
  const report: LinkReport = { pages: pages.length, broken: [], vague: [], external: [] };
  for (const page of pages) {
    const file = fileFor(dist, page)!;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const base = new URL(page, siteOrigin);
    const refs: { url: string; isLink: boolean; text?: string }[] = [];
    $('a[href]').each((_, el) => void refs.push({ url: $(el).attr('href')!, isLink: true, text: $(el).text() }));
    $('link[href]').each((_, el) => {
      if ($(el).attr('rel') !== 'canonical' && $(el).attr('rel') !== 'alternate')
        refs.push({ url: $(el).attr('href')!, isLink: false });
    });
    $('script[src], img[src], iframe[src], source[src], video[src], audio[src]').each(
      (_, el) => void refs.push({ url: $(el).attr('src')!, isLink: false }),
    );
    $('img[srcset], source[srcset]').each((_, el) => {
      for (const part of $(el).attr('srcset')!.split(','))
        refs.push({ url: part.trim().split(/\s+/)[0]!, isLink: false });
    });
    $('form[action]').each((_, el) => void refs.push({ url: $(el).attr('action')!, isLink: false }));
    // Share images (og:image, twitter:image) are absolute URLs on the site's own address,
    // the canonical's origin: checked as files of this site, whatever address it is
    // built for. One elsewhere is not loaded by the page, so it is not checked.
    const canonical = $('link[rel="canonical"]').attr('href');
    const ownOrigin = canonical ? new URL(canonical, base).origin : undefined;
    const shareImages = new Set(
      $('meta[property="og:image"], meta[name="twitter:image"]')
        .map((_, el) => $(el).attr('content') ?? '')
        .get(),
    );
    for (const image of shareImages) {
      const url = new URL(image, base);
      if (url.origin === ownOrigin || url.origin === base.origin) refs.push({ url: url.pathname, isLink: false });
    }
    for (const ref of refs) {
      if (/^(mailto|tel|data):/i.test(ref.url)) continue;
      const url = new URL(ref.url, base);
      if (url.origin !== base.origin) {
        if (ref.isLink) report.external.push({ page, url: url.href });
        else report.broken.push({ page, url: ref.url, reason: 'tải tài nguyên từ trang khác' });
        continue;
      }
      const target = fileFor(dist, url.pathname);
      if (!target) {
        report.broken.push({ page, url: ref.url, reason: 'không có trong dist/' });
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        report.broken.push({
          page,
          url: ref.url,
          reason: `không có phần tử id="${decodeURIComponent(url.hash.slice(1))}"`,
        });
      }
      if (ref.isLink) {
        const text = (ref.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
        if (VAGUE_LINK_TEXTS.includes(text)) report.vague.push({ page, text, url: ref.url });
      }
    }
  }
  return report;
}
