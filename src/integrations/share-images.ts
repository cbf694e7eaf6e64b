import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  activeShareImageCache,
  setActiveShareImageCache,
  SHARE_IMAGE_MANIFEST,
  ShareImageCache,
} from '../lib/share-image-cache.ts';

/**
 * Share images (`/<section>/<slug>/anh-chia-se.png|jpg`, one per entry page).
 *
 * In a production build each section asks for the cards of its entry pages from its
 * `getStaticPaths` (src/data/share.ts, `wantShareImages`), which runs even when an
 * incremental build does not render a page again. Once the pages are done this
 * integration saves the list into the output (`dist/.anh-chia-se.json`), and the next
 * step of `npm run build` (scripts/after-build.ts) writes the images: copied from Astro's
 * cache folder (`share-images/<content hash>.<ext>`) when an identical card was drawn
 * before, drawn and stored otherwise. In `astro dev` the endpoints next to the pages draw
 * the cards on request, through the same cache.
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
      'astro:build:done': ({ dir, logger }) => {
        const cache = activeShareImageCache();
        if (!cache) return;
        cache.saveWanted(path.join(fileURLToPath(dir), SHARE_IMAGE_MANIFEST));
        logger.info(
          `Ảnh chia sẻ: ${cache.wantedCount} trang có ảnh riêng; ảnh được ghi ở bước sau (scripts/after-build.ts).`,
        );
        setActiveShareImageCache(undefined);
      },
    },
  };
}
