/**
 * The two-column blocks of an administrative document (issuer and number on the left,
 * national motto and date on the right; recipients on the left, signature on the
 * right) read back in the order the rest of the importer expects: the whole left
 * column, then the whole right column, as a Word table's cells are read. PDF text,
 * old `.doc` tables and saved web pages all arrive as rows of cells; this puts them in
 * that order so every format meets one reader.
 */

/** One row of text as laid out on the page: its cells from left to right. */
export interface Row {
  cells: { text: string; side: 'left' | 'right' | 'both' }[];
}

/**
 * Lines in reading order. A run of rows where at least one row has a left and a right
 * cell, and every row sits in one column, is a two-column block: its left cells come
 * first, then its right cells. Every other row is one line, cells joined by a space.
 */
export function readingOrder(all: readonly Row[]): string[] {
  // Blank rows neither start nor end a block: a header often has an empty line inside.
  const rows = all.filter((r) => r.cells.some((c) => c.text.trim()));
  const out: string[] = [];
  const inColumn = (r: Row) => r.cells.length > 0 && r.cells.every((c) => c.side !== 'both');
  const twoSided = (r: Row) => r.cells.some((c) => c.side === 'left') && r.cells.some((c) => c.side === 'right');
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && inColumn(rows[j]!)) j++;
    const block = rows.slice(i, j);
    if (block.some(twoSided)) {
      for (const side of ['left', 'right'] as const) {
        for (const r of block) {
          const text = r.cells
            .filter((c) => c.side === side)
            .map((c) => c.text)
            .join(' ')
            .trim();
          if (text) out.push(text);
        }
      }
      i = j;
      continue;
    }
    const text = rows[i]!.cells.map((c) => c.text)
      .join(' ')
      .trim();
    if (text) out.push(text);
    i++;
  }
  return out;
}

/** A piece of text at a position on the page: y grows upwards, as in PDF. */
export interface Box {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Height of the letters: gaps and baselines are judged against it. */
  size: number;
}

/** A line that starts a paragraph of its own even right under a full line. */
const STARTS_PARAGRAPH = /^(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.|Điều \d|Căn cứ|Chương|Mục|Phần|Nơi nhận)/u;

/**
 * Rows of a page from positioned text (a PDF's text layer, OCR's words): pieces on
 * one baseline form a row, split into cells where a gap wider than two letters opens.
 * The columns are learned from the rows with two cells (the header): the first cell is
 * left, the others right, and a lone cell is left or right when it sits inside one of
 * them. A paragraph the page wrapped (a full line, then a line at the left margin) is
 * joined back into one line.
 */
export function rowsOfPage(boxes: readonly Box[]): Row[] {
  const sorted = boxes.filter((b) => b.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Box[][] = [];
  for (const box of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - box.y) <= Math.max(box.size, 1) * 0.5) line.push(box);
    else lines.push([box]);
  }
  type Cell = { text: string; x0: number; x1: number; size: number };
  const cellLines: Cell[][] = lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    for (const box of line) {
      const size = Math.max(box.size, 1);
      const cell = cells.at(-1);
      const gap = cell ? box.x - cell.x1 : Infinity;
      if (cell && gap <= size * 2) {
        const space = gap > size * 0.15 && !cell.text.endsWith(' ') && !box.str.startsWith(' ');
        cell.text += (space ? ' ' : '') + box.str;
        cell.x1 = Math.max(cell.x1, box.x + box.width);
      } else cells.push({ text: box.str, x0: box.x, x1: box.x + box.width, size });
    }
    for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
    return cells;
  });
  const split = cellLines.filter((c) => c.length >= 2);
  const leftEnd = Math.max(...split.map((c) => c[0]!.x1));
  const rightStart = Math.min(...split.map((c) => c[1]!.x0));
  const full = cellLines.filter((c) => c.length === 1).map((c) => c[0]!);
  const marginLeft = Math.min(...full.map((c) => c.x0));
  const marginRight = Math.max(...full.map((c) => c.x1));

  const rows: Row[] = [];
  let previous: Cell | undefined;
  for (const cells of cellLines) {
    if (cells.length >= 2) {
      const [left, ...right] = cells;
      rows.push({
        cells: [
          { text: left!.text, side: 'left' },
          { text: right.map((c) => c.text).join(' '), side: 'right' },
        ],
      });
      previous = undefined;
      continue;
    }
    const c = cells[0]!;
    const side =
      split.length && c.x0 >= rightStart - c.size
        ? 'right'
        : split.length && c.x1 <= leftEnd + c.size
          ? 'left'
          : 'both';
    const continues =
      previous &&
      side === 'both' &&
      previous.x1 >= marginRight - c.size * 4 &&
      Math.abs(c.x0 - marginLeft) <= c.size &&
      !STARTS_PARAGRAPH.test(c.text);
    if (continues) {
      const last = rows.at(-1)!.cells[0]!;
      last.text = `${last.text} ${c.text}`;
    } else rows.push({ cells: [{ text: c.text, side }] });
    previous = side === 'both' ? c : undefined;
  }
  return rows;
}
