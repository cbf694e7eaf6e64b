/**
 * The pages a reader can reach: a crawl of the built site from `/`, following every
 * internal link, plus the 404 page. Gates that run per page use this list, so a new
 * page type is covered as soon as something links to it.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { FACET_KEYS } from '../../../src/lib/routes.ts';
import { fileFor } from './site-files.ts';

export function crawl(dist: string, start = '/'): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const page = queue.shift()!;
    const file = fileFor(dist, page);
    if (!file?.endsWith('.html')) continue;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    $('a[href]').each((_, el) => {
      const url = new URL($(el).attr('href')!, `http://site${page}`);
      if (url.origin !== 'http://site') return;
      const target = fileFor(dist, url.pathname);
      if (!target?.endsWith('.html') || seen.has(url.pathname)) return;
      seen.add(url.pathname);
      queue.push(url.pathname);
    });
  }
  const pages = [...seen].filter((p) => fileFor(dist, p)?.endsWith('.html'));
  if (fileFor(dist, '/404.html')) pages.push('/404.html');
  return pages.sort();
}

/** Listing facets: a second segment that names a filter, not an entry. */
const FACETS = new Set<string>(FACET_KEYS);

/**
 * The template a page is rendered with, from its address: `/van-ban/x/` and
 * `/van-ban/y/` are one template (`/van-ban/*`), `/van-ban/loai/ke-hoach/trang-2/` is
 * `/van-ban/loai/*\/trang-*`.
 */
export function templateOf(page: string): string {
  const segments = page.split('/').filter(Boolean);
  return (
    '/' +
    segments
      .map((s, i) =>
        i === 0 || (i === 1 && FACETS.has(s))
          ? s
          : /^trang-\d+$/.test(s)
            ? 'trang-*'
            : /^\d{4}$/.test(s)
              ? 'YYYY'
              : '*',
      )
      .join('/')
  );
}

/**
 * A few pages of each template, for the gates too slow to run on every page (axe): the
 * first page of the template and the one with the most HTML, where its optional parts
 * (tables, notices, photos) are most likely all present.
 */
export function pagesPerTemplate(dist: string, pages: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const p of pages) groups.set(templateOf(p), [...(groups.get(templateOf(p)) ?? []), p]);
  const size = (p: string) => readFileSync(fileFor(dist, p)!, 'utf8').length;
  return [...groups.values()].flatMap((group) => {
    const largest = group.reduce((a, b) => (size(b) > size(a) ? b : a));
    return [...new Set([group[0]!, largest])];
  });
}
