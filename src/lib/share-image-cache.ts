/**
 * The cache of share images between builds, and their writing into the built site after
 * `astro build` (scripts/after-build.ts). The cards themselves are drawn by
 * `share-image.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { renderShareImage, shareImageFormat, shareImageKey, type ShareCard } from './share-image.ts';

/**
 * Share images kept between builds in a folder (`<cacheDir>/share-images/`), one file
 * per content hash. `get` returns the cached image or draws and stores it; `made` and
 * `reused` count both for the build's summary line.
 *
 * In a production build each section asks for its pages' cards (`want`, from its
 * `getStaticPaths`, src/data/share.ts); the share-images integration saves the list
 * into the output (`saveWanted`), and the step of `npm run build` that follows
 * `astro build` writes them all ({@link writeShareImages}): a cached card is a file copy
 * there, where as an Astro route it was read into memory, handed to Astro as a response
 * and written back, inside a process holding the whole site (ADR 0007). In `astro dev`
 * the endpoints draw them on request.
 */
export class ShareImageCache {
  readonly dir: string;
  made = 0;
  reused = 0;
  /** Set by the integration in a production build: the pages want cards, the endpoints make none. */
  writesAfterBuild = false;
  private readonly used = new Set<string>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  /** Site path of each wanted image (`/van-ban/<slug>/anh-chia-se.png`) and its card. */
  private readonly wanted = new Map<string, ShareCard>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file name of a card in the cache: its content hash and its format. */
  private fileOf(card: ShareCard): string {
    return `${shareImageKey(card)}.${shareImageFormat(card)}`;
  }

  /** The image of a card, from the cache when an identical card was drawn before. */
  get(card: ShareCard): Promise<Buffer> {
    const file = this.fileOf(card);
    this.used.add(file);
    const full = path.join(this.dir, file);
    if (existsSync(full)) {
      this.reused++;
      return Promise.resolve(readFileSync(full));
    }
    return this.draw(file, card);
  }

  /**
   * Draws a card and stores it. The same card asked for twice at once is drawn once.
   * Only cards in flight are kept: holding every finished image until the end of the
   * build cost 0.75 GB of memory at 15,000 cards (ADR 0007).
   */
  private draw(file: string, card: ShareCard): Promise<Buffer> {
    let result = this.pending.get(file);
    if (!result) {
      result = this.render(file, card).finally(() => this.pending.delete(file));
      this.pending.set(file, result);
    }
    return result;
  }

  private async render(file: string, card: ShareCard): Promise<Buffer> {
    const full = path.join(this.dir, file);
    const image = await renderShareImage(card);
    this.made++;
    mkdirSync(this.dir, { recursive: true });
    // Written aside and renamed, so that an interrupted build never leaves half a file.
    const temp = `${full}.${process.pid}.tmp`;
    writeFileSync(temp, image);
    renameSync(temp, full);
    return image;
  }

  /** A page's image at `sitePath` (`/van-ban/<slug>/anh-chia-se.png`), to be written by {@link writeAll}. */
  want(sitePath: string, card: ShareCard): void {
    this.wanted.set(sitePath, card);
  }

  /** How many images the pages asked for. */
  get wantedCount(): number {
    return this.wanted.size;
  }

  /** Saves what the pages asked for, and where the cache is, for {@link writeShareImages}. */
  saveWanted(file: string): void {
    const manifest: WantedManifest = { cacheDir: this.dir, images: [...this.wanted] };
    writeFileSync(file, JSON.stringify(manifest));
  }

