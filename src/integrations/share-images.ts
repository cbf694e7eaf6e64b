import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { activeShareImageCache, setActiveShareImageCache, ShareImageCache } from '../lib/share-image.ts';

/**
 * Share images (`/<section>/<slug>/anh-chia-se.png|jpg`, one per entry page).
 *
 * In a production build each entry page asks for its card as it renders
 * (src/data/share.ts, `pageShare`), and once the pages are done this integration writes
 * them all into the output: copied from Astro's cache folder (`share-images/<content
 * hash>.<ext>`) when an identical card was drawn before, drawn and stored otherwise, so
 * that a rebuild only draws the cards that changed. It prints how many were drawn and
 * reused, and deletes the cached images no page uses any more. In `astro dev` the
 * endpoints next to the pages draw the cards on request.
 */
export default function shareImages(): AstroIntegration {
  return {
    name: 'thidua:share-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // `config.cacheDir` follows ASTRO_CACHE_DIR (astro.config.mjs), so test copies keep their own.
        setActiveShareImageCache(new ShareImageCache(path.join(fileURLToPath(config.cacheDir), 'share-images')));
      },
      'astro:build:start': () => {
        const cache = activeShareImageCache();
        if (cache) cache.writesAfterBuild = true;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cache = activeShareImageCache();
        if (!cache) return;
        const started = performance.now();
        await cache.writeAll(fileURLToPath(dir), (done, total) => logger.info(`Ảnh chia sẻ: ${done}/${total}…`));
        logger.info(cache.summary((performance.now() - started) / 1000));
        // A build that drew nothing (no page asked this cache) says nothing about what is stale.
        const removed = cache.made + cache.reused > 0 ? cache.prune() : 0;
        if (removed) logger.info(`Đã xóa ${removed} ảnh chia sẻ cũ khỏi bộ nhớ đệm.`);
        setActiveShareImageCache(undefined);
      },
    },
  };
}
