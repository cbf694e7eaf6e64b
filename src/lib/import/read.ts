/**
 * Every kind of file a board receives, read into plain text: signed PDFs (text layer),
 * scans and photos (OCR), Word files old and new, text, Markdown and saved web pages.
 * Text in a legacy Vietnamese encoding (TCVN3, VNI) is converted to Unicode. What the
 * file is and how it was read travels with the text, so the importer can attach the
 * original and mark what OCR was unsure of.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import WordExtractor from 'word-extractor';
import { readingOrder, type Row } from './columns.ts';
import { readDocx } from './docx.ts';
import { htmlToText } from './html.ts';
import { toUnicode } from './legacy-encoding.ts';
import { readScan } from './ocr.ts';
import { readPdf } from './pdf.ts';
import { decodeText } from './text.ts';

export interface SourceText {
  text: string;
  format: 'pdf' | 'scan' | 'image' | 'doc' | 'docx' | 'txt' | 'md' | 'html';
  /** The file is the document itself (PDF, Word, scan): it becomes the entry's attachment. */
  attach: boolean;
  /** Words OCR was unsure of. */
  doubtful?: Set<string> | undefined;
}

/** An input the importer cannot read, with what to do about it, in Vietnamese. */
export class UnreadableFile extends Error {}

export const READABLE = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
  '.doc',
  '.docx',
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
];

/** Reads a file by its extension (and, for PDFs, by whether it has a text layer). */
export async function readSource(file: string): Promise<SourceText> {
  const source = await readByKind(file);
  // Before any normalising: TCVN3 uses code points that normalizeText would rewrite.
  return { ...source, text: toUnicode(source.text).text };
}

async function readByKind(file: string): Promise<SourceText> {
  const ext = path.extname(file).toLowerCase();
  if (!READABLE.includes(ext)) {
    throw new UnreadableFile(`không đọc được loại tệp ${ext || '(không có đuôi)'}; nhận ${READABLE.join(', ')}`);
  }
  const bytes = new Uint8Array(readFileSync(file));
  switch (ext) {
    case '.pdf': {
      if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-')
        throw new UnreadableFile('tệp không phải PDF (thiếu phần đầu %PDF-)');
      const pdf = await readPdf(bytes);
      if (!pdf.scanned) return { text: pdf.text, format: 'pdf', attach: true };
      const scan = readScan(bytes, 'pdf');
      return { text: scan.text, format: 'scan', attach: true, doubtful: scan.doubtful };
    }
    case '.png':
    case '.jpg':
    case '.jpeg':
    case '.tif':
    case '.tiff': {
      const scan = readScan(bytes, 'image');
      return { text: scan.text, format: 'image', attach: false, doubtful: scan.doubtful };
    }
    case '.doc': {
      // word-extractor gives a table cell by cell (the left column, a tab, the right
      // column), already in reading order: each cell's paragraphs become lines.
      const doc = await new WordExtractor().extract(Buffer.from(bytes));
      // filterUnicode: false keeps “curly quotes” and dashes as the author typed them.
      return {
        text: (doc.getBody as (options: { filterUnicode: boolean }) => string)({ filterUnicode: false }).replace(
          /\t/g,
          '\n',
        ),
        format: 'doc',
        attach: true,
      };
    }
    case '.docx':
      return { text: (await readDocx(Buffer.from(bytes))).text, format: 'docx', attach: true };
    case '.txt':
      return { text: spacedColumns(decodeText(bytes)), format: 'txt', attach: false };
    case '.md':
    case '.markdown':
      return {
        text: spacedColumns(decodeText(bytes).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')),
        format: 'md',
        attach: false,
      };
    case '.html':
    case '.htm':
      return { text: htmlToText(decodeText(bytes)), format: 'html', attach: false };
    default:
      throw new UnreadableFile(`không đọc được loại tệp ${ext || '(không có đuôi)'}; nhận ${READABLE.join(', ')}`);
  }
}

/**
 * A plain-text copy of a two-column layout keeps the columns apart with runs of spaces
 * or tabs ("Nơi nhận:        TM. ỦY BAN NHÂN DÂN"); a line pushed far right by spaces
 * is the right column alone. Such lines are read column by column like a PDF's.
 */
export function spacedColumns(text: string): string {
  const rows: Row[] = text.split(/\r?\n/).map((line) => {
    const indent = /^[ \u00A0]*/.exec(line)![0].length;
    const parts = line
      .trim()
      .split(/\t+| {4,}|\u00A0{4,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length >= 2) {
      const [left, ...right] = parts;
      return {
        cells: [
          { text: left!, side: 'left' as const },
          { text: right.join(' '), side: 'right' as const },
        ],
      };
    }
    const side = indent >= 24 ? ('right' as const) : ('both' as const);
    return { cells: parts.length ? [{ text: parts[0]!, side }] : [] };
  });
  return readingOrder(rows).join('\n');
}
