/**
 * Scans (image-only PDFs and photos) read by Tesseract with its Vietnamese model, both
 * from Debian (`tesseract-ocr`, `tesseract-ocr-vie`; PDF pages rasterised by
 * `pdftoppm` from `poppler-utils`). Nothing is downloaded at run time. Tesseract's
 * word confidences come back with the text, so a value read from a doubtful word can
 * be marked for review instead of written plainly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readingOrder, rowsOfPage, type Box } from './columns.ts';

export interface OcrText {
  text: string;
  /** Words Tesseract was not sure of (confidence below {@link SURE}), as read. */
  doubtful: Set<string>;
}

/** Tesseract's confidence (0–100) from which a word is taken as read. */
const SURE = 80;

const OCR_INSTALL = 'sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

export class OcrUnavailable extends Error {}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new OcrUnavailable(`chưa cài ${cmd} để đọc bản quét. Cài bằng: ${OCR_INSTALL}`);
  }
  if (r.status !== 0) throw new Error(`${cmd} dừng với lỗi: ${(r.stderr || '').trim().slice(0, 300)}`);
  return r.stdout;
}

/** True when Tesseract with the Vietnamese model and pdftoppm are installed. */
export function ocrAvailable(): boolean {
  try {
    return run('tesseract', ['--list-langs']).split('\n').includes('vie') && !spawnSync('pdftoppm', ['-v']).error;
  } catch {
    return false;
  }
}

/**
 * Text of one page image. Words keep their boxes, so the header's two columns, which
 * Tesseract may read as one line, are split and ordered like a PDF's (columns.ts).
 */
function ocrImage(file: string, doubtful: Set<string>): string[] {
  const tsv = run('tesseract', [file, 'stdout', '-l', 'vie', '--psm', '3', 'tsv']);
  const lines = new Map<string, { word: string; left: number; top: number; width: number; height: number }[]>();
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const word = cols[11]!.trim();
    if (!word) continue;
    const [left, top, width, height] = cols.slice(6, 10).map(Number) as [number, number, number, number];
    const key = `${cols[1]}-${cols[2]}-${cols[3]}-${cols[4]}`;
    if (!lines.has(key)) lines.set(key, []);
    lines.get(key)!.push({ word, left, top, width, height });
    if (Number(cols[10]) < SURE) doubtful.add(word.normalize('NFC'));
  }
  const boxes: Box[] = [...lines.values()].flatMap((words) => {
    // One baseline and one letter size per line: marks make some words taller than others.
    const bottom = Math.max(...words.map((w) => w.top + w.height));
    const size = [...words.map((w) => w.height)].sort((a, b) => a - b)[Math.floor(words.length / 2)]!;
    return words.map((w) => ({ str: w.word, x: w.left, y: -bottom, width: w.width, size }));
  });
  return readingOrder(rowsOfPage(boxes));
}

/** OCR of a scanned PDF (every page) or of an image file. */
export function readScan(bytes: Uint8Array, kind: 'pdf' | 'image'): OcrText {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-ocr-'));
  try {
    const doubtful = new Set<string>();
    const input = path.join(dir, kind === 'pdf' ? 'scan.pdf' : 'scan.img');
    writeFileSync(input, bytes);
    let images = [input];
    if (kind === 'pdf') {
      run('pdftoppm', ['-r', '300', '-gray', '-png', input, path.join(dir, 'page')]);
      images = readdirSync(dir)
        .filter((f) => f.startsWith('page') && f.endsWith('.png'))
        .sort()
        .map((f) => path.join(dir, f));
    }
    const text = images.flatMap((img) => ocrImage(img, doubtful)).join('\n');
    return { text: text.normalize('NFC'), doubtful };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
