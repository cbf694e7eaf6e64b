/**
 * The body of a document as Markdown: "I., II." and short "1.", "a)" headings become
 * headings, "-" and "+" lines lists, "Điều 1." bold; bold and italics already marked
 * (`**`, `*`) are kept. Lines broken by a page break are joined again.
 */
import { isUpper, plain } from './text.ts';

export type Block =
  | { type: 'heading'; level: number; marker: string; text: string }
  | { type: 'item'; depth: number; ordered: boolean; marker: string; text: string }
  | { type: 'para'; text: string }
  | { type: 'table'; rows: string[] };

type HeadingKind = 'chuong' | 'roman' | 'arabic' | 'nested' | 'letter';
const ORDER: HeadingKind[] = ['chuong', 'roman', 'arabic', 'nested', 'letter'];

const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)/-]\s*(.+)$/u;
const CHAPTER = /^((?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+[IVXLC\d]+)\s*[.:-]?\s*(.*)$/u;
const ARABIC = /^(\d{1,2})\s*[.)]\s+(.+)$/u;
const NESTED = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(.+)$/u;
const LETTER = /^([a-zđ])\s*\)\s+(.+)$/u;
const BULLET = /^([-–•+*])\s+(.+)$/u;

/** A numbered line reads as a heading when it is short and does not end a sentence. */
function headingLike(text: string): boolean {
  const t = plain(text);
  return t.length <= 90 && !/[.;,!?]$/.test(t) && !/:\s+\S/.test(t);
}

function stripColon(text: string): string {
  return text
    .replace(/\s*:\s*(\*\*|\*)?$/, '$1')
    .replace(/\*\*\s*\*\*/g, '')
    .trim();
}

/** Splits body lines into blocks. */
export function toBlocks(lines: string[]): Block[] {
  const raw: ({ kind: HeadingKind; marker: string; text: string } | Block)[] = [];
  for (const source of lines) {
    // A Markdown heading in a .md file: its numbering decides the level, as for plain text.
    const hashes = /^#{1,6}\s+(.+)$/.exec(source);
    const line = hashes ? hashes[1]! : source;
    const p = plain(line);
    if (hashes && !ROMAN.test(p) && !ARABIC.test(p) && !NESTED.test(p) && !LETTER.test(p) && !CHAPTER.test(p)) {
      raw.push({
        type: 'heading',
        level: Math.max(2, hashes[0].indexOf(' ')),
        marker: '',
        text: stripColon(unboldAll(line)),
      });
      continue;
    }
    if (/^\|.*\|$/.test(line)) {
      const prev = raw[raw.length - 1];
      if (prev && 'type' in prev && prev.type === 'table') prev.rows.push(line);
      else raw.push({ type: 'table', rows: [line] });
      continue;
    }
    if (/^[-_=*.…–—\s]{3,}$/u.test(p)) continue;
    let m: RegExpExecArray | null;
    const unbold = line.replace(/^\*\*(.+?)\*\*(.*)$/u, '$1$2');
    if ((m = CHAPTER.exec(p)) && (isUpper(p) || headingLike(p))) {
      raw.push({ kind: 'chuong', marker: m[1]!, text: m[2]! });
      continue;
    }
    if ((m = ROMAN.exec(p)) && m[1] && (isUpper(m[2]!) || headingLike(m[2]!))) {
      raw.push({ kind: 'roman', marker: `${m[1]}.`, text: stripColon(unboldAll(m[2]!)) });
      continue;
    }
    if ((m = NESTED.exec(p)) && headingLike(m[2]!)) {
      raw.push({ kind: 'nested', marker: m[1]!, text: stripColon(unboldAll(m[2]!)) });
      continue;
    }
    if ((m = ARABIC.exec(unbold))) {
      const text = m[2]!;
      if (headingLike(text)) raw.push({ kind: 'arabic', marker: `${m[1]}.`, text: stripColon(unboldAll(text)) });
      else raw.push({ type: 'item', depth: 0, ordered: true, marker: `${m[1]}.`, text });
      continue;
    }
    if ((m = LETTER.exec(unbold))) {
      const text = m[2]!;
      if (headingLike(text)) raw.push({ kind: 'letter', marker: `${m[1]})`, text: stripColon(unboldAll(text)) });
      else raw.push({ type: 'para', text: `${m[1]}) ${text}` });
      continue;
    }
    if ((m = BULLET.exec(line))) {
      const [, sym, text] = m;
      if (sym === '*' && /^[^:]{2,40}:/.test(text!)) {
        // "* Thời gian: ..." is a label, not a list.
        raw.push({ type: 'para', text: text!.replace(/^([^:]{2,40}:)/, '**$1**') });
        continue;
      }
      const depth = sym === '+' && hasDashParent(raw) ? 1 : 0;
      raw.push({ type: 'item', depth, ordered: false, marker: '-', text: text! });
      continue;
    }
    // A paragraph cut by a page break ("... sơ" / "kết và tổng kết ...") joins the one before.
    const prev = raw[raw.length - 1];
    if (
      /^\p{Ll}/u.test(p) &&
      prev &&
      'type' in prev &&
      (prev.type === 'para' || prev.type === 'item') &&
      !/[.;:!?]\**$/.test(prev.text)
    ) {
      prev.text = `${prev.text} ${line}`;
      continue;
    }
    if (/^Điều\s+\d+\s*\./u.test(p) && !line.startsWith('**')) {
      raw.push({ type: 'para', text: line.replace(/^(Điều\s+\d+\s*\.)/u, '**$1**') });
    } else if (isUpper(p) && p.length <= 120 && !line.startsWith('**')) {
      raw.push({ type: 'para', text: `**${p}**` });
    } else raw.push({ type: 'para', text: line });
  }
  const used = ORDER.filter((k) => raw.some((b) => 'kind' in b && b.kind === k));
  return raw.map((b) =>
    'kind' in b ? { type: 'heading', level: Math.min(6, 2 + used.indexOf(b.kind)), marker: b.marker, text: b.text } : b,
  );
}

