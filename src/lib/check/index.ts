import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName, type SchemaContext } from '../../schemas/index.ts';
import { collectionLabel } from '../labels.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { holdReason, type HoldReason } from '../visibility.ts';
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
  image: () => z.string({ error: 'Đường dẫn ảnh phải là một đoạn chữ, ví dụ ./anh.jpg' }).transform((s) => new ImagePath(s)),
  reference: (collection) =>
    z
      .union([z.string(), z.number()], { error: `Cần tên tệp của một ${collectionLabel[collection]}` })
      .transform((v) => new Ref(String(v).trim(), collection)),
};

const schemas = Object.fromEntries(collectionNames.map((c) => [c, collections[c].schema(checkerContext)])) as unknown as Record<
  CollectionName,
  z.ZodType
>;

const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;
const ASSET_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?|svg|pdf|docx?|xlsx?|odt|ods)$/i;

/** Slugs that would collide with listing pages (`/tin-tuc/trang-2/`, `/van-ban/loai/...`). */
const RESERVED = /^(trang-\d+|loai|nam|co-quan|chuyen-muc|dia-phuong|linh-vuc|phong-trao|rss|tim-kiem)$/;

/** URL prefix of each collection's pages, for checking internal links in bodies. */
export const urlPrefix: Record<CollectionName, string> = {
  documents: '/van-ban/',
  campaigns: '/phong-trao/',
  exemplars: '/guong-dien-hinh/',
  news: '/tin-tuc/',
  organizations: '/co-quan/',
};

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    const full = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...walkFiles(full));
    else if (d.isFile()) out.push(full);
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

