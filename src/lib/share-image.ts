/**
 * Share images (Open Graph cards): the 1200×630 picture that Zalo, Facebook and other
 * apps show when someone shares a page. Drawn at build time on a canvas
 * (`@napi-rs/canvas`: Skia, with text in Be Vietnam Pro, which covers Vietnamese) and
 * encoded with sharp; cached by content hash so that a rebuild only draws what changed.
 * No Astro imports: the endpoints hand in plain data, and tests call it directly.
 *
 * This file holds the card, its format and key, and the render entry; beside it,
 * `share-image-canvas.ts` (size, colours, text styles, fonts, the canvas),
 * `share-image-layout.ts` (wrapping and title fitting), `share-image-draw.ts` (the
 * header and texts) and `share-image-cache.ts` (the cache and the writing after the build).
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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import {
  BAND,
  BODY_H,
  C,
  canvasPixels,
  context,
  H,
  HEAD_H,
  loadFonts,
  measure,
  PAD,
  PHOTO_W,
  RULE,
  setText,
  SUBSETS,
  TEXT,
  title,
  W,
  WEIGHTS,
} from './share-image-canvas.ts';
import { drawBody, drawHeader, drawLines, drawMark, STAR } from './share-image-draw.ts';
import { fitTitle, headingRoom, LINE_CHARS, titleLines, wrap } from './share-image-layout.ts';

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
 * (say, a new helper that the digest does not list): every cached image is then drawn again.
 */
const TEMPLATE_VERSION = 3;

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
  // The drawing code and its constants, so that an edited design never serves old images:
  // every function and constant of share-image-canvas.ts, -layout.ts and -draw.ts that
  // shapes the pixels, and the render entry here. A function added there belongs here too.
  const template = createHash('sha256')
    .update(
      [
        drawHeader,
        drawBody,
        drawMark,
        drawLines,
        setText,
        title,
        context,
        wrap,
        measure,
        headingRoom,
        fitTitle,
        titleLines,
        photoRows,
        photoBytes,
        renderShareImage,
      ]
        .map((f) => f.toString())
        .join('\n'),
    )
    .update(JSON.stringify({ C, W, H, BAND, RULE, PHOTO_W, PAD, STAR, SUBSETS, WEIGHTS, TEXT, PNG_LEVEL, LINE_CHARS }))
    .digest('hex');
  renderer = `template ${TEMPLATE_VERSION} ${template}, @napi-rs/canvas ${canvasVersion}, sharp ${sharp.versions.sharp}, vips ${sharp.versions.vips}, fonts ${loadFonts().digest}`;
  return renderer;
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
  const image = sharp(canvasPixels(), { raw: { width: W, height: H, channels: 4 } });
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
