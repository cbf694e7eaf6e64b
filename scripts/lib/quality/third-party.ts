/**
 * No third parties: nothing in a built site loads from another origin, neither from
 * HTML (scripts, styles, fonts, images, frames, media) nor from CSS (`url()`, `@import`),
 * the form editor at /admin/ included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { fileFor, htmlPages } from './site-files.ts';

export interface ThirdPartyLoad {
  file: string;
  url: string;
}

const isExternal = (u: string) => /^(https?:)?\/\//i.test(u.trim());

export function findThirdPartyLoads(dist: string): ThirdPartyLoad[] {
  const found: ThirdPartyLoad[] = [];
  // The form editor at /admin/ included: it must load nothing from other origins either.
  for (const page of htmlPages(dist, { withAdmin: true })) {
    const file = fileFor(dist, page)!;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const sel =
      'script[src], img[src], iframe[src], frame[src], embed[src], source[src], video[src], audio[src], track[src], object[data], input[type=image][src]';
    $(sel).each((_, el) => {
      const u = $(el).attr('src') ?? $(el).attr('data') ?? '';
      if (isExternal(u)) found.push({ file: page, url: u });
    });
    $('img[srcset], source[srcset]').each((_, el) => {
      for (const part of $(el).attr('srcset')!.split(','))
        if (isExternal(part.trim())) found.push({ file: page, url: part.trim() });
    });
    $('link[href]').each((_, el) => {
      const rel = ($(el).attr('rel') ?? '').toLowerCase();
      if (
        /stylesheet|preload|prefetch|modulepreload|icon|manifest|preconnect|dns-prefetch/.test(rel) &&
        isExternal($(el).attr('href')!)
      )
        found.push({ file: page, url: $(el).attr('href')! });
    });
    $('style').each((_, el) => void found.push(...cssLoads($(el).text(), page)));
    $('[style]').each((_, el) => void found.push(...cssLoads($(el).attr('style')!, page)));
  }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.css'))
        found.push(...cssLoads(readFileSync(full, 'utf8'), '/' + path.relative(dist, full)));
    }
  };
  walk(dist);
  return found;
}

function cssLoads(css: string, file: string): ThirdPartyLoad[] {
  const out: ThirdPartyLoad[] = [];
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) {
    const u = m[1] ?? m[2] ?? '';
    if (isExternal(u)) out.push({ file, url: u });
  }
  return out;
}
