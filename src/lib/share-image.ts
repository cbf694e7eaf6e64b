/**
 * Share images (Open Graph cards): the 1200×630 picture that Zalo, Facebook and other
 * apps show when someone shares a page. Drawn at build time with Satori (layout, and
 * text as SVG paths in Be Vietnam Pro, which covers Vietnamese) and rasterised with
 * sharp; cached by content hash so that a rebuild only draws what changed. No Astro
 * imports: the endpoints hand in plain data, and tests call it directly.
 *
 * Format, measured on this template: a card without a photo is about 50 KB as a
 * full-colour PNG (JPEG: 45–85 KB, with soft text); a card with a photo is 60–125 KB as
 * JPEG (PNG: up to 190 KB on a detailed photograph). So cards without a photo are PNG and
 * cards with one are JPEG. Encoder settings favour speed, since an archive of thousands of
 * entries draws them all on a cold build: a 256-colour PNG would be 32 KB instead of
 * 49 KB but costs 10 ms per card to quantise against 2.4 ms (a quarter of the whole card:
 * 15,000 cards, 2 minutes); JPEG without mozjpeg (50–80 ms less for about 10 % more bytes).
 * Only the apps that fetch a card pay its bytes; no page loads it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import satori from 'satori';
import sharp, { type OutputInfo } from 'sharp';
import { SHARE_IMAGE_SIZE } from './share-meta.ts';

/** What a card shows. Every text is what the reader sees, in Vietnamese. */
export interface ShareCard {
  /** The kind of page: "Kế hoạch", "Gương điển hình", "Phong trào thi đua", "Tin tức". */
  kindLabel: string;
  /** Title of the entry (trích yếu, name, headline); long titles are clamped to 4 lines. */
  title: string;
  /** A second, smaller line under the title: an exemplar's unit, a campaign's theme. */
  subtitle?: string | undefined;
  /** Date or award line: "Ngày 15 tháng 3 năm 2026", "Bằng khen của Chủ tịch UBND tỉnh, 2025". */
  line: string;
  /** Số, ký hiệu of a document: "02/KH-UBND". */
  number?: string | undefined;
  /** The publishing body, shown in the header band. */
  boardName: string;
  /** The portal's name, above the board's name when given. */
  siteName?: string | undefined;
  /** The site's host name ("thiduakhenthuong.lamdong.gov.vn"), at the end of the header band. */
  host?: string | undefined;
  /** A photo (file path or bytes), cropped to cover the right-hand panel. */
  photo?: string | Buffer | undefined;
}

export type ShareImageFormat = 'png' | 'jpg';

/** MIME type of each format, for `og:image:type` and the endpoint's response. */
export const shareImageMime: Record<ShareImageFormat, string> = { png: 'image/png', jpg: 'image/jpeg' };

/** PNG for cards of text and flat colour, JPEG for cards with a photo (see the top of this file). */
export const shareImageFormat = (card: Pick<ShareCard, 'photo'>): ShareImageFormat => (card.photo === undefined ? 'png' : 'jpg');

/**
 * Bump when the card's design changes in a way the template digest below cannot see
 * (say, a helper moved to another module): every cached image is then drawn again.
 */
export const TEMPLATE_VERSION = 2;

// Colours of the site (src/styles/global.css).
const C = {
  brand: '#9b1c1c',
  accent: '#f2c14e',
  text: '#1b1b1f',
  muted: '#4a4f57',
  bg: '#ffffff',
  border: '#c9c6bd',
} as const;

const W = SHARE_IMAGE_SIZE.width;
const H = SHARE_IMAGE_SIZE.height;
const BAND = 104; // red header band
const RULE = 8; // yellow rule under it, as under the site's header
const HEAD_H = BAND + RULE;
const BODY_H = H - HEAD_H;
const PHOTO_W = 440;
const PAD = 64;

/* ------------------------------------------------------------------ fonts */

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
/** One family name per subset: Satori keeps a single font per name and weight. */
const FAMILY = SUBSETS.map((s) => `Be Vietnam Pro ${s}`).join(', ');

