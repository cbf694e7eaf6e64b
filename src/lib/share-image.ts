/**
 * Share images (Open Graph cards): the 1200×630 picture that Zalo, Facebook and other
 * apps show when someone shares a page. Drawn at build time on a canvas
 * (`@napi-rs/canvas`: Skia, with text in Be Vietnam Pro, which covers Vietnamese) and
 * encoded with sharp; cached by content hash so that a rebuild only draws what changed.
 * No Astro imports: the endpoints hand in plain data, and tests call it directly.
 *
 * Format, measured on this template: a card without a photo is about 50 KB as a
 * full-colour PNG (JPEG: 45–85 KB, with soft text); a card with a photo is 60–125 KB as
 * JPEG (PNG: up to 190 KB on a detailed photograph). So cards without a photo are PNG and
 * cards with one are JPEG. Encoder settings favour speed, since an archive of thousands of
 * entries draws them all on a cold build: a 256-colour PNG would be 32 KB instead of
 * 49 KB but costs 10 ms per card to quantise, more than drawing and encoding the whole
 * card (15,000 cards: 2 minutes); JPEG without mozjpeg (50–80 ms less for about 10 % more
 * bytes).
 * Only the apps that fetch a card pay its bytes; no page loads it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
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
export const shareImageFormat = (card: Pick<ShareCard, 'photo'>): ShareImageFormat =>
  card.photo === undefined ? 'png' : 'jpg';

/**
 * Bump when the card's design changes in a way the template digest below cannot see
 * (say, a helper moved to another module): every cached image is then drawn again.
 */
const TEMPLATE_VERSION = 3;

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
/**
 * The name the cards ask for. All six files are registered under it: the `vietnamese`
 * file has the precomposed letters (ặ, ỡ, ư, Đ) but not a–z, and Skia takes each letter
 * from whichever file of the family has it.
 */
const FAMILY = 'Be Vietnam Pro (thidua share card)';

interface Fonts {
  /** The font files, by subset and weight. */
  files: { subset: (typeof SUBSETS)[number]; weight: (typeof WEIGHTS)[number]; path: string }[];
  /** Digest of the font bytes: a new release of the font draws every card again. */
  digest: string;
}
let fonts: Fonts | undefined;

/**
 * Be Vietnam Pro 400 and 700 from `@fontsource/be-vietnam-pro` (WOFF2), all three
 * subsets of each weight, registered once per process with the canvas.
 */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  // Resolved from the project, not from this module: in a build this code runs bundled.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const hash = createHash('sha256');
  const files: Fonts['files'] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const file = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      hash.update(readFileSync(file));
      if (!GlobalFonts.registerFromPath(file, FAMILY)) throw new Error(`ảnh chia sẻ: không nạp được phông ${file}`);
      files.push({ subset, weight, path: file });
    }
  }
  fonts = { files, digest: hash.digest('hex') };
  return fonts;
}

/** The font files the cards are drawn with, and the family name they are registered under. */
export function shareImageFonts(): { files: Fonts['files']; family: string } {
  return { files: loadFonts().files, family: FAMILY };
}

let renderer: string | undefined;
/** Versions of what draws the card; a change in any of them draws every card again. */
function rendererVersion(): string {
  if (renderer) return renderer;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  let canvasVersion = 'unknown';
  try {
    canvasVersion = (require('@napi-rs/canvas/package.json') as { version: string }).version;
  } catch {
    // An unreadable version only costs a redraw after an upgrade that goes unnoticed.
  }
  // The drawing code and its constants, so that an edited design never serves old images.
  const template = createHash('sha256')
    .update(
      [drawHeader, drawBody, drawMark, setText, wrap, measure, fitTitle, titleLines, photoRows, renderShareImage]
        .map((f) => f.toString())
        .join('\n'),
    )
    .update(JSON.stringify({ C, BAND, RULE, PHOTO_W, PAD, STAR, SUBSETS, WEIGHTS, TEXT, PNG_LEVEL, LINE_CHARS }))
    .digest('hex');
  renderer = `template ${TEMPLATE_VERSION} ${template}, @napi-rs/canvas ${canvasVersion}, sharp ${sharp.versions.sharp}, vips ${sharp.versions.vips}, fonts ${loadFonts().digest}`;
  return renderer;
}

/* --------------------------------------------------------------- template */

