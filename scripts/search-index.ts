/**
 * `node scripts/search-index.ts [dist]`: the search index step of `npm run build`, after
 * `astro build` has exited. Writes `<dist>/pagefind/`; exits 1 on any Pagefind error.
 */
import path from 'node:path';
import { indexSite } from '../src/lib/search-index.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
try {
  await indexSite(dist);
} catch (error) {
  console.error(`Không lập được chỉ mục tìm kiếm cho ${dist}: ${(error as Error).message}`);
  process.exit(1);
}