  /**
   * Writes every wanted image into the built site: copied from the cache, or drawn,
   * stored and written. Several cards at once, so that the canvas draws one (on this
   * thread) while sharp encodes others (on its own threads).
   */
  async writeAll(outDir: string, progress: (done: number, total: number) => void = () => {}): Promise<void> {
    const total = this.wanted.size;
    const queue = this.wanted.entries();
    let done = 0;
    const worker = async () => {
      for (const [sitePath, card] of queue) {
        const target = path.join(outDir, ...sitePath.split('/').filter(Boolean));
        await mkdir(path.dirname(target), { recursive: true });
        const file = this.fileOf(card);
        this.used.add(file);
        const cached = path.join(this.dir, file);
        const drawing = this.pending.get(file);
        if (drawing) {
          // Another page with the same card, being drawn right now.
          this.reused++;
          await writeFile(target, await drawing);
        } else if (existsSync(cached)) {
          this.reused++;
          await copyFile(cached, target);
        } else {
          await writeFile(target, await this.draw(file, card));
        }
        done++;
        if (done % 1000 === 0 && done < total) progress(done, total);
      }
    };
    await Promise.all(Array.from({ length: availableParallelism() + 2 }, worker));
    this.wanted.clear();
  }

  /** Deletes cached images that this build did not use (older versions of edited cards). */
  prune(): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (!this.used.has(name)) {
        rmSync(path.join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** "Ảnh chia sẻ: 12 tạo mới, 80 dùng lại" (and the time taken, when given). */
  summary(seconds?: number): string {
    return `Ảnh chia sẻ: ${this.made} tạo mới, ${this.reused} dùng lại${seconds === undefined ? '' : `, ${seconds.toFixed(1)} giây`}.`;
  }
}

/** The list of images the pages of a build asked for, saved in the output by the integration. */
interface WantedManifest {
  cacheDir: string;
  images: [sitePath: string, card: ShareCard][];
}

/** Where the integration leaves the list in the output; {@link writeShareImages} deletes it. */
export const SHARE_IMAGE_MANIFEST = '.anh-chia-se.json';

/**
 * Writes the share images a build's pages asked for into `dist`: the first step of
 * `npm run build` after `astro build` has exited (scripts/after-build.ts), so that the
 * cards are drawn in a small process rather than beside Astro's heap of the whole site,
 * where garbage collection made each card a third slower at 10,000 documents. Prints
 * progress and the summary line, deletes stale cached images, and returns the counts.
 */
export async function writeShareImages(
  dist: string,
  log: (message: string) => void = console.log,
): Promise<{ made: number; reused: number }> {
  const file = path.join(dist, SHARE_IMAGE_MANIFEST);
  if (!existsSync(file)) {
    throw new Error(`thiếu ${file}: hãy chạy "astro build" trước (npm run build chạy cả hai bước)`);
  }
  const started = performance.now();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as WantedManifest;
  const cache = new ShareImageCache(manifest.cacheDir);
  for (const [sitePath, card] of manifest.images) cache.want(sitePath, card);
  await cache.writeAll(dist, (done, total) => log(`Ảnh chia sẻ: ${done}/${total}…`));
  log(cache.summary((performance.now() - started) / 1000));
  // A build whose pages asked for nothing says nothing about what is stale.
  const removed = cache.made + cache.reused > 0 ? cache.prune() : 0;
  if (removed) log(`Đã xóa ${removed} ảnh chia sẻ cũ khỏi bộ nhớ đệm.`);
  rmSync(file);
  return { made: cache.made, reused: cache.reused };
}

/*
 * The build's cache is set up by the share-images integration and used by the pages and
 * the image endpoints. They are different copies of this module (the integration is loaded from
 * source, the endpoints run from Astro's bundle) in the same process, so the cache is
 * handed over on `globalThis`, as Astro hands over its own `globalThis.astroAsset`.
 */
const ACTIVE = Symbol.for('thidua.share-image-cache');
type WithCache = typeof globalThis & { [ACTIVE]?: ShareImageCache | undefined };

/** Makes `cache` the one the endpoints use for the rest of this process (or none). */
export function setActiveShareImageCache(cache: ShareImageCache | undefined): void {
  (globalThis as WithCache)[ACTIVE] = cache;
}

/** The cache the integration set up, if any (none in `astro dev` started without it, or in tests). */
export function activeShareImageCache(): ShareImageCache | undefined {
  return (globalThis as WithCache)[ACTIVE];
}
