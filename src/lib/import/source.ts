/**
 * What the file an entry came from adds to it: the signed PDF or Word file itself as the
 * document's attachment (the reader of the page gets the original), and a review mark
 * on every value OCR read from a word it was unsure of (precision before recall).
 */
import path from 'node:path';
import type { EntryDraft } from './draft.ts';
import type { SourceText } from './read.ts';

const FORMAT_NAME: Record<SourceText['format'], string> = {
  pdf: 'PDF',
  scan: 'PDF bản quét',
  image: 'ảnh chụp',
  doc: 'Word (.doc)',
  docx: 'Word (.docx)',
  txt: 'văn bản thô',
  md: 'Markdown',
  html: 'trang web đã lưu',
};

/** The doubtful words inside a value, as written in it. */
function doubtfulIn(value: string, doubtful: ReadonlySet<string>): string[] {
  return value.split(/\s+/).filter((w) => doubtful.has(w));
}

/** Marks the main entry's values that OCR was unsure of, and attaches the original file. */
export function applySource(entries: EntryDraft[], source: SourceText, file: string): void {
  const main = entries[0];
  if (!main) return;
  main.found.push({ label: 'đọc từ', value: FORMAT_NAME[source.format] });
  if (source.doubtful?.size) {
    for (const [key, value] of Object.entries(main.data)) {
      const text =
        typeof value === 'string'
          ? value
          : value && typeof value === 'object' && !Array.isArray(value)
            ? Object.values(value)
                .filter((v) => typeof v === 'string')
                .join(' ')
            : undefined;
      if (!text || main.comments[key]) continue;
      const words = doubtfulIn(text, source.doubtful);
      if (!words.length) continue;
      main.comments[key] = `CẦN SỬA: đọc bằng OCR, chưa chắc chữ “${words.join('”, “')}”; đối chiếu với bản quét`;
      main.needsReview = true;
    }
  }
  if (source.attach && main.collection === 'documents') {
    const ext = path.extname(file).toLowerCase();
    const name = `${main.slug}${ext}`;
    main.attachment = { from: file, name };
    main.data.attachments = [{ file: `./${name}`, title: `Toàn văn văn bản (${FORMAT_NAME[source.format]})` }];
  }
}
