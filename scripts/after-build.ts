/**
 * `node scripts/after-build.ts [dist]`: the steps of `npm run build` after `astro build`
 * has exited: the share images the pages asked for, the search index, then the form
 * editor at /admin/ (`scripts/build-admin.ts`). Each step
 * runs in a process of its own, started from here (`--step <name>`), so that no step
 * holds memory beside Astro's heap of the whole site or beside another step: drawing
 * 15,000 cards leaves about 0.4 GB that Pagefind would otherwise sit on top of
 * (ADR 0007). Exits 1 on any error, with a message that says which step failed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/lib/search-index.ts';
import { buildAdmin } from './build-admin.ts';
import { writeShareImages } from '../src/lib/share-image-cache.ts';

const STEPS: Record<string, { failure: string; run: (dist: string) => Promise<unknown> }> = {
  'share-images': { failure: 'Không ghi được ảnh chia sẻ', run: (dist) => writeShareImages(dist) },
  'search-index': { failure: 'Không lập được chỉ mục tìm kiếm', run: (dist) => indexSite(dist) },
  admin: {
    failure: 'Không dựng được trình biên tập /admin/',
    run: async (dist) => {
      const started = performance.now();
      await buildAdmin(dist);
      console.log(`Trình biên tập /admin/ (Sveltia CMS): ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
    },
  },
};

const { values, positionals } = parseArgs({ options: { step: { type: 'string' } }, allowPositionals: true });
const dist = path.resolve(positionals[0] ?? 'dist');

if (values.step) {
  const step = STEPS[values.step];
  if (!step) {
    console.error(`Không có bước "${values.step}"; các bước: ${Object.keys(STEPS).join(', ')}.`);
    process.exit(2);
  }
  try {
    await step.run(dist);
  } catch (error) {
    console.error(`${step.failure} cho ${dist}: ${(error as Error).message}`);
    process.exit(1);
  }
} else {
  for (const name of Object.keys(STEPS)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--step', name, dist], {
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