interface Fonts {
  list: { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' }[];
  /** Digest of the font bytes: a new release of the font draws every card again. */
  digest: string;
}
let fonts: Fonts | undefined;

/**
 * Be Vietnam Pro 400 and 700 from `@fontsource/be-vietnam-pro` (WOFF2, which Satori
 * reads), all three subsets of each weight: the `vietnamese` file has the precomposed
 * letters (ặ, ỡ, ư, Đ) but not a–z, so Satori falls back across the files letter by
 * letter. The array is kept: Satori caches parsed fonts by its identity.
 */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  // Resolved from the project, not from this module: in a build this code runs bundled.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const hash = createHash('sha256');
  const list: Fonts['list'] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const data = readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`));
      hash.update(data);
      list.push({ name: `Be Vietnam Pro ${subset}`, data, weight, style: 'normal' });
    }
  }
  fonts = { list, digest: hash.digest('hex') };
  return fonts;
}

/** The fonts the cards are drawn with, as Satori takes them, and the family list to ask for them. */
export function shareImageFonts(): { fonts: Fonts['list']; family: string } {
  return { fonts: loadFonts().list, family: FAMILY };
}

let renderer: string | undefined;
/** Versions of what draws the card; a change in any of them draws every card again. */
function rendererVersion(): string {
  if (renderer) return renderer;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  let satoriVersion = 'unknown';
  try {
    satoriVersion = (require('satori/package.json') as { version: string }).version;
  } catch {
    // An unreadable version only costs a redraw after an upgrade that goes unnoticed.
  }
  // The drawing code and its constants, so that an edited design never serves old images.
  const template = createHash('sha256')
    .update([headerLayout, bodyLayout, rasterRows, checkedRows, headerRows, photoRows, fitTitle, renderShareImage, h, img, clamp].map((f) => f.toString()).join('\n'))
    .update(JSON.stringify({ C, BAND, RULE, PHOTO_W, PAD, MARK, SUBSETS, WEIGHTS }))
    .digest('hex');
  renderer = `template ${TEMPLATE_VERSION} ${template}, satori ${satoriVersion}, sharp ${sharp.versions.sharp}, vips ${sharp.versions.vips}, fonts ${loadFonts().digest}`;
  return renderer;
}

/* --------------------------------------------------------------- template */

type Style = Record<string, string | number>;
type Child = Node | string;
interface Node {
  type: string;
  props: { style?: Style; children?: Child | Child[]; [key: string]: unknown };
}
const h = (type: string, style: Style, ...children: Child[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});
const img = (src: string, width: number, height: number, style: Style = {}): Node => ({
  type: 'img',
  props: { src, width, height, style: { width, height, flexShrink: 0, ...style } },
});

/** The site's mark (as in src/components/layout/SiteHeader.astro): a red star in a yellow disc. */
const MARK =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="${C.accent}"/>` +
      `<path d="M20 7l3.6 8.9 9.5.6-7.3 6.1 2.4 9.3L20 26.8l-8.2 5.1 2.4-9.3-7.3-6.1 9.5-.6z" fill="${C.brand}"/></svg>`,
  ).toString('base64');

/** How the title and subtitle are set: size and line limits. */
export interface TitleFit {
  size: number;
  lines: number;
  subtitleLines: number;
}

/**
 * The largest title size, and its line limit, at which the title should fit the room
 * the other parts leave, estimated from the number of letters (Satori cannot shrink
 * text to fit). The title comes first: the subtitle gives up a line, then its place,
 * before the title is cut. Whatever still does not fit ends with an ellipsis.
 */
export function fitTitle(card: Pick<ShareCard, 'title' | 'subtitle' | 'line'>, withPhoto: boolean): TitleFit {
  const width = W - 2 * PAD - (withPhoto ? PHOTO_W : 0);
  // Average advance of Be Vietnam Pro (bold ≈ 0.56 em, regular ≈ 0.5 em), plus slack for
  // lines broken early at a word.
  const rows = (text: string, size: number, em: number) => Math.ceil(([...text].length * size * em * 1.08) / width);
  const lineRows = Math.min(2, rows(card.line, 26, 0.5));
  const natural = card.subtitle ? Math.min(3, rows(card.subtitle, 28, 0.5)) : 0;
  const fixed = 52 + 44 /* padding */ + 34 + 20 /* kind label */ + 20 + lineRows * 26 * 1.4 /* date line */ + 16; /* breathing space */
  const subtitleOptions = [...new Set([natural, Math.min(natural, 2), Math.min(natural, 1), 0])];
  const roomWith = (subtitleLines: number) => BODY_H - fixed - (subtitleLines ? 14 + subtitleLines * 28 * 1.4 : 0);
  // First a title of at least 46 px with as much subtitle as fits; then the smallest size.
  for (const sizes of [[60, 52, 46], [40]]) {
    for (const subtitleLines of subtitleOptions) {
      for (const size of sizes) {
        const lines = Math.min(5, Math.floor(roomWith(subtitleLines) / (size * 1.3)));
        if (rows(card.title, size, 0.56) <= lines) return { size, lines, subtitleLines };
      }
    }
  }
  return { size: 40, lines: Math.min(5, Math.floor(roomWith(0) / 52)), subtitleLines: 0 };
}

