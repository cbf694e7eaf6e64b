/**
 * Validity and relations a document states about itself: "Quyết định này có hiệu lực
 * kể từ ngày ký và thay thế Quyết định số 12/QĐ-UBND ngày 15/3/2024 …", "Bãi bỏ Quyết
 * định số …", "sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm theo Quyết định
 * số …", "Hướng dẫn thực hiện Kế hoạch số …", "có hiệu lực đến hết ngày 31/12/2026".
 *
 * Precision first: a relation needs a verb in the active voice followed by a document
 * citation (kind word + "số" + number), so "thay thế cán bộ" or "bãi bỏ thủ tục" are
 * prose; a citation is linked only when the library holds exactly one document with that
 * kind and number (and date); anything less sure is a CẦN SỬA mark naming the citation.
 */
import { documentNumberKey, documentKindLabel, type DocumentKind } from '../../vocabulary/labels.ts';
import { datePrecision } from '../../vocabulary/dates.ts';
import { isoFrom, NUMERIC_DATE, WORDS_DATE } from './dates.ts';
import { KIND_WORDS, kindFromWord } from './header.ts';
import type { DocRecord } from './library.ts';
import { standIn, type EntryDraft } from './draft.ts';

export const RELATION_FIELDS = ['replaces', 'amends', 'repeals', 'guides'] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

/** Kinds of legal documents the library does not hold (laws, decrees, circulars): reported, never linked. */
const OTHER_KINDS = 'Thông tư liên tịch|Nghị quyết liên tịch|Nghị định|Nghị quyết|Thông tư|Pháp lệnh|Luật';
const NUMBER = String.raw`\d+[\p{L}]?(?:[/-][\p{L}\d&.]*[\p{L}\d&])+`;
const DATE = String.raw`(?:${NUMERIC_DATE}|${WORDS_DATE})`;
/** A full citation: kind, "số", number, and the date when it follows ("ngày 15/3/2024"). */
const CITE = String.raw`(${KIND_WORDS}|${OTHER_KINDS})\s+số\s*:?\s*(${NUMBER})(?:\s*,?\s+ngày\s+${DATE})?`;
/** A citation in a list that keeps the kind of the one before it: "…, số 15/QĐ-UBND ngày …". */
const BARE = String.raw`(?:(${KIND_WORDS}|${OTHER_KINDS})\s+)?số\s*:?\s*(${NUMBER})(?:\s*,?\s+ngày\s+${DATE})?`;

/** One document cited after a relation verb. */
export interface RelationCitation {
  /** The kind as a library kind, or `undefined` for a law, decree, circular… */
  kind: DocumentKind | undefined;
  /** The kind word as written ("Nghị định"). */
  kindWord: string;
  number: string;
  issuedAt?: string | undefined;
  /** The citation as the text writes it: "Quyết định số 12/QĐ-UBND ngày 15/3/2024". */
  text: string;
}

export interface RelationFound {
  field: RelationField;
  citation: RelationCitation;
  /** Why the relation itself is uncertain (a partial repeal, "hết hiệu lực khi …"): always marked. */
  unsure?: string | undefined;
}

const dateOf = (m: RegExpExecArray | RegExpMatchArray, at: number): string | undefined =>
  m[at] ? isoFrom(m[at + 2]!, m[at + 1], m[at]) : m[at + 3] ? isoFrom(m[at + 5]!, m[at + 4], m[at + 3]) : undefined;

const word = (s: string) => String.raw`(?<![\p{L}\d])(?:${s})(?![\p{L}\d])`;

/** The verbs, each a relation; "bổ sung" alone must be followed by what is added to. */
const VERB_RE = new RegExp(
  word(
    String.raw`thay thế|sửa đổi(?:\s*,\s*bổ sung)?|bổ sung(?=\s+(?:một số|các|nội dung|điều|khoản|điểm|Điều|vào)(?![\p{L}]))|bãi bỏ|hướng dẫn\s+(?:thi hành|thực hiện|triển khai(?:\s+thực hiện)?)`,
  ),
  'giu',
);

