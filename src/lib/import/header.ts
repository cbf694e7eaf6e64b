/**
 * The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): issuing
 * body in capitals, the national motto, "Số: 02/KH-UBND", "Ninh Thuận, ngày 07 tháng 02
 * năm 2022", the kind in capitals ("KẾ HOẠCH") and the trích yếu on the next line, or
 * "V/v ..." for an official letter. Text copied from a web page often keeps only part
 * of it; whatever is there is read, in any order.
 */
import { KIND_CODES } from '../../vocabulary/document-number.ts';
import { documentKindLabel, type DocumentKind } from '../../vocabulary/labels.ts';
import { isoFrom, NUMERIC_DATE, WORDS_DATE, parsePlaceDate } from './dates.ts';
import { foldKey, isUpper, lowerFirst, plain, sentenceCase } from './text.ts';

/** Kind headings in capitals, folded. */
const KIND_HEADINGS: Record<string, DocumentKind> = {
  'ke hoach': 'ke-hoach',
  'chi thi': 'chi-thi',
  'quyet dinh': 'quyet-dinh',
  'huong dan': 'huong-dan',
  'thong bao': 'thong-bao',
  'cong van': 'cong-van',
  'bao cao': 'bao-cao',
};

/** Kind names as running text writes them, for citations ("Kế hoạch số 02/KH-UBND"). */
export const KIND_WORDS = 'Kế hoạch|Chỉ thị|Quyết định|Hướng dẫn|Thông báo|Công văn|Báo cáo';
const KIND_BY_WORD: Record<string, DocumentKind> = Object.fromEntries(
  Object.entries(documentKindLabel).map(([k, label]) => [foldKey(label), k as DocumentKind]),
);

/** The kind a word of running text names ("kế hoạch" -> `ke-hoach`). */
export function kindFromWord(word: string): DocumentKind | undefined {
  return KIND_BY_WORD[foldKey(word)];
}

/** A document number: digits, then `/` or `-` separated codes ("32/2023/QĐ-UBND", "15-KH/TĐTN-PT"). */
const NUMBER_RE = /\d+[\p{L}]?(?:[/-][\p{L}\d&.]*[\p{L}\d&])+/u;

export interface ParsedNumber {
  /** The full number, when the copy has one. */
  number?: string | undefined;
  /** What follows the number ("KH-UBND"): known even when the number is blank. */
  suffix?: string | undefined;
}

/** Reads what follows "Số:": "02/KH-UBND", or " /KH-UBND" (blank number, known suffix). */
export function parseNumber(text: string): ParsedNumber {
  const t = text
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/^[\s.…_]+/, '')
    .split(/\s+/)[0]!
    .replace(/[.,;:]+$/, '');
  if (!t) return {};
  if (/^[/-]/.test(t)) return { suffix: t.replace(/^[/-]+/, '').replace(/^\d{4}\//, '') || undefined };
  const m = new RegExp(`^${NUMBER_RE.source}$`, 'u').exec(t);
  if (!m) return {};
  const suffix = t.replace(/^\d+[\p{L}]?[/-]/u, '').replace(/^\d{4}\//, '');
  return { number: t, suffix };
}

/** The kind a number's code gives: "02/KH-UBND" is a plan; a code without a kind ("85/SNV-TĐKT") is an official letter. */
export function kindFromSuffix(suffix: string | undefined): DocumentKind | undefined {
  if (!suffix) return undefined;
  const code = suffix.split(/[/-]/)[0]!.toUpperCase();
  if (code in KIND_CODES) return KIND_CODES[code];
  if (/^(TTR|NQ|QC|QY|CTR|TTR|PA|ĐA|BB|TT|GM|GCN|GP)$/u.test(code)) return undefined;
  return 'cong-van';
}

export interface Header {
  kind?: DocumentKind | undefined;
  /** How the kind was found, for the report. */
  kindFrom?: 'heading' | 'number' | 'vv' | undefined;
  title?: string | undefined;
  /** The trích yếu as written when it was in capitals: its words' case is read from the text. */
  titleCaps?: string | undefined;
  /** A line starting with a capital that was joined to the title as its continuation: to review. */
  titleJoined?: string | undefined;
  number?: string | undefined;
  numberSuffix?: string | undefined;
  /** `true` when the copy shows "Số:" with the number left blank. */
  numberBlank: boolean;
  place?: string | undefined;
  issuedAt?: string | undefined;
  /** Issuing body lines in capitals, top to bottom ("UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"). */
  issuerLines: string[];
  /** A capitals line under the title of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...". */
  authorityLines: string[];
  /** Index of the first line of the body. */
  bodyStart: number;
}

const MOTTO = [
  // CỘNG HÒA and the older spelling CỘNG HOÀ.
  /c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam/giu,
  /đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do\s*[-–—]\s*h[ạa]nh\s+ph[úu]c/giu,
];
/** Where the national motto starts, in either spelling: the line is part of a document's header. */
export const MOTTO_START = /c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa]\s+h[ộo]i|đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do/iu;
const SEPARATOR = /^[-_=*.…–—\s]{2,}$/u;
const BASIS_START = /^(căn cứ|thực hiện|theo đề nghị|xét đề nghị|xét tờ trình|theo tờ trình)(?![\p{L}\d])/iu;
const SECTION_START =
  /^((?:[IVXLC]+|\d{1,2})\s*[.)]|[a-zđ]\)|Điều\s+\d|Chương\s+[IVXLC\d]|Kính gửi\b|Phần\s+[IVXLC\d])/u;