// No `overflow: hidden`: Satori clamps and adds the ellipsis itself, and the clip mask it
// would add around the box doubled the rasteriser's time for the card.
const clamp = (lines: number): Style => ({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis' });

/** The red band with the site's mark and names, and the yellow rule under it. */
function headerLayout(card: ShareCard): Node {
  const band = h(
    'div',
    { display: 'flex', alignItems: 'center', gap: 22, height: BAND, flexShrink: 0, paddingLeft: PAD, paddingRight: PAD, backgroundColor: C.brand, color: '#ffffff' },
    img(MARK, 60, 60),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, gap: 2 },
      ...(card.siteName ? [h('div', { fontSize: 30, fontWeight: 700, lineHeight: 1.25 }, card.siteName)] : []),
      h('div', card.siteName ? { fontSize: 22, lineHeight: 1.3, opacity: 0.92 } : { fontSize: 30, fontWeight: 700, lineHeight: 1.3 }, card.boardName),
    ),
    ...(card.host ? [h('div', { display: 'flex', fontSize: 22, lineHeight: 1.3, opacity: 0.85 }, card.host)] : []),
  );
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', width: W, height: HEAD_H, fontFamily: FAMILY, backgroundColor: C.bg },
    band,
    h('div', { height: RULE, flexShrink: 0, backgroundColor: C.accent }),
  );
}

/** The texts under the header: kind and number, title, subtitle, date line; `width` leaves room for a photo. */
function bodyLayout(card: ShareCard, width: number, withPhoto: boolean): Node {
  const kind = h(
    'div',
    { display: 'flex', alignItems: 'center', gap: 16, fontSize: 26, fontWeight: 700, lineHeight: 1.3, color: C.brand },
    h('div', { width: 8, height: 30, backgroundColor: C.accent }),
    h('div', { display: 'flex', letterSpacing: 0.5 }, card.kindLabel.toLocaleUpperCase('vi')),
    ...(card.number ? [h('div', { display: 'flex', fontWeight: 400, color: C.muted }, `Số ${card.number}`)] : []),
  );
  const fit = fitTitle(card, withPhoto);
  const heading = h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 14 },
    h('div', { ...clamp(fit.lines), fontSize: fit.size, fontWeight: 700, lineHeight: 1.3, color: C.text }, card.title),
    ...(card.subtitle && fit.subtitleLines ? [h('div', { ...clamp(fit.subtitleLines), fontSize: 28, lineHeight: 1.4, color: C.muted }, card.subtitle)] : []),
  );
  // The rule above the date line is a 2-pixel box, not a border: Satori draws a border
  // with clip paths, which cost the rasteriser more than the rest of the line.
  const line = h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 18 },
    h('div', { height: 2, backgroundColor: C.border }),
    h('div', { ...clamp(2), fontSize: 26, lineHeight: 1.4, color: C.muted }, card.line),
  );
  const text = h(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, flexShrink: 1, minWidth: 0, padding: `52px ${PAD}px 44px` },
    h('div', { display: 'flex', flexDirection: 'column', gap: 20 }, kind, heading),
    line,
  );
  return h('div', { display: 'flex', width, height: BODY_H, fontFamily: FAMILY, backgroundColor: C.bg }, text);
}

/** Rasterises a Satori layout to raw 8-bit RGB rows (no alpha: every card is opaque). */
async function rasterRows(node: Node, width: number, height: number): Promise<Buffer> {
  const svg = await satori(node as never, { width, height, fonts: loadFonts().list });
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: C.bg }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return checkedRows(data, info, width, height);
}

