/**
 * What every share card is drawn with: its size and colours, its text styles, the fonts
 * (Be Vietnam Pro, which covers Vietnamese) and the one canvas they are set on
 * (`@napi-rs/canvas`: Skia). The card itself is laid out in `share-image-layout.ts` and
 * drawn in `share-image-draw.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { SHARE_IMAGE_SIZE } from './share-meta.ts';

// Colours of the site (src/styles/global.css).
export const C = {
  brand: '#9b1c1c',
  accent: '#f2c14e',
  text: '#1b1b1f',
  muted: '#4a4f57',
  bg: '#ffffff',
  border: '#c9c6bd',
} as const;

export const W = SHARE_IMAGE_SIZE.width;
export const H = SHARE_IMAGE_SIZE.height;
export const BAND = 104; // red header band
export const RULE = 8; // yellow rule under it, as under the site's header
export const HEAD_H = BAND + RULE;
export const BODY_H = H - HEAD_H;
export const PHOTO_W = 440;
export const PAD = 64;

/* ------------------------------------------------------------------ fonts */

export const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
export const WEIGHTS = [400, 700] as const;
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
export function loadFonts(): Fonts {
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

/* ------------------------------------------------------------------ texts */

/** The texts of a card: size in px, weight, line height (× size), colour, letter spacing in px. */
export const TEXT = {
  site: { size: 30, weight: 700, lineHeight: 1.25, color: '#ffffff' },
  board: { size: 22, weight: 400, lineHeight: 1.3, color: '#ffffff' },
  host: { size: 22, weight: 400, lineHeight: 1.3, color: '#ffffff' },
  kind: { size: 26, weight: 700, lineHeight: 1.3, color: C.brand, letterSpacing: 0.5 },
  number: { size: 26, weight: 400, lineHeight: 1.3, color: C.muted },
  subtitle: { size: 28, weight: 400, lineHeight: 1.4, color: C.muted },
  line: { size: 26, weight: 400, lineHeight: 1.4, color: C.muted },
} as const;
export type TextStyle = { size: number; weight: number; lineHeight: number; color: string; letterSpacing?: number };
export const title = (size: number): TextStyle => ({ size, weight: 700, lineHeight: 1.3, color: C.text });

// One canvas for every card: drawing is synchronous, and its pixels are copied out
// before the next card is drawn.
let surface: { canvas: Canvas; ctx: SKRSContext2D } | undefined;
export function context(): SKRSContext2D {
  if (!surface) {
    loadFonts();
    const canvas = createCanvas(W, H);
    surface = { canvas, ctx: canvas.getContext('2d') };
  }
  return surface.ctx;
}

/** The canvas's pixels (premultiplied RGBA), for sharp to encode. */
export const canvasPixels = (): Buffer => surface!.canvas.data();

export function setText(ctx: SKRSContext2D, style: TextStyle): void {
  ctx.font = `${style.weight} ${style.size}px "${FAMILY}"`;
  ctx.fillStyle = style.color;
  ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
}

export const measure = (ctx: SKRSContext2D, text: string) => ctx.measureText(text).width;