function stripMotto(line: string): string {
  let s = line;
  for (const re of MOTTO) s = s.replace(re, ' ');
  return s.replace(/\s{2,}/g, ' ').trim();
}

/** "Tổ chức Hội nghị ..." under "KẾ HOẠCH" -> "Kế hoạch tổ chức Hội nghị ...". */
export function titleWithKind(kind: DocumentKind, line: string): string {
  const text = isUpper(line) ? sentenceCase(line) : line;
  return `${documentKindLabel[kind]} ${lowerFirst(text)}`;
}

/** "V/v triển khai ..." -> "Về việc triển khai ...". */
function vvTitle(rest: string): string {
  return `Về việc ${rest.trim()}`;
}

/**
 * Reads the header from the first lines of a document. Stops at the first line that
 * belongs to the body (a basis, a section, running text after the title).
 */
export function parseHeader(lines: string[]): Header {
  const h: Header = { numberBlank: false, issuerLines: [], authorityLines: [], bodyStart: 0 };
  let i = 0;
  const limit = Math.min(lines.length, 30);
  for (; i < limit; i++) {
    const raw = plain(lines[i]!).replace(/^#{1,6}\s+/, '');
    const line = stripMotto(raw);
    if (!line || SEPARATOR.test(line)) continue;

    const num = /^Số\s*[:.]?\s*(.*)$/iu.exec(line);
    if (num && h.number === undefined && !h.numberBlank && !/^Số\s+(lượng|liệu|người|hộ)(?![\p{L}\d])/iu.test(line)) {
      const parsed = parseNumber(num[1] ?? '');
      if (parsed.number) h.number = parsed.number;
      else h.numberBlank = true;
      h.numberSuffix = parsed.suffix;
      const pd = parsePlaceDate(num[1] ?? '');
      if (pd && !h.issuedAt) Object.assign(h, { place: pd.place, issuedAt: pd.date });
      continue;
    }

    const pd = parsePlaceDate(line);
    if (pd && !h.issuedAt && line.length < 90 && /^[\p{L}' .-]{0,40},?\s*ngày/iu.test(line)) {
      h.place = pd.place;
      h.issuedAt = pd.date;
      continue;
    }

    if (h.title === undefined && isUpper(line)) {
      const key = foldKey(line);
      const kindKey = Object.keys(KIND_HEADINGS).find((k) => key === k || key.startsWith(k + ' '));
      if (kindKey && (key === kindKey || !h.kind)) {
        h.kind = KIND_HEADINGS[kindKey];
        h.kindFrom = 'heading';
        if (key !== kindKey) {
          // "KẾ HOẠCH TỔ CHỨC ..." on one line.
          const rest = line.split(/\s+/).slice(kindKey.split(' ').length).join(' ');
          h.title = titleWithKind(h.kind!, rest);
          if (isUpper(rest)) h.titleCaps = rest;
          i++;
          break;
        }
        i = readTitle(lines, i + 1, h);
        break;
      }
    }

    const vv = /^(?:V\/v|V\.v\.?|Về việc)\s*[:.]?\s+(.+)$/iu.exec(line);
    if (vv && h.title === undefined) {
      h.title = vvTitle(vv[1]!);
      i = continueTitle(lines, i + 1, h);
      if (!h.kind) {
        h.kind = kindFromSuffix(h.numberSuffix) ?? 'cong-van';
        h.kindFrom = h.numberSuffix && kindFromSuffix(h.numberSuffix) ? 'number' : 'vv';
      }
      break;
    }

    if (isUpper(line) && h.number === undefined && !h.numberBlank && h.kind === undefined && line.length < 90) {
      h.issuerLines.push(line);
      continue;
    }
    break;
  }
  // After the title: the right-hand column of a letter (motto, place and date), and
  // capital lines, the authority of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
  while (i < lines.length) {
    const line = stripMotto(plain(lines[i]!).replace(/^#{1,6}\s+/, ''));
    if (!line || SEPARATOR.test(line)) {
      i++;
      continue;
    }
    const pd = parsePlaceDate(line);
    if (pd && !h.issuedAt && line.length < 90 && /^[\p{L}' .-]{0,40},?\s*ngày/iu.test(line)) {
      h.place = pd.place;
      h.issuedAt = pd.date;
      i++;
      continue;
    }
    const num = /^Số\s*[:.]\s*(.*)$/iu.exec(line);
    if (num && h.number === undefined && !h.numberBlank) {
      const parsed = parseNumber(num[1] ?? '');
      if (parsed.number) h.number = parsed.number;
      else h.numberBlank = true;
      h.numberSuffix = parsed.suffix;
      i++;
      continue;
    }
    if (isUpper(line) && !SECTION_START.test(line) && !/:$/.test(line) && line.length < 120 && h.title !== undefined) {
      h.authorityLines.push(line);
      i++;
      continue;
    }
    break;
  }
  if (!h.kind && h.numberSuffix) {
    h.kind = kindFromSuffix(h.numberSuffix);
    if (h.kind) h.kindFrom = 'number';
  }
  h.bodyStart = i;
  return h;
}

/** Reads the trích yếu under a kind heading; returns the index after it. */
function readTitle(lines: string[], start: number, h: Header): number {
  let i = start;
  while (i < lines.length && (!plain(lines[i]!) || SEPARATOR.test(plain(lines[i]!)))) i++;
  const first = plain(lines[i] ?? '').replace(/^#{1,6}\s+/, '');
  // "Thực hiện phong trào …" right under the heading is the trích yếu; a basis line
  // ("Thực hiện Kế hoạch số …;") ends with a semicolon, comma or colon.
  const titleLike =
    /^(thực hiện|triển khai)(?![\p{L}\d])/iu.test(first) && !/[;,:.]$/.test(first) && first.length < 250;
  if (!first || (BASIS_START.test(first) && !titleLike) || SECTION_START.test(first) || first.length > 300) return i;
  const vv = /^(?:V\/v|V\.v\.?)\s*[:.]?\s+(.+)$/iu.exec(first);
  h.title = titleWithKind(h.kind!, vv ? `về việc ${vv[1]}` : first);
  if (isUpper(first)) h.titleCaps = vv ? `về việc ${vv[1]}` : first;
  return continueTitle(lines, i + 1, h);
}

/** A trích yếu broken over lines continues with a lowercase letter or an opening quote. */
function continueTitle(lines: string[], start: number, h: Header): number {
  let i = start;
  while (i < lines.length) {
    const next = plain(lines[i]!);
    const last = h.title ?? '';
    // A lowercase, digit or quote start continues the title; so does a capital start
    // ("… Nghị quyết" / "Đại hội Đảng bộ tỉnh …") under a line with no end punctuation,
    // when the line is short, has no end punctuation itself and is no heading.
    const continues =
      /^[\p{Ll}\d“"(]/u.test(next) ||
      (/^\p{Lu}\p{Ll}/u.test(next) && !/[.;:,]$/.test(last) && !/[.;:]$/.test(next) && next.length < 150);
    if (continues && next.length < 200 && !BASIS_START.test(next) && !SECTION_START.test(next) && !isUpper(next)) {
      if (/^\p{Lu}/u.test(next)) h.titleJoined = next;
      h.title = `${h.title} ${next}`;
      i++;
    } else break;
  }
  h.title = h.title?.replace(/[.;:]+$/, '').trim();
  return i;
}

/**
 * A document cited in running text: "Kế hoạch số 02/KH-HĐTĐKT ngày 07/3/2022 của Hội
 * đồng Thi đua - Khen thưởng tỉnh về ...".
 */
export interface Citation {
  kind: DocumentKind;
  number: string;
  issuedAt?: string | undefined;
  /** "Hội đồng Thi đua - Khen thưởng tỉnh", from "của ...". */
  issuer?: string | undefined;
  /** What it is about, from "về ..." / "về việc ...". */
  about?: string | undefined;
  /** Where in the text the citation starts. */
  index: number;
}

const CITATION_RE = new RegExp(
  `(${KIND_WORDS})\\s+số\\s+(${NUMBER_RE.source})(?:\\s+ngày\\s+(?:${NUMERIC_DATE}|${WORDS_DATE}))?`,
  'giu',
);

/** Every document cited in the text, in order. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION_RE)) {
    const kind = kindFromWord(m[1]!);
    if (!kind) continue;
    const issuedAt = m[3] ? isoFrom(m[5]!, m[4], m[3]) : m[8] ? isoFrom(m[8], m[7], m[6]) : undefined;
    const after = text.slice(m.index + m[0].length);
    const of =
      /^,?\s+(?:của|do)\s+(.+?)(?=\s+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|phát động|tổ chức)(?![\p{L}\d])|[,;.(]|$)/u.exec(
        after,
      );
    const aboutFrom = of ? after.slice(of[0].length) : after;
    const about =
      /^,?\s+(về việc|về|V\/v)\s+(.+?)(?:[;(]|\.(?:\s|$)|,\s+(?:theo|trong đó|đồng thời|nhằm|yêu cầu)|$)/u.exec(
        aboutFrom,
      );
    out.push({
      kind,
      number: m[2]!,
      issuedAt,
      issuer: of?.[1]?.trim(),
      about: about ? (about[1] === 'về việc' ? `về việc ${about[2]}` : about[2]!).trim() : undefined,
      index: m.index,
    });
  }
  return out;
}
