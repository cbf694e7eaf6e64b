/**
 * `node scripts/after-build.ts [dist]`: the steps of `npm run build` after `astro build`
 * has exited, each in this small process rather than beside Astro's heap of the whole
 * site: the share images the pages asked for, then the search index. Exits 1 on any
 * error, with a message that says which step failed.
 */
import path from 'node:path';
import { indexSite } from '../src/lib/search-index.ts';
import { writeShareImages } from '../src/lib/share-image.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const steps: [string, () => Promise<unknown>][] = [
  ['Không ghi được ảnh chia sẻ', () => writeShareImages(dist)],
  ['Không lập được chỉ mục tìm kiếm', () => indexSite(dist)],
];
for (const [failure, step] of steps) {
  try {
    await step();
  } catch (error) {
    console.error(`${failure} cho ${dist}: ${(error as Error).message}`);
    process.exit(1);
  }
}
