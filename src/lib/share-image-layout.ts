/**
 * How a share card's texts are broken into lines in the card's font: wrapping with an
 * ellipsis, and the size and line limits of the title and subtitle (`fitTitle`).
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import {
  BODY_H,
  context,
  measure,
  PAD,
  PHOTO_W,
  setText,
  TEXT,
  title,
  W,
  type TextStyle,
} from './share-image-canvas.ts';
import type { ShareCard } from './share-image.ts';

/**
 * More characters than any line of a card holds: 1,072 px at 22 px, the smallest text,
 * is under 250 of the narrowest letters. Text past `max + 2` such lines is never laid out.
 */
export const LINE_CHARS = 1000;

/**
 * Breaks `text` into lines no wider than `width` in the context's font, at spaces
 * (Vietnamese words are written apart), and inside a word only when the word alone is
 * too wide. The lines past `max` are dropped and the last one kept ends with "…".
 * Only what that "…" can need is laid out: `max` lines and the one after, so the cost
 * is that of a few lines however long the text (a 50,000-character title costs what a
 * 500-character one does), where laying out the whole text grew with its square.
 */
export function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
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

/** How the title and subtitle are set: size and line limits. */
export interface TitleFit {
  size: number;
  lines: number;
  subtitleLines: number;
}

/** Room, in px, between the kind line and the rule above the date line, with `lineRows` date lines. */
export const headingRoom = (lineRows: number) =>
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
