/**
 * The files an entry uses: its attachments and images, and its body (through the body
 * policy of src/lib/check/body.ts). Each must be a regular file inside `content/`
 * (ADR 0009); images are queued for decoding (images.ts).
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectBody } from './body.ts';
import { decodePath, IMAGE_EXT, type Run } from './run.ts';
import { fieldName } from './schema-context.ts';
import type { CheckedEntry } from './types.ts';

/**
 * The content boundary: a file an entry uses must be a regular file inside `content/`,
 * after following links; anything else is refused here, so the build never copies it.
 */
function insideContent(
  run: Run,
  entry: CheckedEntry,
  line: number,
  field: string,
  src: string,
  abs: string,
  what: string,
): boolean {
  const { add, contentDir, contentRoot, realContentRoot } = run;
  const outside = (p: string, base: string) => {
    const r = path.relative(base, p);
    return r.startsWith('..') || path.isAbsolute(r);
  };
  if (outside(abs, contentRoot)) {
    add({
      file: entry.file,
      line,
      field,
      message: `${what} phải nằm trong thư mục ${contentDir}/, tốt nhất là cạnh tệp nội dung; tệp ở ngoài không bao giờ được xuất bản`,
      expected: './ten-tep' + path.extname(src),
      found: src,
    });
    return false;
  }
  if (!existsSync(abs)) return true; // Reported as missing by the caller.
  const st = lstatSync(abs);
  let real = abs;
  try {
    real = realpathSync(abs);
  } catch {
    // A dangling link: lstat sees it, and it is reported below.
  }
  if (st.isSymbolicLink() || !statSync(abs).isFile() || outside(real, realContentRoot)) {
    add({
      file: entry.file,
      line,
      field,
      message: `${what} phải là một tệp thật trong thư mục ${contentDir}/, không phải liên kết (symlink) hay thư mục`,
      found: src,
      detail: st.isSymbolicLink() ? `symlink to ${real}` : undefined,
    });
    return false;
  }
  return true;
}

const SVG_REFUSED = 'Không dùng ảnh SVG (tệp SVG có thể chứa mã chạy): hãy xuất ảnh ra .png hoặc .jpg';
const NOT_AN_IMAGE = 'Tệp ảnh phải có đuôi .jpg, .png, .webp hoặc .avif';

/**
 * A file an entry uses, written `src` relative to the entry: inside `content/`, recorded
 * as used, and present. Its absolute path, or `undefined` once its problem is reported.
 */
function usedFile(
  run: Run,
  entry: CheckedEntry,
  at: { line: number; field: string },
  src: string,
  found: string,
  what: string,
  missing: { message: string; withDetail: boolean },
): string | undefined {
  const abs = path.resolve(run.root, path.dirname(entry.file), src);
  if (!insideContent(run, entry, at.line, at.field, src, abs, what)) return undefined;
  run.referencedAssets.add(abs);
  if (existsSync(abs)) return abs;
  run.add({
    file: entry.file,
    ...at,
    message: missing.message,
    expected: `tệp ${run.rel(abs)}`,
    found,
    ...(missing.withDetail ? { detail: `ENOENT ${abs}` } : {}),
  });
  return undefined;
}

export function checkAsset(run: Run, entry: CheckedEntry, p: PropertyKey[], src: string, kind: 'image' | 'attachment') {
  const { add, lineOf, images } = run;
  const field = fieldName(p);
  const line = lineOf(entry.file, p);
  const what = kind === 'image' ? 'Ảnh' : 'Tệp đính kèm';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) {
    add({
      file: entry.file,
      line,
      field,
      message: `${what} phải đặt cạnh tệp nội dung và ghi đường dẫn tương đối (không dùng địa chỉ web hay đường dẫn tuyệt đối)`,
      expected: './ten-tep' + path.extname(src.replace(/[?#].*$/, '')),
      found: src,
    });
    return;
  }
  if (kind === 'image' && /\.svgz?$/i.test(src)) {
    add({ file: entry.file, line, field, message: SVG_REFUSED, found: src });
    return;
  }
  if (kind === 'image' && !IMAGE_EXT.test(src)) {
    add({ file: entry.file, line, field, message: NOT_AN_IMAGE, found: src });
    return;
  }
  const abs = usedFile(run, entry, { line, field }, src, src, what, {
    message: `Không tìm thấy ${kind === 'image' ? 'tệp ảnh' : 'tệp đính kèm'}; hãy đặt tệp cạnh tệp nội dung hoặc sửa lại tên`,
    withDetail: true,
  });
  if (abs && kind === 'image') images.push({ abs, file: entry.file, line, field });
}

export function checkBody(run: Run, entry: CheckedEntry, abs: string, mdx: boolean) {
  const { add, root, images, bodyLinks } = run;
  const report = inspectBody(entry.body, { mdx, bodyStartLine: entry.bodyStartLine, entryFile: abs, root });
  for (const p of report.problems) add({ file: entry.file, field: '(nội dung)', ...p });
  bodyLinks.push({ file: entry.file, held: !!entry.held, links: report.links });
  for (const img of report.images) {
    const line = img.line;
    const found = img.form === 'markdown' ? `![${img.alt ?? ''}](${img.src})` : `<img src="${img.src}">`;
    if (!img.alt?.trim()) {
      add({
        file: entry.file,
        line,
        field: '(nội dung)',
        message:
          img.form === 'markdown'
            ? 'Ảnh trong bài chưa có mô tả: viết mô tả giữa ![ và ]'
            : 'Thẻ <img> trong bài chưa có mô tả (alt)',
        expected: '![mô tả ảnh](./anh.jpg)',
        found,
      });
    }
    const src = decodePath(img.src);
    if (/^https?:/i.test(src) || src.startsWith('//')) {
      add({
        file: entry.file,
        line,
        field: '(nội dung)',
        message: 'Ảnh phải lưu cùng nội dung, không lấy từ trang web khác',
        found: img.src,
      });
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      continue; // Unsafe schemes are reported by the body policy.
    } else if (src.startsWith('/')) {
      add({
        file: entry.file,
        line,
        field: '(nội dung)',
        message: 'Ảnh trong bài phải đặt cạnh tệp nội dung và ghi đường dẫn tương đối',
        expected: './anh.jpg',
        found: img.src,
      });
    } else if (/\.svgz?$/i.test(src)) {
      add({ file: entry.file, line, field: '(nội dung)', message: SVG_REFUSED, found: img.src });
    } else {
      const at = { line, field: '(nội dung)' };
      const missing = { message: 'Không tìm thấy tệp ảnh dùng trong bài', withDetail: false };
      const target = usedFile(run, entry, at, src, img.src, 'Ảnh trong bài', missing);
      if (!target) continue;
      if (!IMAGE_EXT.test(src)) add({ file: entry.file, ...at, message: NOT_AN_IMAGE, found: img.src });
      else images.push({ abs: target, file: entry.file, ...at });
    }
  }
}