function hasDashParent(raw: unknown[]): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    const b = raw[i] as { type?: string; depth?: number; ordered?: boolean };
    if (b.type !== 'item') return false;
    if (b.depth === 0) return !b.ordered;
  }
  return false;
}

/** Headings are bold already: markers inside them would show. */
function unboldAll(text: string): string {
  return text.replace(/\*\*/g, '').trim();
}

/** Escapes what Markdown would misread at the start of a paragraph. */
function escapeStart(text: string): string {
  return text
    .replace(/^(#{1,6}\s|>|=+\s*$|\d{3,}\.\s)/, (m) => `\\${m}`)
    .replace(/^(\d{3,})\.(\s)/, '$1\\.$2')
    .replace(/<(?=[\p{L}/!])/gu, '&lt;');
}

/** Renders blocks as Markdown: blank lines between blocks, none inside a list. */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  let prev: Block | undefined;
  for (const b of blocks) {
    let text: string;
    if (b.type === 'heading') text = `${'#'.repeat(b.level)} ${b.marker ? `${b.marker} ` : ''}${b.text}`;
    else if (b.type === 'item')
      text = `${'  '.repeat(b.depth * (b.ordered ? 3 : 1))}${b.ordered ? b.marker : '-'} ${b.text.replace(/<(?=[\p{L}/!])/gu, '&lt;')}`;
    else if (b.type === 'table') text = tableMarkdown(b.rows);
    else text = escapeStart(b.text);
    const tight =
      prev?.type === 'item' && b.type === 'item' && (b.ordered === prev.ordered || b.depth > 0 || prev.depth > 0);
    if (out.length) out.push(tight ? '\n' : '\n\n');
    out.push(text);
    prev = b;
  }
  return out.join('') + '\n';
}

/** A table with a separator row after the first, as GitHub-flavoured Markdown wants. */
function tableMarkdown(rows: string[]): string {
  const cells = (r: string) => r.split('|').length - 2;
  const n = Math.max(...rows.map(cells));
  return [rows[0]!, `|${' --- |'.repeat(n)}`, ...rows.slice(1)].join('\n');
}
