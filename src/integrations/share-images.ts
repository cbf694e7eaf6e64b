import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { activeShareImageCache, setActiveShareImageCache, ShareImageCache } from '../lib/share-image.ts';

/**
 * Keeps the share images (`/<section>/<slug>/anh-chia-se.png|jpg`, drawn by the
 * endpoints next to each page) in Astro's cache folder between builds, under
 * `share-images/<content hash>.<ext>`, so that a rebuild only draws the cards that
 * changed. After the build it prints how many were drawn and reused, and deletes the
 * cached images no page uses any more.
 */
export default function shareImages(): AstroIntegration {
  return {
    name: 'thidua:share-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // `config.cacheDir` follows ASTRO_CACHE_DIR (astro.config.mjs), so test copies keep their own.
        setActiveShareImageCache(new ShareImageCache(path.join(fileURLToPath(config.cacheDir), 'share-images')));
      },
      'astro:build:done': ({ logger }) => {
        const cache = activeShareImageCache();
        if (!cache) return;
        logger.info(cache.summary());
        // A build that drew nothing (no endpoint saw this cache) says nothing about what is stale.
        const removed = cache.made + cache.reused > 0 ? cache.prune() : 0;
        if (removed) logger.info(`Đã xóa ${removed} ảnh chia sẻ cũ khỏi bộ nhớ đệm.`);
        setActiveShareImageCache(undefined);
      },
    },
  };
}