/** The texts of a card: size in px, weight, line height (× size), colour, letter spacing in px. */
const TEXT = {
  site: { size: 30, weight: 700, lineHeight: 1.25, color: '#ffffff' },
  board: { size: 22, weight: 400, lineHeight: 1.3, color: '#ffffff' },
  host: { size: 22, weight: 400, lineHeight: 1.3, color: '#ffffff' },
  kind: { size: 26, weight: 700, lineHeight: 1.3, color: C.brand, letterSpacing: 0.5 },
  number: { size: 26, weight: 400, lineHeight: 1.3, color: C.muted },
  subtitle: { size: 28, weight: 400, lineHeight: 1.4, color: C.muted },
  line: { size: 26, weight: 400, lineHeight: 1.4, color: C.muted },
} as const;
type TextStyle = { size: number; weight: number; lineHeight: number; color: string; letterSpacing?: number };
const title = (size: number): TextStyle => ({ size, weight: 700, lineHeight: 1.3, color: C.text });

// One canvas for every card: drawing is synchronous, and its pixels are copied out
// before the next card is drawn.
let surface: { canvas: Canvas; ctx: SKRSContext2D } | undefined;
function context(): SKRSContext2D {
  if (!surface) {
    loadFonts();
    const canvas = createCanvas(W, H);
    surface = { canvas, ctx: canvas.getContext('2d') };
  }
  return surface.ctx;
}

function setText(ctx: SKRSContext2D, style: TextStyle): void {
  ctx.font = `${style.weight} ${style.size}px "${FAMILY}"`;
  ctx.fillStyle = style.color;
  ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
}

const measure = (ctx: SKRSContext2D, text: string) => ctx.measureText(text).width;

/**
 * More characters than any line of a card holds: 1,072 px at 22 px, the smallest text,
 * is under 250 of the narrowest letters. Text past `max + 2` such lines is never laid out.
 */
const LINE_CHARS = 1000;

/**
 * Breaks `text` into lines no wider than `width` in the context's font, at spaces
 * (Vietnamese words are written apart), and inside a word only when the word alone is
 * too wide. The lines past `max` are dropped and the last one kept ends with "…".
 * Only what that "…" can need is laid out: `max` lines and the one after, so the cost
 * is that of a few lines however long the text (a 50,000-character title costs what a
 * 500-character one does), where laying out the whole text grew with its square.
 */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const [word] of (max < Infinity ? text.slice(0, (max + 2) * LINE_CHARS) : text).matchAll(/\S+/g)) {
    if (lines.length > max) break;
    const joined = current ? `${current} ${word}` : word;
    if (measure(ctx, joined) <= width) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word wider than the line (a long number, an address) is cut letter by letter,
    // as many letters to a line as fit (found by halving, not one letter at a time).
    while (lines.length <= max && measure(ctx, current) > width) {
      const letters = [...current];
      let fit = 1;
      for (let hi = letters.length - 1; fit < hi;) {
        const mid = Math.ceil((fit + hi) / 2);
        if (measure(ctx, letters.slice(0, mid).join('')) > width) hi = mid - 1;
        else fit = mid;
      }
      lines.push(letters.slice(0, fit).join(''));
      current = letters.slice(fit).join('');
    }
  }
  if (current) lines.push(current);
  if (lines.length <= max) return lines;
  // The last line kept ends with "…" after the last whole word that leaves room for it.
  const kept = lines.slice(0, max);
  const words = lines
    .slice(max - 1)
    .join(' ')
    .split(' ');
  const ending = (text: string) => `${text.replace(/[\s,.;:–-]+$/u, '')}…`;
  while (words.length > 1 && measure(ctx, ending(words.join(' '))) > width) words.pop();
  const letters = [...words.join(' ')];
  while (letters.length > 1 && measure(ctx, ending(letters.join(''))) > width) letters.pop();
  kept[max - 1] = ending(letters.join(''));
  return kept;
}

/**
 * Draws lines as CSS sets them: each in a box `lineHeight × size` high, the glyphs
 * centred in it by the font's ascent and descent. Returns the height used.
 */
function drawLines(
  ctx: SKRSContext2D,
  lines: string[],
  style: TextStyle,
  x: number,
  top: number,
  align: 'left' | 'right' = 'left',
): number {
  setText(ctx, style);
  const box = style.size * style.lineHeight;
  const m = ctx.measureText('Ẩg');
  const baseline = (box - (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent)) / 2 + m.fontBoundingBoxAscent;
  ctx.textAlign = align;
  lines.forEach((line, i) => ctx.fillText(line, x, top + i * box + baseline));
  ctx.textAlign = 'left';
  return lines.length * box;
}

/** How the title and subtitle are set: size and line limits. */
export interface TitleFit {
  size: number;
  lines: number;
  subtitleLines: number;
}

