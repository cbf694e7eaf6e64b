/**
 * The content check (`npm run check`, and the build's guard before Astro reads anything):
 * every file of `content/` against the collection schemas, the files it uses, its body,
 * the importer's `CẦN SỬA` marks, and the rules across entries; every problem at once,
 * with file, line and field.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { collections } from '../../collections.ts';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { walkFiles } from '../content-files.ts';
import { isValidSlug, slugify } from '../../vocabulary/slug.ts';
import { holdReason } from '../visibility.ts';
import { checkAsset, checkBody } from './assets.ts';
import { parseYamlValues, splitFile } from './frontmatter.ts';
import { decodeImages } from './images.ts';
import { describeValue, explainIssue } from './messages.ts';
import { findReviewMarks } from './review-marks.ts';
import { checkAcrossEntries } from './rules.ts';
import { ASSET_EXT, createRun, RESERVED, type Run } from './run.ts';
import { fieldName, ImagePath, knownKeysAt, Ref, schemas, validFields } from './schema-context.ts';
import type { CheckedEntry, CheckOptions, CheckResult, Problem } from './types.ts';

export type { CheckedEntry, CheckOptions, CheckResult, Problem } from './types.ts';

/**
 * Validates every content file against the collection schemas and the rules across
 * entries, and reports every problem at once with file, line and field.
 */
export function checkContent({ root, contentDir = 'content' }: CheckOptions): CheckResult {
  const run = createRun(root, contentDir);
  const { add, rel, contentRoot, entries, problems, images } = run;

  for (const collection of collectionNames) {
    const dir = path.join(contentRoot, collections[collection].folder);
    const links: string[] = [];
    const files = walkFiles(dir, links);
    for (const link of links) {
      add({
        file: rel(link),
        line: 1,
        field: '',
        message: 'Không dùng liên kết tượng trưng (symlink) trong thư mục nội dung: hãy chép tệp thật vào đây',
        found: `liên kết tới ${(() => {
          try {
            return realpathSync(link);
          } catch {
            return '(không tồn tại)';
          }
        })()}`,
      });
    }
    for (const abs of files.sort()) readEntry(run, collection, abs);
  }

  checkAcrossEntries(run);

  const heldBack = collectionNames.flatMap((c) =>
    [...entries[c].values()]
      .filter((e) => e.held)
      .map((e) => ({ collection: c, id: e.id, file: e.file, reason: e.held! })),
  );
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, entries, heldBack, fileCount: run.fileCount, draftMarks: run.draftMarks, images };
}

