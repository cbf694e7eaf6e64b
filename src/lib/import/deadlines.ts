/**
 * Deadlines in running text: "trước ngày 10/01/2025", "chậm nhất vào ngày 15/01/2025",
 * "trước 17 giờ ngày 10 tháng 01 năm 2025", "hoàn thành trong tháng 01/2025". The task
 * is the sentence; the responsible unit is the organization the sentence or its section
 * names ("1. Sở Nội vụ:"), when it is one of the site's organizations.
 */
import { dateSortKey } from '../../vocabulary/dates.ts';
import { isoFrom } from './dates.ts';
import type { OrgMatcher } from './organizations.ts';
import type { Block } from './sections.ts';
import { foldKey, plain, sentences } from './text.ts';

export interface Deadline {
  date: string;
  task: string;
  assignee?: string | undefined;
}

const TRIGGER =
  /(?:trước|chậm nhất|muộn nhất|không muộn hơn|không quá|(?:thời\s+)?hạn(?:\s+chót|\s+cuối|\s+nộp)?)\s*(?:là|vào|đến|trước)?\s*:?\s*(?:(?:\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?|\d{1,2}h\d{0,2})\s*,?\s*)?(?:ngày\s*)?/giu;
const DATE_AT =
  /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/uy;
const MONTH =
  /(?:hoàn thành|xong|thực hiện xong|tổ chức xong)[^.;]*?\b(?:trong|chậm nhất trong|trước hết)\s+tháng\s+(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})/giu;
/** Labels that say only "when": the task is then the section it belongs to. */
const WHEN_LABELS = new Set([
  'thoi gian',
  'thoi han',
  'han',
  'thoi gian thuc hien',
  'thoi gian hoan thanh',
  'han chot',
  'tien do',
]);
const DELEGATION = /^(?:giao|đề nghị|yêu cầu|phân công)\s+/iu;

/** Deadline dates in one sentence. `year` fills a date written without one ("trước ngày 10/01"). */
export function findDeadlineDates(sentence: string, year?: number, after?: string): string[] {
  const out: string[] = [];
  for (const t of sentence.matchAll(TRIGGER)) {
    DATE_AT.lastIndex = t.index + t[0].length;
    const m = DATE_AT.exec(sentence);
    if (!m) continue;
    const [day, month, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    let date: string | undefined;
    if (y) date = isoFrom(y, month, day);
    else if (year) {
      date = isoFrom(year, month, day);
      if (date && after && dateSortKey(date) < dateSortKey(after)) date = isoFrom(year + 1, month, day);
    }
    if (date) out.push(date);
  }
  for (const m of sentence.matchAll(MONTH)) {
    const date = isoFrom(m[2]!, m[1]);
    if (date) out.push(date);
  }
  return [...new Set(out)];
}

function clean(text: string): string {
  return plain(text)
    .replace(/^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s+/u, '')
    .replace(/[\s.;,:]+$/u, '')
    .trim();
}

/** The unit a heading or list label names: "Sở Nội vụ" in "1. Sở Nội vụ:" or "- Sở Y tế: báo cáo ...". */
function unitOf(text: string, orgs: OrgMatcher): string | undefined {
  const t = clean(text).replace(DELEGATION, '');
  const label = /^([^:]{2,90}):/.exec(t)?.[1] ?? t;
  return orgs.matchPrefix(label)?.slug;
}

/** Finds every deadline in the body blocks. */
export function extractDeadlines(blocks: Block[], orgs: OrgMatcher, issuedAt?: string): Deadline[] {
  const year = issuedAt ? Number(issuedAt.slice(0, 4)) : undefined;
  const headings: { level: number; text: string }[] = [];
  let topItem: Extract<Block, { type: 'item' }> | undefined;
  let lastArabic: string | undefined;
  const out: Deadline[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      while (headings.length && headings[headings.length - 1]!.level >= b.level) headings.pop();
      headings.push({ level: b.level, text: b.text });
      if (/^\d/.test(b.marker)) lastArabic = b.text;
      else if (!/^[a-zđ]\)$/u.test(b.marker)) lastArabic = undefined;
      topItem = undefined;
      continue;
    }
    if (b.type === 'table') continue;
    if (b.type === 'item' && b.depth === 0) topItem = b;
    if (b.type === 'item' && b.ordered) lastArabic = b.text;
    for (const sentence of sentences(b.text)) {
      const dates = findDeadlineDates(plain(sentence), year, issuedAt);
      if (!dates.length) continue;
      let task = clean(sentence);
      const label = /^([^:]{2,30}):\s*(.+)$/u.exec(task);
      const whenOnly = label && WHEN_LABELS.has(foldKey(label[1]!));
      if (whenOnly) task = label[2]!;
      if (whenOnly || task.length < 50) {
        const context =
          b.type === 'item' && b.depth > 0 && topItem
            ? topItem.text
            : (lastArabic ?? headings[headings.length - 1]?.text);
        if (context && clean(context) !== task) task = `${clean(sentences(context)[0] ?? context)}: ${task}`;
      }
      const assignee =
        orgs.matchPrefix(clean(sentence).replace(DELEGATION, ''))?.slug ??
        (b.type === 'item' ? unitOf(b.text, orgs) : undefined) ??
        (b.type === 'item' && b.depth > 0 && topItem ? unitOf(topItem.text, orgs) : undefined) ??
        [...headings]
          .reverse()
          .map((h) => unitOf(h.text, orgs))
          .find(Boolean);
      for (const date of dates) {
        if (out.some((d) => d.date === date && d.task === task)) continue;
        out.push(assignee ? { date, task, assignee } : { date, task });
      }
    }
  }
  return out;
}