function checkedRows(data: Buffer, info: OutputInfo, width: number, height: number): Buffer {
  if (info.width !== width || info.height !== height || info.channels !== 3) {
    throw new Error(`ảnh chia sẻ: khối ${info.width}×${info.height}×${info.channels}, cần ${width}×${height}×3`);
  }
  return data;
}

/**
 * The header is the same on every card of a site, so it is drawn once per process and
 * its rows copied into each card: a third of the rasteriser's work on a card.
 */
const headers = new Map<string, Promise<Buffer>>();
function headerRows(card: ShareCard): Promise<Buffer> {
  const key = JSON.stringify([card.siteName, card.boardName, card.host]);
  let rows = headers.get(key);
  if (!rows) {
    rows = rasterRows(headerLayout(card), W, HEAD_H);
    headers.set(key, rows);
  }
  return rows;
}

/** The photo cropped to the right-hand panel (cover, centred on what draws the eye: a face, a group). */
async function photoRows(photo: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(photo)
    .rotate()
    .resize(PHOTO_W, BODY_H, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: C.bg })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return checkedRows(data, info, PHOTO_W, BODY_H);
}

const photoBytes = (photo: ShareCard['photo']) => (photo === undefined ? undefined : typeof photo === 'string' ? readFileSync(photo) : photo);

/**
 * Draws a card as a 1200×630 image: PNG without a photo, JPEG with one
 * (see {@link shareImageFormat}). Texts are normalised to NFC, as the content is.
 *
 * The card is put together from rows of raw pixels: the site's header (drawn once), the
 * texts (Satori, then sharp) and the photo beside them. Drawing the whole card as one SVG
 * cost 45–55 ms; most of it was the rasteriser redrawing the header and the clip masks
 * Satori wraps around each box (issue 7, docs/adr/0006-share-images.md).
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const bytes = photoBytes(card.photo);
  const nfc = (s: string | undefined) => s?.normalize('NFC');
  const clean: ShareCard = { ...card, title: nfc(card.title)!, line: nfc(card.line)!, subtitle: nfc(card.subtitle) };
  const textW = bytes ? W - PHOTO_W : W;
  const [header, text, photo] = await Promise.all([
    headerRows(clean),
    rasterRows(bodyLayout(clean, textW, bytes !== undefined), textW, BODY_H),
    bytes ? photoRows(bytes) : undefined,
  ]);
  const pixels = Buffer.allocUnsafe(W * H * 3);
  header.copy(pixels, 0);
  const textRow = textW * 3;
  const photoRow = PHOTO_W * 3;
  for (let y = 0; y < BODY_H; y++) {
    const at = (HEAD_H + y) * W * 3;
    text.copy(pixels, at, y * textRow, (y + 1) * textRow);
    if (photo) photo.copy(pixels, at + textRow, y * photoRow, (y + 1) * photoRow);
  }
  const image = sharp(pixels, { raw: { width: W, height: H, channels: 3 } });
  return shareImageFormat(card) === 'png'
    ? image.png({ compressionLevel: 6 }).toBuffer()
    : image.jpeg({ quality: 82, progressive: true }).toBuffer();
}

/**
 * The content hash of a card: its texts, the bytes of its photo, the template version,
 * the font files and the renderer's versions. Same key, same image.
 */
export function shareImageKey(card: ShareCard): string {
  const { photo, ...texts } = card;
  const bytes = photoBytes(photo);
  return createHash('sha256')
    .update(rendererVersion())
    .update('\0')
    .update(JSON.stringify(texts, Object.keys(texts).sort()))
    .update('\0')
    .update(bytes ? createHash('sha256').update(bytes).digest('hex') : 'no photo')
    .digest('hex')
    .slice(0, 32);
}

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
 * and written back, inside a process holding the whole site (issue 7). In `astro dev`
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
   * build cost 0.75 GB of memory at 15,000 cards (issue 7).
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
   * stored and written. Several cards at once, so that Satori (JavaScript) lays out one
   * while sharp (its own threads) rasterises and encodes others.
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
export async function writeShareImages(dist: string, log: (message: string) => void = console.log): Promise<{ made: number; reused: number }> {
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
