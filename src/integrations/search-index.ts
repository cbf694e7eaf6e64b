import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeForIndex } from '../lib/search-text.ts';

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

/** `van-ban/x/index.html` -> `/van-ban/x/`. */
const urlOf = (file: string) => '/' + file.split(path.sep).join('/').replace(/index\.html$/, '');

/**
 * Indexes the built pages with Pagefind as the last step of `npm run build`. Each page
 * goes in with `đ` encoded (see src/lib/search-text.ts); only the parts marked
 * `data-pagefind-body` (content pages) are indexed. The files in `dist/` are untouched.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'thidua:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const files = htmlFiles(out);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Several files in flight: each addHTMLFile is a round trip to Pagefind's binary,
        // which indexes while the next file is read and encoded.
        let done = 0;
        const queue = files.values();
        const worker = async () => {
          for (const file of queue) {
            const html = readFileSync(path.join(out, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const res = await index.addHTMLFile({ url: urlOf(file), content: encodeForIndex(html) });
            if (res.errors.length) throw new Error(`Pagefind ${file}: ${res.errors.join('; ')}`);
            done++;
            if (done % 1000 === 0) logger.info(`Đã đưa ${done} trang vào chỉ mục tìm kiếm…`);
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        const target = path.join(out, 'pagefind');
        rmSync(target, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Chỉ mục tìm kiếm: ${done} trang, ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
      },
    },
  };
}
