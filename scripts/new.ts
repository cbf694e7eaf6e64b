/**
 * `npm run new -- <collection> "<title or name>"`: writes a new entry with every
 * required field and a hint for each, as a draft, and prints its path.
 * Collections: documents (van-ban), campaigns (phong-trao), exemplars (guong-dien-hinh),
 * news (tin-tuc), organizations (co-quan). Options: --root <dir>, --force.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntryFile } from '../src/lib/content-files.ts';
import { buildDate } from '../src/vocabulary/dates.ts';
import { loadLibrary } from '../src/lib/import/library.ts';
import { collectionAliases, scaffold } from '../src/lib/scaffold.ts';
import { board } from '../src/site.ts';

const USAGE = `Cách dùng: npm run new -- <loại> "<tiêu đề hoặc tên>" [--force] [--root <thư mục>]
  loại: documents (van-ban), campaigns (phong-trao), exemplars (guong-dien-hinh), news (tin-tuc), organizations (co-quan)
  ví dụ: npm run new -- van-ban "Kế hoạch tổ chức Hội nghị điển hình tiên tiến năm 2027"`;

const args = process.argv.slice(2);
let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let force = false;
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--root') root = path.resolve(args[++i] ?? '.');
  else if (a.startsWith('--root=')) root = path.resolve(a.slice(7));
  else if (a === '--force') force = true;
  else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else rest.push(a);
}
const [which, ...words] = rest;
const collection = which ? collectionAliases[which] : undefined;
const title = words.join(' ').trim();
if (!collection || !title) {
  console.error(which && !collection ? `Không có loại nội dung “${which}”.\n${USAGE}` : USAGE);
  process.exit(2);
}

const library = loadLibrary(root, board.province);
const entry = scaffold(collection, title, {
  today: buildDate(),
  province: board.province,
  organizations: library.organizations,
});
// The slug may already be taken anywhere in the collection's folder, subfolders included.
const existing = findEntryFile(path.join(root, 'content'), collection, entry.slug);
const abs = existing ?? path.join(root, entry.file);
if (existing && !force) {
  console.error(
    `✗ ${path.relative(root, existing)} đã có; không ghi đè (thêm --force để ghi đè, hoặc đặt tiêu đề khác)`,
  );
  process.exit(1);
}
mkdirSync(path.dirname(abs), { recursive: true });
writeFileSync(abs, entry.text);
console.log(
  `✓ ${path.relative(root, abs).split(path.sep).join('/')}${collection === 'organizations' ? '' : ' (bản nháp)'}`,
);
console.log(
  collection === 'organizations'
    ? '  Cơ quan, đơn vị không có bản nháp: kiểm tra tên, loại rồi chạy npm run check.'
    : '  Mở tệp, sửa các dòng có ghi chú “CẦN SỬA”, “CẦN VIẾT”, chạy npm run check; khi đã đúng, đổi draft: true thành draft: false.',
);