/** Room, in px, between the kind line and the rule above the date line, with `lineRows` date lines. */
const headingRoom = (lineRows: number) =>
  BODY_H -
  (52 + 44) -
  (TEXT.kind.size * TEXT.kind.lineHeight + 20) -
  (2 + 18 + lineRows * TEXT.line.size * TEXT.line.lineHeight) -
  16;

/**
 * The largest title size, and its line limit, at which the whole title fits the room
 * the other parts leave, measured in the card's font. The title comes first: the
 * subtitle gives up a line, then its place, before the title is cut. Whatever still
 * does not fit ends with an ellipsis.
 */
export function fitTitle(card: Pick<ShareCard, 'title' | 'subtitle' | 'line'>, withPhoto: boolean): TitleFit {
  const ctx = context();
  const width = W - 2 * PAD - (withPhoto ? PHOTO_W : 0);
  // The number of lines of `text`, counted up to `most + 1`: all the choice needs to know.
  const rows = (text: string, style: TextStyle, most: number) => {
    setText(ctx, style);
    return wrap(ctx, text, width, most + 1).length;
  };
  const lineRows = Math.min(2, rows(card.line, TEXT.line, 2));
  const natural = card.subtitle ? Math.min(3, rows(card.subtitle, TEXT.subtitle, 3)) : 0;
  const subtitleOptions = [...new Set([natural, Math.min(natural, 2), Math.min(natural, 1), 0])];
  const roomWith = (subtitleLines: number) =>
    headingRoom(lineRows) - (subtitleLines ? 14 + subtitleLines * TEXT.subtitle.size * TEXT.subtitle.lineHeight : 0);
  // First a title of at least 46 px with as much subtitle as fits; then the smallest size.
  for (const sizes of [[60, 52, 46], [40]]) {
    for (const subtitleLines of subtitleOptions) {
      for (const size of sizes) {
        const lines = Math.min(5, Math.floor(roomWith(subtitleLines) / (size * 1.3)));
        if (rows(card.title, title(size), lines) <= lines) return { size, lines, subtitleLines };
      }
    }
  }
  return { size: 40, lines: Math.min(5, Math.floor(roomWith(0) / 52)), subtitleLines: 0 };
}

/** The title's lines as the card draws them: at most `fit.lines`, the last ending with "…" when the title is cut. */
export function titleLines(
  card: Pick<ShareCard, 'title' | 'subtitle' | 'line'>,
  withPhoto: boolean,
  fit = fitTitle(card, withPhoto),
): string[] {
  const ctx = context();
  setText(ctx, title(fit.size));
  return wrap(ctx, card.title, W - 2 * PAD - (withPhoto ? PHOTO_W : 0), fit.lines);
}

/** The site's mark (as in src/components/layout/SiteHeader.astro): a red star in a yellow disc, on a 40-unit grid. */
const STAR = 'M20 7l3.6 8.9 9.5.6-7.3 6.1 2.4 9.3L20 26.8l-8.2 5.1 2.4-9.3-7.3-6.1 9.5-.6z';
function drawMark(ctx: SKRSContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 40, size / 40);
  ctx.fillStyle = C.accent;
  ctx.beginPath();
  ctx.arc(20, 20, 19, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = C.brand;
  ctx.fill(new Path2D(STAR));
  ctx.restore();
}

/** The red band with the site's mark and names, the host at its end, and the yellow rule under it. */
function drawHeader(ctx: SKRSContext2D, card: ShareCard): void {
  ctx.fillStyle = C.brand;
  ctx.fillRect(0, 0, W, BAND);
  ctx.fillStyle = C.accent;
  ctx.fillRect(0, BAND, W, RULE);
  drawMark(ctx, PAD, (BAND - 60) / 2, 60);
  const x = PAD + 60 + 22;
  let hostWidth = 0;
  if (card.host) {
    ctx.globalAlpha = 0.85;
    setText(ctx, TEXT.host);
    hostWidth = measure(ctx, card.host) + 22;
    drawLines(ctx, [card.host], TEXT.host, W - PAD, (BAND - TEXT.host.size * TEXT.host.lineHeight) / 2, 'right');
  }
  const room = W - PAD - x - hostWidth;
  const names: [string, TextStyle, number][] = card.siteName
    ? [
        [card.siteName, TEXT.site, 1],
        [card.boardName, TEXT.board, 0.92],
      ]
    : [[card.boardName, { ...TEXT.site, lineHeight: 1.3 }, 1]];
  const height = names.reduce((sum, [, s]) => sum + s.size * s.lineHeight, 0) + (names.length - 1) * 2;
  let top = (BAND - height) / 2;
  for (const [text, style, alpha] of names) {
    ctx.globalAlpha = alpha;
    setText(ctx, style);
    top += drawLines(ctx, wrap(ctx, text, room, 1), style, x, top) + 2;
  }
  ctx.globalAlpha = 1;
}