function fieldOfVerb(verb: string): RelationField {
  const v = verb.toLocaleLowerCase('vi');
  if (v.startsWith('thay')) return 'replaces';
  if (v.startsWith('bãi')) return 'repeals';
  if (v.startsWith('hướng')) return 'guides';
  return 'amends';
}

/**
 * What may stand between the verb and the citation: "cho", "toàn bộ", a part of the
 * document ("Điều 5 của", "một số điều của") and a text issued with it ("Quy chế thi
 * đua … ban hành kèm theo"). Anything else ("thay thế mẫu số 03 kèm theo …") is prose.
 */
const GAP_RE = new RegExp(
  String.raw`^\s*:?\s*(?:(?:cho|toàn bộ|các|nội dung(?:\s+của)?)\s+)*` +
    String.raw`((?:một số\s+(?:điều|nội dung|quy định)(?:,\s*khoản)?|(?:các\s+)?(?:Điều|điều|khoản|điểm|Phụ lục|mục)\s+[\p{L}\d,.\s]{0,80}?)(?:\s+(?:của|tại))?\s+)?` +
    String.raw`((?:Quy chế|Quy định|Điều lệ|Hướng dẫn|Bộ tiêu chí|Kế hoạch|Chương trình|Đề án|Phụ lục|Danh mục)(?![\p{L}])[^.;:]{0,220}?\s+(?:được\s+)?(?:ban hành\s+)?(?:kèm theo|tại|theo)\s+)?` +
    String.raw`(?:(?:các|những)\s+(?:văn bản|${KIND_WORDS})\s+(?:sau(?:\s+đây)?\s*)?:?\s*)?(?:các\s+)?(?=(?:${KIND_WORDS}|${OTHER_KINDS})\s+số)`,
  'iu',
);

/** Words that end a list of citations: the next one is no longer the object of the verb. */
const LIST_BREAK = new RegExp(word('theo|tại|kèm theo|căn cứ|thực hiện|trừ|bởi|bằng|được|bị'), 'iu');

/** Splits a paragraph into sentences: a full stop (or "!", "?") then a capital. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}“"(])/u);
}

function citationOf(m: RegExpExecArray, kindWord: string): RelationCitation {
  return {
    kind: kindFromWord(kindWord),
    kindWord: kindWord.charAt(0).toLocaleUpperCase('vi') + kindWord.slice(1),
    number: m[2]!,
    issuedAt: dateOf(m, 3),
    text: m[1] ? m[0].trim() : `${kindWord} ${m[0].trim()}`,
  };
}

/**
 * The citations from `from` on: a first full one where the text starts, then the ones
 * listed after it ("… và Quyết định số …", "…; số 15/QĐ-UBND ngày …"), until a word
 * that ends the list or the end of `text`.
 */
function citationRun(text: string, from: number): { citations: RelationCitation[]; end: number } {
  const first = new RegExp(CITE, 'iuy');
  first.lastIndex = from;
  const m = first.exec(text);
  if (!m) return { citations: [], end: from };
  const citations = [citationOf(m, m[1]!)];
  let end = m.index + m[0].length;
  const next = new RegExp(BARE, 'giu');
  for (;;) {
    next.lastIndex = end;
    const n = next.exec(text);
    if (!n) break;
    const between = text.slice(end, n.index);
    // The list goes on only through a separator ("," ";" "và"), over the cited document's
    // issuer and subject ("của Chủ tịch UBND tỉnh ban hành Quy chế …"), never over a word
    // that starts another relation to it ("theo", "kèm theo", "tại").
    if (between.length > 250 || LIST_BREAK.test(between) || !/(?:[,;]|\svà|^và)\s*(?:các\s+)?$/u.test(between)) break;
    citations.push(citationOf(n, n[1] ?? citations.at(-1)!.kindWord));
    end = n.index + n[0].length;
  }
  return { citations, end };
}

/** A verb that belongs to the subject of a document cited before it: "Quyết định số 5/QĐ-UBND về việc sửa đổi …". */
const IN_CITED_SUBJECT = new RegExp(String.raw`${CITE}[^.;]*?\s(?:về việc|về|V/v)\s[^.;]*$`, 'iu');

