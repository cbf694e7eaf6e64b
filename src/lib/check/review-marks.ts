/**
 * The importer's "CẦN SỬA" marks (src/lib/import/draft.ts): a YAML comment above a value
 * it is not sure of, or the words in a body. A draft may keep them while an editor works
 * through it; a published entry may not, since the value under the mark was never read
 * against the paper. Found here, with the line of the mark and the field it is above.
 */
import { LineCounter, Parser } from 'yaml';
import { createLineFinder } from './frontmatter.ts';
import { fieldName } from './schema-context.ts';

/** The mark, as the importer writes it. */
const REVIEW_MARK = 'CẦN SỬA';

/**
 * The mark in a body: the words in capitals, but not inside a heading written in
 * capitals ("NỘI DUNG CẦN SỬA ĐỔI, BỔ SUNG"), which is the paper's own text.
 */
const BODY_MARK = new RegExp(`(?<!\\p{Lu}[ \\t]+)${REVIEW_MARK}(?![ \\t]*\\p{Lu}{2})`, 'u');

export interface ReviewMark {
  /** Where the mark is: a YAML comment, a line of the `review` list, or the body. */
  kind: 'comment' | 'list' | 'body';
  /** 1-based line of the mark in the file. */
  line: number;
  /** The field the comment is above (or beside), `(nội dung)` in a body, empty when none follows. */
  field: string;
  /** The comment or body line, shortened. */
  text: string;
}

/** Whether a text has the mark anywhere, in whichever Unicode form it was typed. */
const mentions = (text: string) => text.includes(REVIEW_MARK) || text.normalize('NFC').includes(REVIEW_MARK);

const short = (s: string) => (s.length > 100 ? s.slice(0, 97) + '…' : s);

/** Every comment of a YAML text, by 1-based line (comments inside quoted or block values are values, not comments). */
function yamlComments(yaml: string): { line: number; text: string }[] {
  const counter = new LineCounter();
  const out: { line: number; text: string }[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ line: counter.linePos(token.offset).line, text: token.source });
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const token of new Parser(counter.addNewLine).parse(yaml)) walk(token);
  return out;
}

/** Every field of the parsed front matter with the line of its key (or list item). */
function fieldLines(yaml: string, data: unknown): { line: number; path: PropertyKey[] }[] {
  const lineOf = createLineFinder(yaml);
  const out: { line: number; path: PropertyKey[] }[] = [];
  const walk = (value: unknown, p: PropertyKey[]) => {
    if (p.length) out.push({ line: lineOf(p), path: p });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...p, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, [...p, k]);
  };
  walk(data, []);
  return out;
}

/**
 * The marks of one entry file: comments of its front matter that carry the mark, each
 * with the field on its own line (a comment after a value) or on the next line that has
 * one (a comment above a key), and the body lines that carry it.
 */
export function findReviewMarks(file: {
  yaml: string;
  yamlStartLine: number;
  data: unknown;
  body: string;
  bodyStartLine: number;
}): ReviewMark[] {
  const marks: ReviewMark[] = [];
  // Most files carry no mark: they are not parsed a second time.
  const comments = mentions(file.yaml)
    ? yamlComments(file.yaml).filter((c) => c.text.normalize('NFC').includes(REVIEW_MARK))
    : [];
  if (comments.length) {
    const fields = fieldLines(file.yaml, file.data);
    for (const c of comments) {
      // The deepest field of the first line at or after the comment: `deadlines[0].date`, not `deadlines`.
      let best: { line: number; path: PropertyKey[] } | undefined;
      for (const f of fields) {
        if (f.line < c.line) continue;
        if (!best || f.line < best.line || (f.line === best.line && f.path.length > best.path.length)) best = f;
      }
      marks.push({
        kind: 'comment',
        line: c.line + file.yamlStartLine - 1,
        field: best ? fieldName(best.path) : '',
        text: short(c.text.trim()),
      });
    }
  }
  const listed = listMarks(file);
  if (listed.length) {
    const named = new Set(listed.map((m) => m.field));
    marks.splice(0, marks.length, ...marks.filter((m) => !named.has(m.field)), ...listed);
  }
  if (!mentions(file.body)) return marks;
  file.body.split('\n').forEach((line, i) => {
    if (BODY_MARK.test(line.normalize('NFC')))
      marks.push({ kind: 'body', line: file.bodyStartLine + i, field: '(nội dung)', text: short(line.trim()) });
  });
  return marks;
}

/**
 * The lines of the `review` list (written by the importer beside its comments, kept by the
 * form editor, which drops comments), each a mark on the field it names ("number: …"). A
 * comment on the same field is then the same mark: only the list line is reported.
 */
function listMarks(file: { yaml: string; yamlStartLine: number; data: unknown }): ReviewMark[] {
  const review = (file.data as { review?: unknown } | null)?.review;
  if (!Array.isArray(review) || !review.length) return [];
  const lineOf = createLineFinder(file.yaml);
  return review.map((item, i) => {
    const text = typeof item === 'string' ? item : String(item);
    const named = /^([\w.[\]]+):\s/u.exec(text)?.[1];
    return {
      kind: 'list' as const,
      line: lineOf(['review', i]) + file.yamlStartLine - 1,
      field: named ?? `review[${i}]`,
      text: short(text.trim()),
    };
  });
}

/** Drafts that still carry marks, as the check returns them. */
export interface DraftMarks {
  file: string;
  count: number;
}

/** How many files a summary names before it only counts the rest. */
const LISTED = 10;

/**
 * The one line the check and the build print about drafts still marked, or `undefined`
 * when there are none: "2 bản nháp còn 5 chỗ CẦN SỬA: a.md (3), b.md (2)".
 */
export function formatDraftMarks(drafts: readonly DraftMarks[]): string | undefined {
  if (!drafts.length) return undefined;
  const total = drafts.reduce((n, d) => n + d.count, 0);
  const named = drafts.slice(0, LISTED).map((d) => `${d.file} (${d.count})`);
  const rest = drafts.length - named.length;
  return (
    `${drafts.length} bản nháp còn ${total} chỗ ${REVIEW_MARK}: ${named.join(', ')}` +
    (rest > 0 ? ` và ${rest} tệp khác` : '') +
    '. Sửa rồi xóa dòng ghi chú và dòng review trước khi đổi thành draft: false.'
  );
}
