/**
 * The files an entry uses: its attachments and images, and its body (through the body
 * policy of src/lib/check/body.ts). Each must be a regular file inside `content/`
 * (ADR 0009); images are queued for decoding (images.ts).
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectBody } from './body.ts';
import { IMAGE_EXT, type Run } from './run.ts';
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

export function checkAsset(run: Run, entry: CheckedEntry, p: PropertyKey[], src: string, kind: 'image' | 'attachment') {
  const { add, lineOf, root, rel, referencedAssets, images } = run;
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
    add({
      file: entry.file,
      line,
      field,
      message: 'Không dùng ảnh SVG (tệp SVG có thể chứa mã chạy): hãy xuất ảnh ra .png hoặc .jpg',
      found: src,
    });
    return;
  }
  if (kind === 'image' && !IMAGE_EXT.test(src)) {
    add({ file: entry.file, line, field, message: 'Tệp ảnh phải có đuôi .jpg, .png, .webp hoặc .avif', found: src });
    return;
  }
  const abs = path.resolve(root, path.dirname(entry.file), src);
  if (!insideContent(run, entry, line, field, src, abs, what)) return;
  referencedAssets.add(abs);
  if (!existsSync(abs)) {
    add({
      file: entry.file,
      line,
      field,
      message: `Không tìm thấy ${kind === 'image' ? 'tệp ảnh' : 'tệp đính kèm'}; hãy đặt tệp cạnh tệp nội dung hoặc sửa lại tên`,
      expected: `tệp ${rel(abs)}`,
      found: src,
      detail: `ENOENT ${abs}`,
    });
    return;
  }
  if (kind === 'image') images.push({ abs, file: entry.file, line, field });
}

export function checkBody(run: Run, entry: CheckedEntry, abs: string, mdx: boolean) {
  const { add, root, rel, referencedAssets, images, bodyLinks } = run;
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
    const src = decodeURI(img.src);
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
      add({
        file: entry.file,
        line,
        field: '(nội dung)',
        message: 'Không dùng ảnh SVG (tệp SVG có thể chứa mã chạy): hãy xuất ảnh ra .png hoặc .jpg',
        found: img.src,
      });
    } else {
      const target = path.resolve(root, path.dirname(entry.file), src);
      if (!insideContent(run, entry, line, '(nội dung)', src, target, 'Ảnh trong bài')) continue;
      referencedAssets.add(target);
      if (!existsSync(target))
        add({
          file: entry.file,
          line,
          field: '(nội dung)',
          message: 'Không tìm thấy tệp ảnh dùng trong bài',
          expected: `tệp ${rel(target)}`,
          found: img.src,
        });
      else if (!IMAGE_EXT.test(src))
        add({
          file: entry.file,
          line,
          field: '(nội dung)',
          message: 'Tệp ảnh phải có đuôi .jpg, .png, .webp hoặc .avif',
          found: img.src,
        });
      else images.push({ abs: target, file: entry.file, line, field: '(nội dung)' });
    }
  }
}