/**
 * A verb right after a citation (and its issuer): the cited document is the subject,
 * as in a list item's own trích yếu ("2. Quyết định số 2456/QĐ-UBND ngày … sửa đổi,
 * bổ sung Quy chế …").
 */
const CITED_SUBJECT = new RegExp(String.raw`${CITE}(?:\s*,?\s+(?:của|do)\s+[^,;.]{0,120}?)?\s+(?:đã\s+)?$`, 'iu');

/** Relations stated in one sentence. */
function sentenceRelations(s: string): RelationFound[] {
  const out: RelationFound[] = [];
  const verbs = [...s.matchAll(VERB_RE)];
  verbs.forEach((v, i) => {
    const start = v.index;
    // The clause before the verb is enough to see what it belongs to (and bounds the work).
    const before = s.slice(Math.max(0, start - 400), start);
    const field = fieldOfVerb(v[0]);
    // Passive ("đã được sửa đổi tại …", "bị thay thế bởi …"): the document cited does it, not this one.
    if (/(?:được|bị)\s+$/iu.test(before)) return;
    if (field === 'guides' && /(?:theo|tại|các|văn bản|của|và)\s+$/iu.test(before)) return;
    if (IN_CITED_SUBJECT.test(before) || CITED_SUBJECT.test(before)) return;
    const afterVerb = start + v[0].length;
    const segEnd = verbs[i + 1]?.index ?? s.length;
    const seg = s.slice(afterVerb, segEnd);
    if (/^\s+(?:bởi|bằng)(?![\p{L}])/u.test(seg)) return;
    const gap = GAP_RE.exec(seg);
    if (!gap) return;
    const { citations } = citationRun(seg, gap[0].length);
    const partial = gap[1]?.trim();
    for (const citation of citations) {
      if (partial && (field === 'repeals' || field === 'replaces')) {
        // Only a part goes: the document stays in force, amended.
        out.push({
          field: 'amends',
          citation,
          unsure: `văn bản này ${field === 'repeals' ? 'bãi bỏ' : 'thay thế'} một phần (${partial.replace(/\s+(?:của|tại)$/u, '')}) của “${citation.text}”; đã ghi là sửa đổi, bổ sung`,
        });
      } else out.push({ field, citation });
    }
  });
  // "Quyết định số 12/QĐ-UBND … hết hiệu lực kể từ ngày Quyết định này có hiệu lực",
  // "… được bãi bỏ": the cited documents come first.
  const passive = new RegExp(
    String.raw`^(?:Điều\s+\d+[.:]?\s*)?(?:(?:các|đồng thời)\s*,?\s*)?(?=(?:${KIND_WORDS}|${OTHER_KINDS})\s+số)`,
    'iu',
  ).exec(s);
  if (passive) {
    const { citations, end } = citationRun(s, passive[0].length);
    const tail = s.slice(end);
    // The verb must follow the list before any other citation.
    const verb =
      /^[^.;]{0,200}?\s(?:(?:bị|được)\s+(bãi bỏ|thay thế)(?![\p{L}])(?!\s+(?:bởi|theo|tại|bằng))|(hết hiệu lực)(?:\s+thi hành)?\s+(?:kể\s+)?(?:từ|khi)\s+(?:ngày\s+)?[\p{L}\s]{0,20}?\s*này\s+có hiệu lực)/iu.exec(
        tail,
      );
    if (citations.length && verb && !new RegExp(CITE, 'iu').test(verb[0])) {
      for (const citation of citations) {
        if (verb[1]) out.push({ field: /^bãi/iu.test(verb[1]) ? 'repeals' : 'replaces', citation });
        else
          out.push({
            field: 'replaces',
            citation,
            unsure: `văn bản này ghi “${citation.text}” hết hiệu lực khi văn bản này có hiệu lực: thay thế (replaces) hay bãi bỏ (repeals)?`,
          });
      }
    }
  }
  return out;
}

