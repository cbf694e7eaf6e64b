/**
 * `npm run import -- <file>...`: turns what a board receives (signed PDFs, scans,
 * Word files old and new, text, Markdown, saved web pages) into entries under content/
 * (drafts unless --publish) and prints, per file, what was written, each field found
 * and each field not found. A PDF or Word original is attached to its document.
 *
 * Options: --root <dir> (project root, default this project), --force (overwrite),
 * --publish (draft: false), --as document|news, --dry-run (print only).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../src/vocabulary/dates.ts';
import { importText } from '../src/lib/import/index.ts';
import { loadLibrary } from '../src/lib/import/library.ts';
import { formatOutcome } from '../src/lib/import/report.ts';
import { OcrUnavailable } from '../src/lib/import/ocr.ts';
import { READABLE, readSource, UnreadableFile, type SourceText } from '../src/lib/import/read.ts';
import { applySource } from '../src/lib/import/source.ts';
import { writeEntries } from '../src/lib/import/write.ts';
import { board } from '../src/site.ts';

const USAGE = `Cách dùng: npm run import -- <tệp>... [--publish] [--force] [--as document|news] [--dry-run] [--root <thư mục>]
  --publish   ghi draft: false (mặc định: bản nháp, draft: true)
  --force     ghi đè tệp đã có
  --as        document: luôn tạo văn bản; news: luôn tạo tin tức (mặc định: tự nhận biết)
  --dry-run   chỉ in kết quả, không ghi tệp
  --root      thư mục dự án (mặc định: thư mục chứa package.json này)
Nhận các loại tệp: ${READABLE.join(', ')}. Bản quét và ảnh được đọc bằng OCR (tesseract-ocr, tesseract-ocr-vie).`;

const args = process.argv.slice(2);
const files: string[] = [];
let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let force = false;
let publish = false;
let dryRun = false;
let as: 'document' | 'news' | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const [flag, inline] = a.startsWith('--') ? a.split('=', 2) : [a, undefined];
  const value = () => inline ?? args[++i];
  if (flag === '--root') root = path.resolve(value() ?? '.');
  else if (flag === '--force') force = true;
  else if (flag === '--publish') publish = true;
  else if (flag === '--dry-run') dryRun = true;
  else if (flag === '--as') {
    const v = value();
    if (v !== 'document' && v !== 'news') {
      console.error(`--as chỉ nhận document hoặc news (đang có: ${v ?? 'không có'})`);
      process.exit(2);
    }
    as = v;
  } else if (flag === '--help' || flag === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (flag!.startsWith('--')) {
    console.error(`Tùy chọn lạ: ${flag}\n${USAGE}`);
    process.exit(2);
  } else files.push(a);
}
if (!files.length) {
  console.error(USAGE);
  process.exit(2);
}

const library = loadLibrary(root, board.province);
const today = buildDate();
let failed = 0;
for (const file of files) {
  let source: SourceText;
  try {
    source = await readSource(file);
  } catch (e) {
    const why =
      e instanceof UnreadableFile || e instanceof OcrUnavailable
        ? e.message
        : `không đọc được tệp (${(e as Error).message})`;
    console.log(`✗ ${file}: ${why}`);
    failed++;
    continue;
  }
  const { text } = source;
  if (!text.trim()) {
    console.log(
      `✗ ${file}: tệp không có chữ${source.format === 'pdf' ? ' (PDF không có lớp chữ và OCR không đọc được)' : ''}`,
    );
    failed++;
    continue;
  }
  const result = importText(text, library, { as, today });
  applySource(result.entries, source, file);
  const outcomes = writeEntries(result.entries, { root, force, publish, dryRun });
  for (const line of formatOutcome(file, outcomes, dryRun, text)) console.log(line);
  if (!outcomes[0]?.written) failed++;
}
if (files.length > 1 || failed)
  console.log(
    `Đã nhập ${files.length - failed}/${files.length} tệp.${failed ? ' Có tệp không nhập được: xem dấu ✗ ở trên.' : ''}`,
  );
if (!dryRun && failed < files.length)
  console.log(
    'Tiếp theo: đọc lại từng tệp, sửa chỗ ghi “CẦN SỬA”, chạy npm run check; khi đã đúng, đổi draft: true thành draft: false.',
  );
process.exit(failed ? 1 : 0);
