import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { collections } from '../../collections.ts';
import { collectionNames, collectionSchemas, type CollectionName, type SchemaContext } from '../../schemas/index.ts';
import { walkFiles } from '../content-files.ts';
import { entryOfPath } from '../routes.ts';
import { documentNumberKey } from '../../vocabulary/labels.ts';
import { isValidSlug, slugify } from '../../vocabulary/slug.ts';
import { holdReason, type HoldReason } from '../visibility.ts';
import { inspectBody, type BodyLink } from './body.ts';
import { createLineFinder, parseYamlValues, splitFile } from './frontmatter.ts';
import { describeValue, explainIssue } from './messages.ts';

export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with `/`. */
  file: string;
  line: number;
  /** The field as the editor writes it: `deadlines[1].assignee`; empty for the whole file. */
  field: string;
  /** Vietnamese, for the editor. */
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  /** English technical detail. */
  detail?: string | undefined;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  held?: HoldReason | undefined;
}

export interface CheckResult {
  problems: Problem[];
  entries: Record<CollectionName, Map<string, CheckedEntry>>;
  heldBack: { collection: CollectionName; id: string; file: string; reason: HoldReason }[];
  fileCount: number;
  /** Every image file an entry uses, for `decodeImages` (one item per use). */
  images: ImageUse[];
}

/** An image file as one entry uses it: where, so a file that does not decode is reported there. */
interface ImageUse {
  abs: string;
  file: string;
  line: number;
  field: string;
}

/** A reference as the checker's schema context records it (same shape as Astro's). */
class Ref {
  readonly id: string;
  readonly collection: CollectionName;
  constructor(id: string, collection: CollectionName) {
    this.id = id;
    this.collection = collection;
  }
}
/** An image path as written, resolved later against the entry's folder. */
class ImagePath {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }
}

const checkerContext: SchemaContext = {
  image: () =>
    z.string({ error: 'Đường dẫn ảnh phải là một đoạn chữ, ví dụ ./anh.jpg' }).transform((s) => new ImagePath(s)),
  reference: (collection) =>
    z
      .union([z.string(), z.number()], { error: `Cần tên tệp của một ${collections[collection].label}` })
      .transform((v) => new Ref(String(v).trim(), collection)),
};

const schemas = Object.fromEntries(
  collectionNames.map((c) => [c, collectionSchemas[c](checkerContext)]),
) as unknown as Record<CollectionName, z.ZodType>;

/** Raster images only: an SVG is a document that can run script on our origin (ADR 0009). */
const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const ASSET_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?|svg|pdf|docx?|xlsx?|odt|ods)$/i;

/** Slugs that would collide with listing pages (`/tin-tuc/trang-2/`, `/van-ban/loai/...`). */
const RESERVED = /^(trang-\d+|loai|nam|co-quan|chuyen-muc|dia-phuong|linh-vuc|phong-trao|rss|tim-kiem)$/;

/**
 * The fields that are valid on their own, when the entry as a whole is not: their
 * references and images can still be checked in the same run.
 */
function validFields(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  let s: unknown = schema;
  for (let i = 0; i < 10; i++) {
    const def = (s as { def?: Record<string, unknown> }).def;
    if (!def || def.type === 'object') break;
    s = def.innerType ?? def.in;
  }
  const shape = (s as { def?: { type?: string; shape?: Record<string, z.ZodType> } }).def?.shape;
  if (!shape) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    const parsed = field?.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out;
}

/** The schema's known keys at a path, for "did you mean" suggestions. */
function knownKeysAt(schema: z.ZodType, p: ReadonlyArray<PropertyKey>): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (let i = 0; i < 10; i++) {
      const def = (x as { def?: Record<string, unknown> })?.def;
      if (!def) return x;
      if (def.type === 'object') return x;
      const next = def.innerType ?? def.in ?? (def.type === 'pipe' ? def.in : undefined);
      if (!next) return x;
      x = next;
    }
    return x;
  };
  for (const seg of p) {
    s = unwrap(s);
    const def = (s as { def?: Record<string, unknown> })?.def;
    if (!def) return [];
    if (def.type === 'object' && typeof seg === 'string') s = (def.shape as Record<string, unknown>)[seg];
    else if (def.type === 'array') s = def.element;
    else return [];
  }
  s = unwrap(s);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown> } })?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function fieldName(p: ReadonlyArray<PropertyKey>): string {
  return p.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    '',
  );
}

