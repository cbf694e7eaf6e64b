/**
 * The pages a reader can reach: a crawl of the built site from `/`, following every
 * internal link, plus the 404 page. Gates that run per page use this list, so a new
 * page type is covered as soon as something links to it.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
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
