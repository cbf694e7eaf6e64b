import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalBuilds } from '../lib/incremental.ts';

const PREFIX = 'old-output-';

/**
 * Takes the previous build's output out of the way without making the build wait for
 * it. Astro empties `dist/` before it bundles, one file at a time on the main thread:
 * 9 s of a 90-second rebuild at 10,000 documents, whose output has 50,000 files
 * (ADR 0007). Here `dist/` is renamed into the cache folder (instant, on the same disk)
 * and deleted there in the background while the build runs; what an interrupted build
 * left there goes too. If the rename fails (`dist/` on another disk, or a mount point),
 * Astro empties it as before. Not done with Astro's incremental builds (ADR 0008), which
 * may read the previous output.
 */
export default function oldOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'thidua:old-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (incrementalBuilds() || !existsSync(outDir)) return;
        try {
          mkdirSync(cacheDir, { recursive: true });
          renameSync(outDir, path.join(cacheDir, `${PREFIX}${process.pid}-${Date.now()}`));
        } catch (error) {
          logger.debug(`dist/ không đổi chỗ được (${(error as Error).message}); Astro tự xoá.`);
          return;
        }
        for (const name of readdirSync(cacheDir).filter((n) => n.startsWith(PREFIX))) {
          rm(path.join(cacheDir, name), { recursive: true, force: true }).catch((error: Error) =>
            logger.warn(`Không xoá được bản dựng cũ ${name} trong ${cacheDir}: ${error.message}`),
          );
        }
      },
    },
  };
}