export interface CheckOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  contentDir?: string;
}

/**
 * Validates every content file against the collection schemas and the rules across
 * entries, and reports every problem at once with file, line and field.
 */
export function checkContent({ root, contentDir = 'content' }: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(
    collectionNames.map((c) => [c, new Map<string, CheckedEntry>()]),
  ) as CheckResult['entries'];
  const invalid = Object.fromEntries(
    collectionNames.map((c) => [c, new Map<string, CheckedEntry>()]),
  ) as CheckResult['entries'];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const contentRoot = path.join(root, contentDir);
  const realContentRoot = existsSync(contentRoot) ? realpathSync(contentRoot) : contentRoot;
  const lineFinders = new Map<string, (p: ReadonlyArray<PropertyKey>) => number>();
  const yamlOf = new Map<string, { yaml: string; start: number }>();
  const lineOf = (file: string, p: ReadonlyArray<PropertyKey>) => {
    const y = yamlOf.get(file);
    if (!y) return 1;
    let finder = lineFinders.get(file);
    if (!finder) {
      finder = createLineFinder(y.yaml);
      lineFinders.set(file, finder);
    }
    return Math.max(1, finder(p) + y.start - 1);
  };
  const add = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) =>
    problems.push({ severity: 'error', ...p });
  let fileCount = 0;
  const referencedAssets = new Set<string>();
  const images: ImageUse[] = [];
  const refs: { from: CheckedEntry; field: ReadonlyArray<PropertyKey>; ref: Ref }[] = [];
  /** Links in bodies, checked once every entry is known; an invalid entry's links too. */
  const bodyLinks: { file: string; held: boolean; links: BodyLink[] }[] = [];

  for (const collection of collectionNames) {
    const dir = path.join(contentRoot, collections[collection].folder);
    const exts = collections[collection].formats as readonly string[];
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
    for (const abs of files.sort()) {
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
        }
        continue;
      }
      fileCount++;
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
        continue;
      }
      const source = readFileSync(abs, 'utf8');
      const split = splitFile(source, collection === 'organizations');
      if ('error' in split) {
        add({ file, line: 1, field: '', message: split.error });
        continue;
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
        continue;
      }
      if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
        add({
          file,
          line: split.yamlStartLine,
          field: '',
          message: 'Phần thông tin phải là các dòng “tên trường: giá trị”',
          found: describeValue(parsed.data),
        });
        continue;
      }
      const raw = parsed.data as Record<string, unknown>;
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
            continue;
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
        else if (value instanceof ImagePath) checkAsset(entry, p, value.src, 'image');
        else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...p, i]));
        else if (value && typeof value === 'object' && !(value instanceof Date)) {
          for (const [k, v] of Object.entries(value)) visit(v, [...p, k]);
        }
      };
      visit(entry.data, []);
      if (collection === 'documents' && Array.isArray(entry.data.attachments)) {
        (entry.data.attachments as { file: string }[]).forEach((a, i) =>
          checkAsset(entry, ['attachments', i, 'file'], a.file, 'attachment'),
        );
      }
      if (collection !== 'organizations') checkBody(entry, abs, ext === 'mdx');
    }
  }

  /**
   * The content boundary: a file an entry uses must be a regular file inside `content/`,
   * after following links; anything else is refused here, so the build never copies it.
   */
  function insideContent(
    entry: CheckedEntry,
    line: number,
    field: string,
    src: string,
    abs: string,
    what: string,
  ): boolean {
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

  function checkAsset(entry: CheckedEntry, p: PropertyKey[], src: string, kind: 'image' | 'attachment') {
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
    if (!insideContent(entry, line, field, src, abs, what)) return;
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

  function checkBody(entry: CheckedEntry, abs: string, mdx: boolean) {
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
        if (!insideContent(entry, line, '(nội dung)', src, target, 'Ảnh trong bài')) continue;
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

  // References: each must name an existing entry of the right collection.
  for (const { from, field, ref } of refs) {
    const target = entries[ref.collection].get(ref.id);
    if (!target) {
      // An entry that exists but is invalid has its own errors; do not call it missing.
      if (invalid[ref.collection].has(ref.id)) continue;
      const folder = `${contentDir}/${collections[ref.collection].folder}`;
      add({
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Không có ${collections[ref.collection].label} nào tên “${ref.id}” trong ${folder}`,
        expected: `tên một tệp trong ${folder} (không có đuôi)`,
        found: `"${ref.id}"`,
        detail: `dangling reference to ${ref.collection}`,
      });
    } else if (target.held && !from.held) {
      add({
        severity: 'warning',
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Mục được nhắc tới (${target.file}) chưa xuất bản nên sẽ không hiện liên kết tới nó`,
        found: ref.id,
      });
    }
  }

  // Links in bodies, in every form, must lead to a published page: a link to a held-back
  // entry would put its address into a public page and the search index.
  for (const { file, held, links } of bodyLinks) {
    for (const { url, line } of links) {
      const at = entryOfPath(url);
      if (!at) continue;
      const slug = decodeURIComponent(at.slug);
      if (RESERVED.test(slug)) continue;
      const target = at.collection;
      const hit = entries[target].get(slug) ?? invalid[target].get(slug);
      if (!hit || (hit.held && !held)) {
        add({
          file,
          line,
          field: '(nội dung)',
          message: hit ? 'Liên kết tới một mục chưa xuất bản' : 'Liên kết tới một trang không có trên cổng',
          found: url,
        });
      }
    }
  }

  // One issuer cannot use the same number twice.
  const numbers = new Map<string, CheckedEntry>();
  for (const doc of [...entries.documents.values(), ...invalid.documents.values()]) {
    const number = doc.data.number as string | undefined;
    if (!number || !(doc.data.issuer instanceof Ref)) continue;
    const issuer = doc.data.issuer.id;
    const key = `${issuer}|${documentNumberKey(number)}`;
    const first = numbers.get(key);
    if (first) {
      add({
        file: doc.file,
        line: lineOf(doc.file, ['number']),
        field: 'number',
        message: `Số, ký hiệu “${number}” của ${issuer} đã dùng cho văn bản ${first.file}: mỗi cơ quan không cấp một số hai lần`,
        expected: 'một số, ký hiệu chưa dùng',
        found: `"${number}"`,
      });
    } else numbers.set(key, doc);
  }

  // Assets lying next to entries that nothing uses: not an error, but said.
  for (const collection of collectionNames) {
    for (const abs of walkFiles(path.join(contentRoot, collections[collection].folder))) {
      if (ASSET_EXT.test(abs) && !referencedAssets.has(abs)) {
        add({
          severity: 'warning',
          file: rel(abs),
          line: 1,
          field: '',
          message: 'Tệp này không được mục nào dùng tới nên sẽ không xuất bản',
        });
      }
    }
  }

  const heldBack = collectionNames.flatMap((c) =>
    [...entries[c].values()]
      .filter((e) => e.held)
      .map((e) => ({ collection: c, id: e.id, file: e.file, reason: e.held! })),
  );
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, entries, heldBack, fileCount, images };
}

/**
 * Decodes every image an entry uses, as the build will (sharp, with its limit on pixels
 * against decompression bombs), so a corrupt or disguised file is reported with the
 * entry's file, line and field instead of failing the build with a stack trace.
 * Each file is read once, however many entries use it.
 */
async function decodeImages(images: readonly ImageUse[], concurrency = 4): Promise<Problem[]> {
  const { default: sharp } = await import('sharp');
  const verdicts = new Map<string, Promise<string | undefined>>();
  const decode = (abs: string) =>
    sharp(abs, { failOn: 'error' })
      .metadata()
      .then((m) => {
        if (!m.width || !m.height) return 'no size';
        if (m.format === 'svg') return 'svg';
        return undefined;
      })
      .catch((e: Error) => e.message);
  const problems: Problem[] = [];
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const use = images[next++]!;
      let verdict = verdicts.get(use.abs);
      if (!verdict) {
        verdict = decode(use.abs);
        verdicts.set(use.abs, verdict);
      }
      const error = await verdict;
      if (error) {
        problems.push({
          severity: 'error',
          file: use.file,
          line: use.line,
          field: use.field,
          message:
            error === 'svg'
              ? 'Tệp này thực chất là ảnh SVG (có thể chứa mã chạy): hãy xuất ảnh ra .png hoặc .jpg'
              : 'Không đọc được tệp ảnh: tệp hỏng, chưa tải xong, hoặc không phải ảnh dù có đuôi ảnh; hãy xuất lại ảnh ra .jpg hoặc .png',
          found: path.basename(use.abs),
          detail: error.length > 120 ? error.slice(0, 117) + '…' : error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return problems;
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
