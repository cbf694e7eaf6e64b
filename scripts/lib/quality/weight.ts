/**
 * Page weight: what a first visit to a page downloads, gzip-compressed as a host
 * serves it. HTML, CSS and JS count toward the page budget; fonts and images are
 * counted apart, each with its own budget. Only what loads at once is counted: the
 * search code, imported when a reader focuses the search box, is not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { fileFor } from './site-files.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  /** HTML + CSS + JS, gzip. */
  total: number;
  /** Font files the page's CSS declares for Vietnamese text (woff2). */
  fonts: number;
  /** The largest candidate of each image (what a wide screen downloads). */
  images: number;
  /** Images without width and height, or served without AVIF and WebP. */
  imageProblems: string[];
  scripts: string[];
}

/** Budgets in bytes (gzip), from the quality issue. */
export const BUDGETS = {
  // First load (HTML, CSS, JS, gzip; fonts and images apart): the home page, every other page.
  home: 20 * 1024,
  page: 15 * 1024,
  fonts: 160 * 1024,
  images: 400 * 1024,
} as const;

const gz = (buf: Buffer | string) => gzipSync(buf).length;

/** Static imports of a JS module (they load with it), resolved to site paths. */
function staticImports(dist: string, jsPath: string, seen: Set<string>): string[] {
  if (seen.has(jsPath)) return [];
  seen.add(jsPath);
  const file = fileFor(dist, jsPath);
  if (!file) return [jsPath];
  const code = readFileSync(file, 'utf8');
  const out = [jsPath];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    out.push(...staticImports(dist, new URL(m[1]!, `http://x${jsPath}`).pathname, seen));
  }
  return out;
}

export function pageWeight(dist: string, page: string): PageWeight {
  const file = fileFor(dist, page);
  if (!file) throw new Error(`no page ${page}`);
  const html = readFileSync(file);
  const $ = cheerio.load(html.toString('utf8'));
  let css = 0;
  let fonts = 0;
  const fontFiles = new Set<string>();
  const cssTexts: string[] = [$('style').text()];
  $('link[rel="stylesheet"]').each((_, el) => {
    const f = fileFor(dist, $(el).attr('href')!);
    if (!f) return;
    const text = readFileSync(f, 'utf8');
    css += gz(text);
    cssTexts.push(text);
  });
  for (const text of cssTexts) {
    for (const face of text.matchAll(/@font-face\s*{[^}]*}/g)) {
      // A browser downloads a subset only for characters the page uses: Vietnamese text needs latin and vietnamese.
      if (/latin-ext|cyrillic|greek/.test(face[0]) && !/U\+1EA0|U\+0102/.test(face[0])) continue;
      const woff2 = /url\(([^)]+\.woff2)\)/.exec(face[0])?.[1];
      if (woff2) fontFiles.add(woff2.replace(/['"]/g, ''));
    }
  }
  for (const f of fontFiles) {
    const p = fileFor(dist, f.startsWith('/') ? f : '/_astro/' + path.basename(f));
    if (p) fonts += readFileSync(p).length;
  }
  const scripts: string[] = [];
  const seen = new Set<string>();
  $('script[src]').each((_, el) => void scripts.push(...staticImports(dist, $(el).attr('src')!, seen)));
  let js = 0;
  for (const s of scripts) {
    const f = fileFor(dist, s);
    if (f) js += gz(readFileSync(f));
  }
  // Inline code counts; JSON-LD is data, not code, and its bytes are already in the HTML's.
  $('script:not([src]):not([type="application/ld+json"])').each((_, el) => void (js += gz($(el).text())));
  let images = 0;
  const imageProblems: string[] = [];
  $('img').each((_, el) => {
    const img = $(el);
    const src = img.attr('src') ?? '';
    if (!img.attr('width') || !img.attr('height')) imageProblems.push(`${src}: thiếu width/height`);
    if (src.startsWith('/_astro/') && !/\.(svg)$/.test(src)) {
      const picture = img.parent('picture');
      const types = picture
        .find('source')
        .map((_, s) => $(s).attr('type'))
        .get();
      if (!types.includes('image/avif') || !types.includes('image/webp'))
        imageProblems.push(`${src}: không có bản AVIF và WebP`);
      const candidates = picture
        .find('source[type="image/avif"]')
        .attr('srcset')
        ?.split(',')
        .map((c) => c.trim().split(/\s+/)[0]!) ?? [src];
      const largest = Math.max(
        ...candidates.map((c) => (fileFor(dist, c) ? readFileSync(fileFor(dist, c)!).length : 0)),
      );
      images += largest;
    }
  });
  const htmlGz = gz(html);
  return { page, html: htmlGz, css, js, total: htmlGz + css + js, fonts, images, imageProblems, scripts };
}
