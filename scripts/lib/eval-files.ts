/**
 * The evaluation corpus's PDFs, scans and Word files, made from their text sources
 * (test/fixtures/import/eval/README.md) so the repository holds readable text, not
 * binaries. A tab in a line separates the left and right columns of the header and
 * signature rows; they are laid out side by side, as on paper, so the readers have to
 * put them back in order.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const fontFile = (subset: string, ext: 'woff' | 'woff2') =>
  require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-400-normal.${ext}`);

/** A4 in PDF points, with the margins of Decree 30/2020 (about 2 cm left and right). */
const PAGE = { width: 595, height: 842, left: 70, right: 535, top: 790, bottom: 60 };
const SIZE = 12;
const SERIF = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';
/** Where the right column starts: the motto's column is the wider one. */
const SPLIT = 245;
const LEAD = 17;

/** Short lines in capitals (QUYẾT ĐỊNH, KẾ HOẠCH) are centred, as on paper. */
const centred = (line: string) => line.length < 70 && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/** One PDF font per subset: each character is drawn with the font that has it. */
class PdfWriter {
  private page!: PDFPage;
  private y = PAGE.top;
  private doc: PDFDocument;
  private fonts: PDFFont[];
  constructor(doc: PDFDocument, fonts: PDFFont[]) {
    this.doc = doc;
    this.fonts = fonts;
    this.newPage();
  }
  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.top;
  }
  private fontOf(ch: string) {
    const cp = ch.codePointAt(0)!;
    return this.fonts.find((f) => f.getCharacterSet().includes(cp)) ?? this.fonts[0]!;
  }
  width(text: string) {
    return [...text].reduce((w, ch) => w + this.fontOf(ch).widthOfTextAtSize(ch, SIZE), 0);
  }
  private draw(text: string, x: number) {
    // Runs of one font, so the text layer keeps words whole where it can.
    let run = '';
    let font: PDFFont | undefined;
    let cx = x;
    const flush = () => {
      if (!run || !font) return;
      this.page.drawText(run, { x: cx, y: this.y, size: SIZE, font });
      cx += font.widthOfTextAtSize(run, SIZE);
      run = '';
    };
    for (const ch of text) {
      const f = this.fontOf(ch);
      if (f !== font) {
        flush();
        font = f;
      }
      run += ch;
    }
    flush();
  }
  private wrap(text: string, width: number): string[] {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
    return out;
  }
  private advance() {
    this.y -= LEAD;
    if (this.y < PAGE.bottom) this.newPage();
  }
  line(text: string) {
    if (!text.trim()) return this.advance();
    const [left, right] = text.split('\t');
    if (right !== undefined) {
      const mid = SPLIT;
      const l = this.wrap(left!.trim(), mid - PAGE.left - 10);
      const r = this.wrap(right.trim(), PAGE.right - mid);
      for (let i = 0; i < Math.max(l.length, r.length); i++) {
        if (l[i]) this.draw(l[i]!, PAGE.left + (mid - PAGE.left - 10 - this.width(l[i]!)) / 2);
        if (r[i]) this.draw(r[i]!, mid + (PAGE.right - mid - this.width(r[i]!)) / 2);
        this.advance();
      }
      return;
    }
    for (const part of this.wrap(text.trim(), PAGE.right - PAGE.left)) {
      this.draw(part, centred(text) ? (PAGE.width - this.width(part)) / 2 : PAGE.left);
      this.advance();
    }
  }
}

/** A text PDF, as a signed PDF from an office's document system is. */
export async function typesetPdf(source: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = [];
  for (const subset of ['latin', 'vietnamese', 'latin-ext']) {
    fonts.push(await doc.embedFont(readFileSync(fontFile(subset, 'woff')), { subset: true }));
  }
  const writer = new PdfWriter(doc, fonts);
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) writer.line(line);
  return doc.save();
}

/** An image-only PDF: the text drawn on white at 300 dpi, as a scanner makes it. */
export async function scanPdf(source: string): Promise<Uint8Array> {
  // Offices print in Times New Roman; Liberation Serif (Debian's fonts-liberation, which
  // Chromium brings) has its metrics and shapes. Be Vietnam Pro stands in without it.
  if (!existsSync(SERIF) || !GlobalFonts.registerFromPath(SERIF, 'Scan')) {
    for (const subset of ['latin', 'vietnamese', 'latin-ext'])
      GlobalFonts.registerFromPath(fontFile(subset, 'woff2'), 'Scan');
  }
  const scale = 300 / 72;
  const pages: Buffer[] = [];
  let canvas = createCanvas(PAGE.width * scale, PAGE.height * scale);
  let ctx = canvas.getContext('2d');
  let y = PAGE.height - PAGE.top;
  const start = () => {
    canvas = createCanvas(PAGE.width * scale, PAGE.height * scale);
    ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#111';
    ctx.scale(scale, scale);
    ctx.font = `${SIZE + 1}px Scan`;
    y = PAGE.height - PAGE.top;
  };
  start();
  const draw = (text: string, x: number) => ctx.fillText(text, x, y);
  const width = (text: string) => ctx.measureText(text).width;
  const next = () => {
    y += LEAD;
    if (y > PAGE.height - PAGE.bottom) {
      pages.push(canvas.toBuffer('image/png'));
      start();
    }
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const [left, right] = line.split('\t');
    if (right !== undefined) {
      const mid = SPLIT;
      if (left!.trim()) draw(left!.trim(), PAGE.left + Math.max(0, (mid - PAGE.left - 10 - width(left!.trim())) / 2));
      if (right.trim()) draw(right.trim(), mid + Math.max(0, (PAGE.right - mid - width(right.trim())) / 2));
      next();
      continue;
    }
    let rest = line.trim();
    if (!rest) next();
    while (rest) {
      let cut = rest.length;
      while (width(rest.slice(0, cut)) > PAGE.right - PAGE.left) cut = rest.lastIndexOf(' ', cut - 1);
      const part = rest.slice(0, cut > 0 ? cut : rest.length);
      draw(part, centred(line) ? (PAGE.width - width(part)) / 2 : PAGE.left);
      rest = rest.slice(part.length).trim();
      next();
    }
  }
  pages.push(canvas.toBuffer('image/png'));
  const doc = await PDFDocument.create();
  for (const png of pages) {
    const image = await doc.embedPng(png);
    doc.addPage([PAGE.width, PAGE.height]).drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return doc.save();
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (lines: string[]) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: lines.map(
      (l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold: centred(l) })] }),
    ),
  });

/** A Word file: header and signature rows as borderless two-column tables, as offices lay them out. */
export async function buildDocx(source: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: [string, string][] = [];
  const flush = () => {
    if (!rows.length) return;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [cell(rows.map((r) => r[0]).filter(Boolean)), cell(rows.map((r) => r[1]).filter(Boolean))],
          }),
        ],
      }),
    );
    rows = [];
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const [left, right] = line.split('\t');
    if (right !== undefined) {
      rows.push([left!.trim(), right.trim()]);
      continue;
    }
    flush();
    if (!line.trim()) continue;
    children.push(
      new Paragraph({
        alignment: centred(line) ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        children: [new TextRun({ text: line.trim(), bold: centred(line) })],
      }),
    );
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
