/**
 * A digest of the code that decides what the content store holds: the schemas, the
 * collection registry, the loader and what it holds back. Astro clears its content store
 * (kept between builds in `node_modules/.astro`, and by the deploy workflows' cache) only
 * when `src/content.config.ts` itself or the Astro config changes; the schemas live in
 * their own files, so a new field with a default would otherwise be missing from every
 * entry whose file did not change. `forgetStaleContentStore` drops the store when this
 * digest differs from the one the store was built with.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['src/schemas', 'src/collections.ts', 'src/data/loader.ts', 'src/lib/visibility.ts', 'src/vocabulary'];

function filesUnder(abs: string): string[] {
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function contentCodeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of filesUnder(path.join(root, source)).sort()) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Before Astro syncs content: when the content code changed since the store in
 * `cacheDir` was written, delete the store so every entry is parsed again with the new
 * schemas. Returns whether it did.
 */
export function forgetStaleContentStore(root: string, cacheDir: string): boolean {
  const digest = contentCodeDigest(root);
  const stamp = path.join(cacheDir, 'thidua-content-code.txt');
  let previous: string | undefined;
  try {
    previous = readFileSync(stamp, 'utf8').trim();
  } catch {
    previous = undefined;
  }
  if (previous === digest) return false;
  const store = path.join(cacheDir, 'data-store.json');
  rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, `${digest}\n`);
  return previous !== undefined;
}