export function fieldName(p: ReadonlyArray<PropertyKey>): string {
  return p.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
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
  const entries = Object.fromEntries(collectionNames.map((c) => [c, new Map<string, CheckedEntry>()])) as CheckResult['entries'];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
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
  const add = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => problems.push({ severity: 'error', ...p });
  let fileCount = 0;
  const referencedAssets = new Set<string>();
  const refs: { from: CheckedEntry; field: ReadonlyArray<PropertyKey>; ref: Ref }[] = [];

  for (const collection of collectionNames) {
    const dir = path.join(root, contentDir, collection);
    const exts = collections[collection].extensions as readonly string[];
    for (const abs of walkFiles(dir).sort()) {
      const file = rel(abs);
      const ext = path.extname(abs).slice(1).toLowerCase();
      if (!exts.includes(ext)) {
        if (!ASSET_EXT.test(abs)) {
          add({
            file,
            line: 1,
            field: '',
            message: `Tệp này không được đọc: thư mục ${contentDir}/${collection} chỉ nhận tệp ${exts.map((e) => '.' + e).join(', ')} (và ảnh, tệp đính kèm)`,
            found: `.${ext}`,
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
        add({ file, line: 1, field: '', message: 'Tên tệp trùng với một trang danh sách của cổng; hãy đặt tên khác', found: id });
      }
      const previous = entries[collection].get(id);
      if (previous) {
        add({ file, line: 1, field: '', message: `Trùng tên với tệp ${previous.file}: hai mục không thể có cùng địa chỉ trang`, found: id });
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
          message: 'Phần thông tin (YAML) viết sai cú pháp: kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép',
          detail: parsed.error,
        });
        continue;
      }
      if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
        add({ file, line: split.yamlStartLine, field: '', message: 'Phần thông tin phải là các dòng “tên trường: giá trị”', found: describeValue(parsed.data) });
        continue;
      }
      const result = schemas[collection].safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          if (issue.code === 'unrecognized_keys') {
            // One problem per unknown key, at the key's own line.
            const known = knownKeysAt(schemas[collection], issue.path);
            for (const key of issue.keys) {
              const at = [...issue.path, key];
              add({ file, line: lineOf(file, at), field: fieldName(at), ...explainIssue({ ...issue, keys: [key] }, known) });
            }
            continue;
          }
          add({ file, line: lineOf(file, issue.path), field: fieldName(issue.path), ...explainIssue(issue, []) });
        }
        // The body can still be checked, so that one run reports everything it can.
        checkBodyImages({ collection, id, file, data: {}, body: split.body, bodyStartLine: split.bodyStartLine });
        continue;
      }
      const data = result.data as Record<string, unknown>;
      const entry: CheckedEntry = {
        collection,
        id,
        file,
        data,
        body: split.body,
        bodyStartLine: split.bodyStartLine,
        held: holdReason(collection, parsed.data as Record<string, unknown>),
      };
      entries[collection].set(id, entry);

      // Images and references recorded by the schema context.
      const visit = (value: unknown, p: PropertyKey[]) => {
        if (value instanceof Ref) refs.push({ from: entry, field: p, ref: value });
        else if (value instanceof ImagePath) checkAsset(entry, p, value.src, 'image');
        else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...p, i]));
        else if (value && typeof value === 'object' && !(value instanceof Date)) {
          for (const [k, v] of Object.entries(value)) visit(v, [...p, k]);
        }
      };
      visit(data, []);
      if (collection === 'documents') {
        (data.attachments as { file: string }[]).forEach((a, i) => checkAsset(entry, ['attachments', i, 'file'], a.file, 'attachment'));
      }
      checkBodyImages(entry);
    }
  }

  function checkAsset(entry: CheckedEntry, p: PropertyKey[], src: string, kind: 'image' | 'attachment') {
    const field = fieldName(p);
    const line = lineOf(entry.file, p);
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith('/')) {
      add({
        file: entry.file,
        line,
        field,
        message: `${kind === 'image' ? 'Ảnh' : 'Tệp đính kèm'} phải đặt cạnh tệp nội dung và ghi đường dẫn tương đối (không dùng địa chỉ web hay đường dẫn tuyệt đối)`,
        expected: './ten-tep' + path.extname(src),
        found: src,
      });
      return;
    }
    if (kind === 'image' && !IMAGE_EXT.test(src)) {
      add({ file: entry.file, line, field, message: 'Tệp ảnh phải có đuôi .jpg, .png, .webp hoặc .avif', found: src });
      return;
    }
    const abs = path.resolve(root, path.dirname(entry.file), src);
    referencedAssets.add(abs);
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      add({
        file: entry.file,
        line,
        field,
        message: `Không tìm thấy ${kind === 'image' ? 'tệp ảnh' : 'tệp đính kèm'}; hãy đặt tệp cạnh tệp nội dung hoặc sửa lại tên`,
        expected: `tệp ${rel(abs)}`,
        found: src,
        detail: `ENOENT ${abs}`,
      });
    }
  }

  function checkBodyImages(entry: CheckedEntry) {
    const lines = entry.body.split('\n');
    lines.forEach((text, i) => {
      const line = entry.bodyStartLine + i;
      for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        const [, alt, src] = m;
        if (!alt?.trim()) {
          add({ file: entry.file, line, field: '(nội dung)', message: 'Ảnh trong bài chưa có mô tả: viết mô tả giữa ![ và ]', expected: '![mô tả ảnh](./anh.jpg)', found: m[0] });
        }
        if (src && !/^[a-z]+:/i.test(src) && !src.startsWith('/')) {
          const abs = path.resolve(root, path.dirname(entry.file), src);
          referencedAssets.add(abs);
          if (!existsSync(abs)) add({ file: entry.file, line, field: '(nội dung)', message: 'Không tìm thấy tệp ảnh dùng trong bài', expected: `tệp ${rel(abs)}`, found: src });
        } else if (src && /^https?:/i.test(src)) {
          add({ file: entry.file, line, field: '(nội dung)', message: 'Ảnh phải lưu cùng nội dung, không lấy từ trang web khác', found: src });
        }
      }
      for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
        if (!/\balt\s*=\s*(["'])\s*[^"'\s]/i.test(m[0])) {
          add({ file: entry.file, line, field: '(nội dung)', message: 'Thẻ <img> trong bài chưa có mô tả (alt)', found: m[0] });
        }
      }
    });
  }

  // References: each must name an existing entry of the right collection.
  for (const { from, field, ref } of refs) {
    const target = entries[ref.collection].get(ref.id);
    if (!target) {
      const folder = `${contentDir}/${ref.collection}`;
      add({
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Không có ${collectionLabel[ref.collection]} nào tên “${ref.id}” trong ${folder}`,
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

  // Internal links in bodies must lead to a published page.
  for (const collection of collectionNames) {
    for (const entry of entries[collection].values()) {
      entry.body.split('\n').forEach((text, i) => {
        for (const m of text.matchAll(/\]\(\s*(\/(?:van-ban|phong-trao|guong-dien-hinh|tin-tuc|co-quan)\/([a-z0-9-]+)\/?)(?:#[^)\s]*)?\s*\)/g)) {
          const [, url, slug] = m;
          const target = collectionNames.find((c) => url!.startsWith(urlPrefix[c]));
          if (!target || RESERVED.test(slug!)) continue;
          const hit = entries[target].get(slug!);
          if (!hit || (hit.held && !entry.held)) {
            add({
              file: entry.file,
              line: entry.bodyStartLine + i,
              field: '(nội dung)',
              message: hit ? 'Liên kết tới một mục chưa xuất bản' : 'Liên kết tới một trang không có trên cổng',
              found: url,
            });
          }
        }
      });
    }
  }

  // One issuer cannot use the same number twice.
  const numbers = new Map<string, CheckedEntry>();
  for (const doc of entries.documents.values()) {
    const number = doc.data.number as string | undefined;
    if (!number) continue;
    const issuer = (doc.data.issuer as Ref).id;
    const key = `${issuer}|${number.normalize('NFC').replace(/\s+/g, '').toUpperCase()}`;
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
    for (const abs of walkFiles(path.join(root, contentDir, collection))) {
      if (ASSET_EXT.test(abs) && !referencedAssets.has(abs)) {
        add({ severity: 'warning', file: rel(abs), line: 1, field: '', message: 'Tệp này không được mục nào dùng tới nên sẽ không xuất bản' });
      }
    }
  }

  const heldBack = collectionNames.flatMap((c) =>
    [...entries[c].values()].filter((e) => e.held).map((e) => ({ collection: c, id: e.id, file: e.file, reason: e.held! })),
  );
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, entries, heldBack, fileCount };
}

/** `path:line: field: message (cần: …; đang có: …) [detail]`, one line per problem. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}: ${p.field ? p.field + ': ' : ''}${p.severity === 'warning' ? 'cảnh báo: ' : ''}${p.message}`;
  const parts = [p.expected && `cần: ${p.expected}`, p.found && `đang có: ${p.found}`].filter(Boolean);
  return head + (parts.length ? ` (${parts.join('; ')})` : '') + (p.detail ? ` [${p.detail}]` : '');
}