/** One file of a collection's folder: an entry to parse and check, or an asset, or a file that does not belong. */
function readEntry(run: Run, collection: CollectionName, abs: string): void {
  const { add, lineOf, rel, contentDir, entries, invalid, refs, yamlOf } = run;
  const exts = collections[collection].formats as readonly string[];
  const file = rel(abs);
  const rawExt = path.extname(abs).slice(1);
  const ext = rawExt.toLowerCase();
  if (!exts.includes(rawExt)) {
    if (exts.includes(ext)) {
      add({
        file,
        line: 1,
        field: '',
        message: `Đuôi tệp phải viết thường, nếu không tệp sẽ không được xây dựng thành trang`,
        expected: path.basename(abs, path.extname(abs)) + '.' + ext,
        found: path.basename(abs),
      });
    } else if (!ASSET_EXT.test(abs)) {
      add({
        file,
        line: 1,
        field: '',
        message: `Tệp này không được đọc: thư mục ${contentDir}/${collections[collection].folder} chỉ nhận tệp ${exts.map((e) => '.' + e).join(', ')} (và ảnh, tệp đính kèm)`,
        found: `.${rawExt}`,
      });
    } else run.assetFiles.push(abs);
    return;
  }
  run.fileCount++;
  const id = path.basename(abs, path.extname(abs));
  if (!isValidSlug(id)) {
    add({
      file,
      line: 1,
      field: '',
      message: 'Tên tệp là địa chỉ trang: chỉ dùng chữ thường không dấu, số và dấu gạch ngang',
      expected: `${slugify(id) || 'ten-tep'}.${ext}`,
      found: path.basename(abs),
    });
  } else if (RESERVED.test(id)) {
    add({
      file,
      line: 1,
      field: '',
      message: 'Tên tệp trùng với một trang danh sách của cổng; hãy đặt tên khác',
      found: id,
    });
  }
  const previous = entries[collection].get(id);
  if (previous) {
    add({
      file,
      line: 1,
      field: '',
      message: `Trùng tên với tệp ${previous.file}: hai mục không thể có cùng địa chỉ trang`,
      found: id,
    });
    return;
  }
  const source = readFileSync(abs, 'utf8');
  const split = splitFile(source, collection === 'organizations');
  if ('error' in split) {
    add({ file, line: 1, field: '', message: split.error });
    return;
  }
  yamlOf.set(file, { yaml: split.yaml, start: split.yamlStartLine });
  const parsed = parseYamlValues(split.yaml);
  if ('error' in parsed) {
    add({
      file,
      line: (parsed.line ?? 1) + split.yamlStartLine - 1,
      field: '',
      message:
        parsed.message ?? 'Phần thông tin (YAML) viết sai cú pháp: kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép',
      detail: parsed.error,
    });
    return;
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    add({
      file,
      line: split.yamlStartLine,
      field: '',
      message: 'Phần thông tin phải là các dòng “tên trường: giá trị”',
      found: describeValue(parsed.data),
    });
    return;
  }
  const raw = parsed.data as Record<string, unknown>;
  checkReviewMarks(run, file, { ...split, data: raw }, raw.draft === true);
  const result = schemas[collection].safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown key, at the key's own line.
        const known = knownKeysAt(schemas[collection], issue.path);
        for (const key of issue.keys) {
          const at = [...issue.path, key];
          add({
            file,
            line: lineOf(file, at),
            field: fieldName(at),
            ...explainIssue({ ...issue, keys: [key] }, known),
          });
        }
        return;
      }
      add({ file, line: lineOf(file, issue.path), field: fieldName(issue.path), ...explainIssue(issue, []) });
    }
  }
  // An invalid entry is still checked as far as its valid fields go (references,
  // images, attachments, body), so one run reports everything; it is kept out of
  // `entries`, and references to it are not reported as dangling.
  const entry: CheckedEntry = {
    collection,
    id,
    file,
    data: result.success ? (result.data as Record<string, unknown>) : validFields(schemas[collection], raw),
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    held: holdReason(collection, raw),
  };
  if (result.success) entries[collection].set(id, entry);
  else invalid[collection].set(id, entry);

  // Images and references recorded by the schema context.
  const visit = (value: unknown, p: PropertyKey[]) => {
    if (value instanceof Ref) refs.push({ from: entry, field: p, ref: value });
    else if (value instanceof ImagePath) checkAsset(run, entry, p, value.src, 'image');
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...p, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...p, k]);
    }
  };
  visit(entry.data, []);
  if (collection === 'documents' && Array.isArray(entry.data.attachments)) {
    (entry.data.attachments as { file: string }[]).forEach((a, i) =>
      checkAsset(run, entry, ['attachments', i, 'file'], a.file, 'attachment'),
    );
  }
  if (collection !== 'organizations') checkBody(run, entry, abs, ext === 'mdx');
}

/**
 * The importer's `CẦN SỬA` marks: each one an error in an entry about to be published
 * (the value under it was never read against the paper), counted for a summary in a draft.
 */
function checkReviewMarks(run: Run, file: string, source: Parameters<typeof findReviewMarks>[0], draft: boolean): void {
  const marks = findReviewMarks(source);
  if (!marks.length) return;
  if (draft) {
    run.draftMarks.push({ file, count: marks.length });
    return;
  }
  const messages: Record<(typeof marks)[number]['kind'], string> = {
    body: 'Còn đoạn chưa kiểm tra (CẦN SỬA): sửa rồi xóa chữ CẦN SỬA',
    comment: 'Còn giá trị chưa kiểm tra (CẦN SỬA): sửa rồi xóa dòng ghi chú',
    list: 'Còn giá trị chưa kiểm tra (CẦN SỬA): sửa rồi xóa dòng này trong review (ô “Chỗ cần kiểm tra” của biểu mẫu) và dòng ghi chú nếu có',
  };
  for (const m of marks) run.add({ file, line: m.line, field: m.field, message: messages[m.kind], found: m.text });
}

/**
 * The whole content check, as `npm run check` and the build run it: the files and the
 * rules across entries, then every image decoded.
 */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const result = checkContent(options);
  result.problems.push(...(await decodeImages(result.images)));
  result.problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return result;
}

/** `path:line: field: message (cần: …; đang có: …) [detail]`, one line per problem. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}: ${p.field ? p.field + ': ' : ''}${p.severity === 'warning' ? 'cảnh báo: ' : ''}${p.message}`;
  const parts = [p.expected && `cần: ${p.expected}`, p.found && `đang có: ${p.found}`].filter(Boolean);
  return head + (parts.length ? ` (${parts.join('; ')})` : '') + (p.detail ? ` [${p.detail}]` : '');
}
