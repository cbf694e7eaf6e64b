import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { encodeForIndex } from './search-text.ts';
import { Vocabulary } from './search-vocabulary.ts';

function htmlFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(full, base));
    } else if (name.endsWith('.html')) out.push(path.relative(base, full));
  }
  return out;
}

/**
 * What Pagefind reads of a page: the element marked `data-pagefind-body` (with the
 * filters, sort keys and meta inside it, src/components/search/SearchMeta.astro), in a
 * bare document; undefined for a page without one, which is not indexed. The rest of a
 * page (head, inline styles, header, menus, related items, footer) is four fifths of
 * its bytes, and Pagefind's time to read a page follows its bytes: at 10,000 documents
 * indexing takes 29 s instead of 35 (ADR 0007). Measured there, the index is the same
 * except for one thing the search page never showed: the `image` meta Pagefind took from
 * the first picture after the title anywhere on the page, on an article page the photo
 * of a related exemplar.
 */
export function searchablePart(html: string): string | undefined {
  // The attribute inside a start tag, not the words in a page's text.
  const markers = /\sdata-pagefind-body[\s>=]/g;
  let start = -1;
  for (let m = markers.exec(html); m && start < 0; m = markers.exec(html)) {
    const open = html.lastIndexOf('<', m.index);
    if (open > html.lastIndexOf('>', m.index)) start = open;
  }
  if (start < 0) return undefined;
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
  if (!tag) return undefined;
  // The element ends at the close tag that balances it (an article may hold articles).
  const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', m.index) + 1;
      return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${html.slice(start, end)}</body></html>`;
    }
  }
  throw new Error(`thẻ <${tag} data-pagefind-body> không được đóng`);
}

/** `van-ban/x/index.html` -> `/van-ban/x/`. */
const urlOf = (file: string) =>
  '/' +
  file
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '');

/**
 * Indexes a built site with Pagefind into `<dist>/pagefind/`: the last step of
 * `npm run build`, run after `astro build` has exited (`scripts/after-build.ts`), so the
 * build's peak memory is the larger of Astro's and Pagefind's, not their sum. Each page
 * goes in with `đ` encoded (see src/lib/search-text.ts), and only its part marked
 * `data-pagefind-body` ({@link searchablePart}); pages without one (lists) are not
 * indexed. The HTML files are untouched.
 *
 * Writing the encoded pages to a folder for Pagefind to read itself (`addDirectory`) was
 * tried (ADR 0007): 15 % faster, but Pagefind then holds every page at once, 1.1 GB at
 * 7,000 pages, which took the build's peak over 3 GB at 10,000 documents. One page at
 * a time through the Node API keeps Pagefind under 250 MB there.
 */
export async function indexSite(
  dist: string,
  log: (message: string) => void = console.log,
): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const files = htmlFiles(dist);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Several files in flight: each addHTMLFile is a round trip to Pagefind's binary,
  // which indexes while the next file is read and encoded.
  let done = 0;
  const vocabulary = new Vocabulary();
  const queue = files.values();
  const worker = async () => {
    for (const file of queue) {
      const part = searchablePart(readFileSync(path.join(dist, file), 'utf8'));
      if (part === undefined) continue;
      vocabulary.addHtml(part);
      const res = await index.addHTMLFile({ url: urlOf(file), content: encodeForIndex(part) });
      if (res.errors.length) throw new Error(`Pagefind ${file}: ${res.errors.join('; ')}`);
      done++;
      if (done % 1000 === 0) log(`Đã đưa ${done} trang vào chỉ mục tìm kiếm…`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const target = path.join(dist, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const vocabularyBytes = vocabulary.write(target);
  const seconds = (performance.now() - started) / 1000;
  log(
    `Chỉ mục tìm kiếm: ${done} trang, ${seconds.toFixed(1)} giây; từ vựng gợi ý sửa lỗi gõ: ${Math.round(vocabularyBytes / 1024)} KB.`,
  );
  return { pages: done, seconds };
}
