/** The search index of a built site, read back as the tests check it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeFromIndex } from '../../src/lib/search-text.ts';
import { listFiles } from './build.ts';

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in the index, as Pagefind stored it (gzip, `đ` encoded), read back as text, by URL. */
export function fragments(dist: string): Map<string, Fragment> {
  const dir = path.join(dist, 'pagefind/fragment');
  const out = new Map<string, Fragment>();
  for (const f of listFiles(dir)) {
    const text = decodeFromIndex(gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
    out.set(fragment.url, fragment);
  }
  return out;
}
