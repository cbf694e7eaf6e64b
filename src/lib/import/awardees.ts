/**
 * Who a decision awards: "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
 * cho ..." followed by the list ("- Ông Nguyễn Văn A, Trưởng phòng ...;", "- Trường
 * Tiểu học B, xã C;"), grouped or not under "Tập thể:" / "Cá nhân:".
 */
import type { ExemplarKind } from '../../vocabulary/labels.ts';
import type { Block } from './sections.ts';
import { foldKey, plain, PERSON_NAME } from './text.ts';

export interface Awardee {
  name: string;
  kind: ExemplarKind;
  unit?: string | undefined;
  award: string;
}

const AWARD =
  /(?:^|\s)(?:Tặng|tặng|Tặng thưởng|tặng thưởng|Truy tặng|Công nhận|công nhận)\s+(?:thưởng\s+)?(.+?)\s+cho\b/u;
const PERSON = /^(?:Ông|Bà|Đồng chí|Đ\/c|Anh|Chị|Em)\s+(.+)$/u;
const NAME = PERSON_NAME;

/** "danh hiệu “Chiến sĩ thi đua cấp tỉnh”" -> "Danh hiệu Chiến sĩ thi đua cấp tỉnh". */
function awardName(phrase: string): string {
  const s = phrase.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function cleanItem(text: string): string {
  return plain(text)
    .replace(/^(?:[-–•+*]|\d{1,3}[.)])\s+/u, '')
    .replace(/\s*\((?:có danh sách kèm theo|kèm theo danh sách)\)/u, '')
    .replace(/[\s;,.]+$/u, '')
    .trim();
}

function groupKind(text: string): ExemplarKind | undefined {
  const k = foldKey(text.replace(/^(?:[IVXLC]+|\d{1,2}|[a-z])[.)]\s*/u, ''));
  if (/^(cac )?tap the\b/.test(k) && k.split(' ').length <= 6) return 'tap-the';
  if (/^(cac )?ca nhan\b/.test(k) && k.split(' ').length <= 6) return 'ca-nhan';
  return undefined;
}

/** Reads the awardees of a decision from its body blocks. */
export function extractAwardees(blocks: Block[]): Awardee[] {
  const out: Awardee[] = [];
  let award: string | undefined;
  /** The award of "Điều 1", for a list in an annex after the articles. */
  let lastAward: string | undefined;
  let kind: ExemplarKind | undefined;
  for (const b of blocks) {
    if (b.type === 'table') continue;
    const text = b.text;
    const p = plain(text);
    const m = AWARD.exec(p);
    if (m && (b.type !== 'item' || !PERSON.test(cleanItem(text)))) {
      award = awardName(m[1]!);
      lastAward = award;
      kind =
        /\bcá nhân(?![\p{L}\d])/u.test(p) && !/\btập thể(?![\p{L}\d])/u.test(p)
          ? 'ca-nhan'
          : /\btập thể(?![\p{L}\d])/u.test(p) && !/\bcá nhân(?![\p{L}\d])/u.test(p)
            ? 'tap-the'
            : undefined;
      continue;
    }
    if (/^Điều\s+\d/u.test(p)) {
      award = undefined;
      continue;
    }
    if (/^(DANH SÁCH|PHỤ LỤC)(?![\p{L}\d])/u.test(p) && lastAward) {
      award = lastAward;
      kind = undefined;
      continue;
    }
    if (!award) continue;
    const group = groupKind(p);
    if (group) {
      kind = group;
      continue;
    }
    if (b.type === 'para' && !PERSON.test(p)) continue;
    const item = cleanItem(text);
    const person = PERSON.exec(item);
    if (person) {
      const [name, ...rest] = person[1]!.split(/\s*,\s*/);
      if (name && NAME.test(name)) out.push({ name, kind: 'ca-nhan', unit: rest.join(', ') || undefined, award });
      continue;
    }
    const [name, ...rest] = item.split(/\s*,\s*/);
    if (!name) continue;
    const k: ExemplarKind = kind ?? (NAME.test(name) ? 'ca-nhan' : 'tap-the');
    out.push({ name, kind: k, unit: rest.join(', ') || undefined, award });
  }
  return out.map((a) => (a.unit ? a : { name: a.name, kind: a.kind, award: a.award }));
}
