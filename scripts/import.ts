/**
 * `npm run import -- <file>...`: turns Word (.docx), text (.txt) and Markdown (.md)
 * files into entries under content/ (drafts unless --publish) and prints, per file,
 * what was written, each field found and each field not found.
 *
 * Options: --root <dir> (project root, default this project), --force (overwrite),
 * --publish (draft: false), --as document|news, --dry-run (print only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../src/vocabulary/dates.ts';
import { readDocx } from '../src/lib/import/docx.ts';
import { importText } from '../src/lib/import/index.ts';
import { loadLibrary } from '../src/lib/import/library.ts';
import { formatOutcome } from '../src/lib/import/report.ts';
import { decodeText } from '../src/lib/import/text.ts';
import { writeEntries } from '../src/lib/import/write.ts';
import { board } from '../src/site.ts';

const USAGE = `Cách dùng: npm run import -- <tệp.docx|tệp.txt|tệp.md>... [--publish] [--force] [--as document|news] [--dry-run] [--root <thư mục>]
  --publish   ghi draft: false (mặc định: bản nháp, draft: true)
  --force     ghi đè tệp đã có
  --as        document: luôn tạo văn bản; news: luôn tạo tin tức (mặc định: tự nhận biết)
  --dry-run   chỉ in kết quả, không ghi tệp
  --root      thư mục dự án (mặc định: thư mục chứa package.json này)`;

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
  const ext = path.extname(file).toLowerCase();
  let text: string;
  try {
    if (ext === '.docx') {
      const docx = await readDocx(readFileSync(file));
      text = docx.text;
    } else if (ext === '.txt' || ext === '.md' || ext === '.markdown') {
      text = decodeText(readFileSync(file));
      if (ext !== '.txt') text = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    } else {
      const hint =
        ext === '.doc'
          ? ' (tệp .doc cũ: mở bằng Word rồi “Lưu thành” .docx)'
          : ext === '.pdf'
            ? ' (PDF: chép chữ ra tệp .txt, hoặc dùng bản .docx)'
            : '';
      console.log(`✗ ${file}: không đọc được loại tệp ${ext || '(không có đuôi)'}; chỉ nhận .docx, .txt, .md${hint}`);
      failed++;
      continue;
    }
  } catch (e) {
    console.log(`✗ ${file}: không đọc được tệp (${(e as Error).message})`);
    failed++;
    continue;
  }
  if (!text.trim()) {
    console.log(`✗ ${file}: tệp không có chữ`);
    failed++;
    continue;
  }
  const result = importText(text, library, { as, today });
  const outcomes = writeEntries(result.entries, { root, force, publish, dryRun });
  for (const line of formatOutcome(file, outcomes, dryRun)) console.log(line);
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