/** The texts under the header, in `width` px (less than the card when a photo takes the right). */
function drawBody(ctx: SKRSContext2D, card: ShareCard, width: number, withPhoto: boolean): void {
  const x = PAD;
  const inner = width - 2 * PAD;
  let top = HEAD_H + 52;
  // Kind and number: a yellow bar, the kind in capitals, "Số …".
  const row = TEXT.kind.size * TEXT.kind.lineHeight;
  ctx.fillStyle = C.accent;
  ctx.fillRect(x, top + (row - 30) / 2, 8, 30);
  setText(ctx, TEXT.kind);
  const label = card.kindLabel.toLocaleUpperCase('vi');
  const labelWidth = measure(ctx, label);
  drawLines(ctx, [label], TEXT.kind, x + 8 + 16, top);
  if (card.number) drawLines(ctx, [`Số ${card.number}`], TEXT.number, x + 8 + 16 + labelWidth + 16, top);
  top += row + 20;
  // Title and subtitle.
  const fit = fitTitle(card, withPhoto);
  top += drawLines(ctx, titleLines(card, withPhoto, fit), title(fit.size), x, top);
  if (card.subtitle && fit.subtitleLines) {
    setText(ctx, TEXT.subtitle);
    drawLines(ctx, wrap(ctx, card.subtitle, inner, fit.subtitleLines), TEXT.subtitle, x, top + 14);
  }
  // The date line at the foot, with a rule above it.
  setText(ctx, TEXT.line);
  const lines = wrap(ctx, card.line, inner, 2);
  const lineTop = H - 44 - lines.length * TEXT.line.size * TEXT.line.lineHeight;
  ctx.fillStyle = C.border;
  ctx.fillRect(x, lineTop - 18 - 2, inner, 2);
  drawLines(ctx, lines, TEXT.line, x, lineTop);
}

/**
 * zlib level of the PNG cards. Encoding is most of a card's cost; measured on three
 * cards: level 6 (sharp's default) 5.7 ms and 68 KB, level 3 3.9 ms and 73 KB, level 1
 * 2.8 ms and 97 KB. Level 3 saves a third of the encoding for 7 % more bytes, which only
 * the apps that fetch a card pay.
 */
const PNG_LEVEL = 3;

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
  if (info.width !== PHOTO_W || info.height !== BODY_H || info.channels !== 3) {
    throw new Error(`ảnh chia sẻ: ảnh ${info.width}×${info.height}×${info.channels}, cần ${PHOTO_W}×${BODY_H}×3`);
  }
  return data;
}

const photoBytes = (photo: ShareCard['photo']) =>
  photo === undefined ? undefined : typeof photo === 'string' ? readFileSync(photo) : photo;

/**
 * Draws a card as a 1200×630 image: PNG without a photo, JPEG with one
 * (see {@link shareImageFormat}). Texts are normalised to NFC, as the content is.
 *
 * The header and texts are drawn on a canvas (Skia, through `@napi-rs/canvas`), whose
 * glyph cache makes text cheap: 0.3 ms for a card's texts, where laying them out with
 * Satori and rasterising its SVG paths with librsvg took 17 ms (ADR 0007). sharp then
 * sets the photo beside them and encodes the image, on its own threads.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const bytes = photoBytes(card.photo);
  const nfc = (s: string | undefined) => s?.normalize('NFC');
  const clean: ShareCard = { ...card, title: nfc(card.title)!, line: nfc(card.line)!, subtitle: nfc(card.subtitle) };
  const textW = bytes ? W - PHOTO_W : W;
  const photo = bytes ? photoRows(bytes) : undefined;
  const ctx = context();
  ctx.fillStyle = C.bg;
  ctx.fillRect(0, 0, W, H);
  drawHeader(ctx, clean);
  drawBody(ctx, clean, textW, bytes !== undefined);
  // Every pixel is opaque, so the canvas's premultiplied RGBA is plain RGBA.
  const image = sharp(surface!.canvas.data(), { raw: { width: W, height: H, channels: 4 } });
  if (photo)
    image.composite([
      { input: await photo, raw: { width: PHOTO_W, height: BODY_H, channels: 3 }, left: textW, top: HEAD_H },
    ]);
  image.removeAlpha();
  return shareImageFormat(card) === 'png'
    ? image.png({ compressionLevel: PNG_LEVEL }).toBuffer()
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
