/**
 * A share card drawn on the canvas: the red header band with the site's mark and names,
 * and under it the kind, number, title, subtitle and date line. The photo beside them is
 * set by sharp (`share-image.ts`).
 */
import { Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import {
  BAND,
  C,
  H,
  HEAD_H,
  measure,
  PAD,
  RULE,
  setText,
  TEXT,
  title,
  W,
  type TextStyle,
} from './share-image-canvas.ts';
import { fitTitle, titleLines, wrap } from './share-image-layout.ts';
import type { ShareCard } from './share-image.ts';

/**
 * Draws lines as CSS sets them: each in a box `lineHeight × size` high, the glyphs
 * centred in it by the font's ascent and descent. Returns the height used.
 */
export function drawLines(
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

/** The site's mark (as in src/components/layout/SiteHeader.astro): a red star in a yellow disc, on a 40-unit grid. */
export const STAR = 'M20 7l3.6 8.9 9.5.6-7.3 6.1 2.4 9.3L20 26.8l-8.2 5.1 2.4-9.3-7.3-6.1 9.5-.6z';
export function drawMark(ctx: SKRSContext2D, x: number, y: number, size: number): void {
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
export function drawHeader(ctx: SKRSContext2D, card: ShareCard): void {
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
export function drawBody(ctx: SKRSContext2D, card: ShareCard, width: number, withPhoto: boolean): void {
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