/** "… thay thế các văn bản sau:" closing a paragraph: the verb of the list below. */
const LIST_INTRO = new RegExp(
  String.raw`(${VERB_RE.source})\s+(?:(?:toàn bộ|các|những)\s+)?(?:văn bản|${KIND_WORDS})\s+(?:sau(?:\s+đây)?\s*)?(?:(?:của|do)\s+[^:;.]{1,120}?\s*)?:$`,
  'iu',
);
/** An item of a list: "a)", "1.", "-", "+", "•". */
const LIST_ITEM = /^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•–])\s+/u;

/** A paragraph that states a basis is no relation of this document, whatever it cites. */
const BASIS_LINE = /^(căn cứ|xét đề nghị|theo đề nghị|xét tờ trình|theo tờ trình)(?![\p{L}\d])/iu;

/**
 * Every relation the paragraphs (and the trích yếu, given as one of them) state, in
 * order, each citation once per field.
 */
export function findRelations(paragraphs: string[]): RelationFound[] {
  const out: RelationFound[] = [];
  const seen = new Map<string, RelationFound>();
  // A list under "… thay thế các văn bản sau:": each item is read as if the verb came first.
  let listVerb: string | undefined;
  for (const raw of paragraphs) {
    if (BASIS_LINE.test(raw.trim())) continue;
    const item = LIST_ITEM.exec(raw);
    const p = listVerb && item ? `${listVerb} ${raw.slice(item[0].length)}` : raw;
    if (!item) listVerb = LIST_INTRO.exec(raw)?.[1];
    for (const s of sentences(p)) {
      for (const r of sentenceRelations(s)) {
        const key = `${r.field} ${documentNumberKey(r.citation.number)}`;
        const earlier = seen.get(key);
        // Cited twice (trích yếu, then an article): keep the citation that gives the date.
        if (earlier) {
          if (!earlier.citation.issuedAt && r.citation.issuedAt) earlier.citation = r.citation;
          continue;
        }
        seen.set(key, r);
        out.push(r);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Validity dates.

interface DateFound {
  /** The date, when the text gives or lets one compute it. */
  value?: string | undefined;
  /** Why it must be checked: always set for a computed date or a date that cannot be known. */
  unsure?: string | undefined;
  /** The words it was read from, for the report. */
  phrase: string;
}

export interface ValidityFound {
  effectiveFrom?: DateFound | undefined;
  effectiveUntil?: DateFound | undefined;
}

const EFFECT_SUBJECTS = 'Quyết định|Chỉ thị|Hướng dẫn|Kế hoạch|Thông báo|Công văn|Văn bản|Quy chế|Quy định|Điều lệ';
/** "Quyết định này có hiệu lực (thi hành) …", "Quy chế này hết hiệu lực …" at the start of a clause. */
const EFFECT_RE = new RegExp(
  String.raw`(?:^|[.;:]\s+|Điều\s+\d+[.:]?\s+)(${EFFECT_SUBJECTS})(\s+này)?\s+(?:chính thức\s+)?(có hiệu lực|hết hiệu lực)(?:\s+thi hành)?\s+([^.;]{0,200})`,
  'giu',
);
const SIGNING = String.raw`(?:ngày\s+)?(?:ký(?:\s*,?\s*ban hành)?|ban hành|công bố)(?![\p{L}])`;

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

interface EffectStatement {
  /** The subject is the document itself ("Quyết định này" in a decision, "Văn bản này"). */
  own: boolean;
  from?: DateFound | undefined;
  until?: DateFound | undefined;
}

/** Reads the words after "có hiệu lực" / "hết hiệu lực". */
function readEffect(verb: string, tail: string, phrase: string, issuedAt: string | undefined): EffectStatement {
  const st: EffectStatement = { own: false };
  const dateRe = (prefix: string) => new RegExp(`^${prefix}${DATE}`, 'iu');
  const fullIssue = issuedAt && datePrecision(issuedAt) === 'day' ? issuedAt : undefined;
  if (/^hết/iu.test(verb)) {
    const from = dateRe(String.raw`(?:kể\s+)?từ\s+(?:ngày\s+)?`).exec(tail);
    const on = dateRe(String.raw`(?:vào\s+)?(?:ngày\s+)?`).exec(tail);
    const d = from ? dateOf(from, 1) : on ? dateOf(on, 1) : undefined;
    if (from && d) st.until = { value: addDays(d, -1), phrase };
    else if (on && d)
      st.until = {
        value: d,
        phrase,
        unsure: `văn bản ghi “hết hiệu lực ngày …”: ghi ngày cuối cùng còn hiệu lực (ngày hôm trước nếu hết hiệu lực từ đầu ngày đó)`,
      };
    return st;
  }
  const signing = new RegExp(String.raw`^(?:kể\s+)?từ\s+${SIGNING}`, 'iu').exec(tail);
  const dated = dateRe(String.raw`(?:kể\s+)?từ\s+(?:ngày\s+)?`).exec(tail);
  const after = /^sau\s+(\d{1,3})\s*(?:\([^)]*\)\s*)?ngày\s+(?:làm việc\s+)?kể\s+từ\s+(?:ngày\s+)?(ký|ban hành)/iu.exec(
    tail,
  );
  let rest = tail;
  if (signing) {
    st.from = fullIssue
      ? { value: fullIssue, phrase }
      : {
          phrase,
          unsure: 'văn bản có hiệu lực kể từ ngày ký nhưng bản này không ghi đủ ngày ký: ghi ngày có hiệu lực khi biết',
        };
    rest = tail.slice(signing[0].length);
  } else if (dated) {
    st.from = { value: dateOf(dated, 1), phrase };
    rest = tail.slice(dated[0].length);
  } else if (after) {
    const working = /làm việc/u.test(after[0]);
    st.from =
      fullIssue && !working
        ? {
            value: addDays(fullIssue, Number(after[1])),
            phrase,
            unsure: `tính ${after[1]} ngày sau ngày ký ${fullIssue}: đối chiếu cách tính thời hạn`,
          }
        : {
            phrase,
            unsure: `văn bản có hiệu lực sau ${after[1]} ngày${working ? ' làm việc' : ''} kể từ ngày ký: ghi ngày có hiệu lực`,
          };
    rest = tail.slice(after[0].length);
  }
  const until = new RegExp(String.raw`^\s*(?:,\s*)?(?:đến|cho đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?${DATE}`, 'iu').exec(
    rest,
  );
  if (until) st.until = { value: dateOf(until, 1), phrase };
  // "… có hiệu lực kể từ ngày 01/7/2026 và hết hiệu lực kể từ ngày 01/01/2031".
  const ends = /^\s*,?\s*(?:và\s+)?(hết hiệu lực)(?:\s+thi hành)?\s+(.*)$/iu.exec(rest);
  if (!until && ends) st.until = readEffect(ends[1]!, ends[2]!, phrase, issuedAt).until;
  return st;
}

/**
 * The dates the document gives itself. A statement about the document ("Quyết định này"
 * in a decision, "Văn bản này") wins over one about the text issued with it ("Quy chế
 * này"); two statements that disagree are marked.
 */
export function findValidity(paragraphs: string[], kind: DocumentKind, issuedAt: string | undefined): ValidityFound {
  const own: EffectStatement[] = [];
  const annexed: EffectStatement[] = [];
  const ownWord = documentKindLabel[kind].toLocaleLowerCase('vi');
  for (const p of paragraphs) {
    if (BASIS_LINE.test(p.trim())) continue;
    for (const m of p.matchAll(EFFECT_RE)) {
      const subject = m[1]!.toLocaleLowerCase('vi');
      const isOwn = subject === ownWord || subject === 'văn bản';
      // Another kind's "này" in this document is an issued text ("Quy chế này"); without
      // "này" only the document's own kind word counts ("Quyết định có hiệu lực …").
      if (!m[2] && !isOwn) continue;
      if (!isOwn && !/^(quy chế|quy định|điều lệ|hướng dẫn)$/u.test(subject)) continue;
      const phrase = m[0].replace(/^[.;:\s]+/u, '').trim();
      const st = readEffect(m[3]!, m[4]!, phrase, issuedAt);
      st.own = isOwn;
      if (st.from || st.until) (isOwn ? own : annexed).push(st);
    }
  }
  const pick = (key: 'from' | 'until'): DateFound | undefined => {
    const found = (own.some((s) => s[key]) ? own : annexed).map((s) => s[key]).filter((d): d is DateFound => !!d);
    if (!found.length) return undefined;
    const values = new Set(found.map((d) => d.value));
    const first = found[0]!;
    if (values.size > 1)
      return {
        ...first,
        unsure: `văn bản ghi nhiều ngày khác nhau: ${found.map((d) => `“${d.phrase.slice(0, 90)}”`).join('; ')}`,
      };
    return first;
  };
  return { effectiveFrom: pick('from'), effectiveUntil: pick('until') };
}

// ---------------------------------------------------------------------------------------
// Linking to the library.

export type LinkResult =
  | { slug: string; weak?: string | undefined }
  | { reason: 'external' | 'missing' | 'ambiguous' | 'different'; detail?: string | undefined };

/** The document being imported, so that a citation of itself (a re-import) is not linked. */
export interface SelfRecord {
  kind: string;
  number?: string | undefined;
  issuedAt?: string | undefined;
}

const hasYear = (number: string) => /[/-](?:19|20)\d\d[/-]/u.test(number);

/**
 * The library document a relation's citation means. Sure: one document of that kind and
 * number, and a date the citation confirms (the same day), or a number that carries its
 * year ("15/2023/QĐ-UBND"). A number without year and no date to confirm it is reused
 * every year: linked, but marked. Two candidates, or one of another kind or date: not linked.
 */
export function linkCitation(c: RelationCitation, documents: DocRecord[], self?: SelfRecord): LinkResult {
  if (!c.kind) return { reason: 'external' };
  const key = documentNumberKey(c.number);
  const isSelf = (d: DocRecord) =>
    !!self?.number && documentNumberKey(self.number) === key && d.kind === self.kind && d.issuedAt === self.issuedAt;
  const hits = documents.filter((d) => d.number && documentNumberKey(d.number) === key && !isSelf(d));
  const sameKind = hits.filter((d) => d.kind === c.kind);
  const dated = c.issuedAt
    ? sameKind.filter((d) => {
        if (!d.issuedAt) return true;
        const n = Math.min(d.issuedAt.length, c.issuedAt!.length);
        return d.issuedAt.slice(0, n) === c.issuedAt!.slice(0, n);
      })
    : sameKind;
  if (dated.length > 1) return { reason: 'ambiguous', detail: dated.map((d) => d.slug).join(', ') };
  if (dated.length === 0)
    return hits.length ? { reason: 'different', detail: hits.map((d) => d.slug).join(', ') } : { reason: 'missing' };
  const d = dated[0]!;
  const sameDay = !!c.issuedAt && !!d.issuedAt && c.issuedAt === d.issuedAt && datePrecision(d.issuedAt) === 'day';
  if (sameDay || hasYear(c.number)) return { slug: d.slug };
  return {
    slug: d.slug,
    weak: c.issuedAt
      ? `thư viện ghi ngày ${d.issuedAt ?? '(không có)'} cho “${d.number}”, trích dẫn ghi ${c.issuedAt}`
      : `trích dẫn không ghi ngày; số “${c.number}” có thể trùng số của năm khác`,
  };
}

/** What a relation's field is called in a note: "văn bản bị thay thế". */
const RELATION_NOUN: Record<RelationField, string> = {
  replaces: 'văn bản bị thay thế',
  amends: 'văn bản được sửa đổi, bổ sung',
  repeals: 'văn bản bị bãi bỏ',
  guides: 'văn bản được hướng dẫn thi hành',
};

/** The report's label for a relation. */
const RELATION_LABEL: Record<RelationField, string> = {
  replaces: 'thay thế',
  amends: 'sửa đổi, bổ sung',
  repeals: 'bãi bỏ',
  guides: 'hướng dẫn thi hành',
};

/** One relation, decided: linked (maybe marked), or a mark only. */
export interface RelationOutcome {
  field: RelationField;
  citation: RelationCitation;
  /** The library document it links to. */
  slug?: string | undefined;
  /** The CẦN SỬA note, when there is one. */
  note?: string | undefined;
  /** A law or decree: the library cannot hold it; reported only. */
  external?: boolean | undefined;
}

/** Each relation found, linked or explained. */
export function resolveRelations(found: RelationFound[], documents: DocRecord[], self?: SelfRecord): RelationOutcome[] {
  return found.map(({ field, citation, unsure }) => {
    const link = linkCitation(citation, documents, self);
    const noun = RELATION_NOUN[field];
    const cited = `“${citation.text}”`;
    if (!('reason' in link)) {
      const why = [unsure, link.weak].filter(Boolean).join('; ');
      return {
        field,
        citation,
        slug: link.slug,
        note: why ? `${noun} ${cited} liên kết tới ${link.slug} nhưng cần xem lại: ${why}` : undefined,
      };
    }
    if (link.reason === 'external') return { field, citation, external: true };
    const note =
      link.reason === 'missing'
        ? `${noun} ${cited} chưa có trong thư viện; nhập văn bản đó rồi ghi vào ${field}`
        : link.reason === 'ambiguous'
          ? `${noun} ${cited}: thư viện có nhiều văn bản cùng số (${link.detail}); chọn đúng văn bản rồi ghi vào ${field}`
          : `${noun} ${cited}: thư viện chỉ có văn bản cùng số nhưng khác loại hoặc ngày (${link.detail}); kiểm tra rồi ghi vào ${field}`;
    return { field, citation, note: unsure ? `${note} (${unsure})` : note };
  });
}

// ---------------------------------------------------------------------------------------
// Into the entry.

/** Kinds whose validity the site does not track (the form's hint: plans and notices leave it empty). */
const NO_VALIDITY: readonly string[] = ['ke-hoach', 'thong-bao'];

/**
 * Reads validity and relations from a document's text (its trích yếu first, then the body
 * after the bases, then any annex) into the entry: values, CẦN SỬA marks, report lines.
 */
export function addValidityAndRelations(
  doc: EntryDraft,
  input: { paragraphs: string[]; kind: DocumentKind; number?: string | undefined; issuedAt: string },
  documents: DocRecord[],
): void {
  const { data, found } = doc;
  const notes: Partial<Record<string, string[]>> = {};
  const note = (field: string, text: string) => (notes[field] ??= []).push(text);

  const validity = findValidity(input.paragraphs, input.kind, input.issuedAt);
  const dates: [keyof ValidityFound, string][] = [
    ['effectiveFrom', 'có hiệu lực'],
    ['effectiveUntil', 'hết hiệu lực'],
  ];
  for (const [field, label] of dates) {
    const d = validity[field];
    if (!d) continue;
    const said = `“${d.phrase.length > 120 ? d.phrase.slice(0, 117) + '…' : d.phrase}”`;
    if (NO_VALIDITY.includes(input.kind)) {
      found.push({
        label,
        value: `văn bản ghi ${said}; ${documentKindLabel[input.kind].toLocaleLowerCase('vi')} không ghi ngày hiệu lực`,
      });
      continue;
    }
    if (d.value) data[field] = d.value;
    if (d.unsure) note(field, d.unsure);
    found.push({ label, value: `${d.value ?? 'chưa rõ ngày'} (${said})${d.unsure ? ', cần kiểm tra' : ''}` });
  }

  const outcomes = resolveRelations(findRelations(input.paragraphs), documents, input);
  for (const field of RELATION_FIELDS) {
    const mine = outcomes.filter((o) => o.field === field);
    if (!mine.length) continue;
    const slugs = [...new Set(mine.flatMap((o) => (o.slug ? [o.slug] : [])))];
    if (slugs.length) data[field] = slugs;
    for (const o of mine) if (o.note) note(field, o.note);
    const parts = mine.map((o) =>
      o.slug
        ? `${o.citation.text} → ${o.slug}${o.note ? ' (cần kiểm tra)' : ''}`
        : o.external
          ? `${o.citation.text} (loại văn bản thư viện không lưu; không ghi)`
          : `${o.citation.text} (chưa liên kết, đánh dấu CẦN SỬA)`,
    );
    found.push({ label: RELATION_LABEL[field], value: parts.join('; ') });
  }
  for (const [field, list] of Object.entries(notes)) if (list?.length) standIn(doc, field, list.join('; '));
}
