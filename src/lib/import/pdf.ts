/**
 * PDF files through unpdf (a maintained build of Mozilla's PDF.js for Node): the text
 * layer of each page rebuilt into lines by position, with the two-column header and
 * signature blocks read column by column (columns.ts). A PDF without a text layer is a
 * scan; the caller sends it to OCR (ocr.ts).
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { readingOrder, rowsOfPage } from './columns.ts';

export interface PdfText {
  /** Lines in reading order, pages one after another. */
  text: string;
  pages: number;
  /** No text layer to speak of: a scanned paper. */
  scanned: boolean;
}

/** Fewer letters than this per page: the page is an image of text, not text. */
const LETTERS_PER_TEXT_PAGE = 40;

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { items, totalPages } = await extractTextItems(pdf);
  const lines: string[] = [];
  let letters = 0;
  for (let n = 0; n < totalPages; n++) {
    const pageItems = items[n] ?? [];
    letters += pageItems.reduce((sum, i) => sum + (i.str.match(/\p{L}/gu)?.length ?? 0), 0);
    lines.push(...readingOrder(rowsOfPage(pageItems.map((i) => ({ ...i, size: i.fontSize })))));
  }
  await pdf.cleanup();
  return { text: lines.join('\n'), pages: totalPages, scanned: letters < LETTERS_PER_TEXT_PAGE * totalPages };
}
