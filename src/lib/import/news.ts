/**
 * A news article copied from a portal: what the page shows above it (top bar with
 * today's date, breadcrumbs, the category label), the headline, a date line, the sapo,
 * the text, a byline. When it reports on a document ("Kế hoạch số 02/KH-HĐTĐKT ngày
 * 07/3/2022 ..."), the citation in its headline or lead says which; documents cited
 * further down are cited in passing.
 */
import { isoFrom, leadDate, NUMERIC_DATE, WORDS_DATE } from './dates.ts';
import { findCitations, kindFromWord, KIND_WORDS, type Citation } from './header.ts';
import { linkText } from './leftovers.ts';
import { foldKey, isUpper, plain, sentenceCase, sentences, PERSON_NAME } from './text.ts';

export interface Article {
  title: string;
  /** Why the headline needs a look: one in capitals whose names could not all be checked. */
  titleDoubt?: string | undefined;
  publishedAt?: string | undefined;
  /** Why the date is a guess: read from the page's top bar, or a dateline's year from elsewhere. */
  publishedDoubt?: string | undefined;
  summary?: string | undefined;
  author?: string | undefined;
  /** Body paragraphs, without headline, date line, sapo and byline. */
  body: string[];
  citations: Citation[];
  /** The document the article reports on: the one its headline or lead cites. */
  about?: Citation | undefined;
}

/** The line as a reader sees it: no emphasis, no link targets, no heading marks. */
function bare(line: string): string {
  return linkText(plain(line))
    .replace(/^#{1,6}\s+/, '')
    .trim();
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** Links of a portal's top bar and menus, folded. */
const NAV_WORDS = new Set([
  'trang chu',
  'trang nhat',
  'home',
  'gioi thieu',
  'lien he',
  'rss',
  'dang nhap',
  'dang ky',
  'so do trang',
  'so do site',
  'so do cong',
  'english',
  'tieng viet',
  'tim kiem',
  'hoi dap',
  'gop y',
  'email',
  'hotline',
  'tin tuc',
  'tin tuc su kien',
]);

/** Navigation: a breadcrumb ("Trang chủ > Tin tức > …"), a menu row, a line of links only. */
function isNavigation(line: string): boolean {
  const p = plain(line);
  if (/^(?:\s*[|·/»>-]?\s*\[[^\]]*\]\((?:[^()]|\([^()]*\))*\))+\s*$/u.test(p)) return true;
  const b = bare(line);
  if (NAV_WORDS.has(foldKey(b))) return true;
  if (/^(?:trang chủ|trang nhất|home)\s*[>»›/|·]/iu.test(b)) return true;
  const parts = b.split(/\s+[>»›/|·]\s+/u);
  if (parts.length >= 3 && parts.every((s) => words(s) <= 6)) return true;
  return parts.length >= 2 && parts.every((s) => NAV_WORDS.has(foldKey(s)));
}

const TIME = String.raw`\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?:\s*(?:phút|AM|PM|SA|CH))?(?:\s*\(?GMT\s*\+\s*7\)?)?`;
/** A date line: weekday or label, maybe a time, the date, maybe a time, then anything (checked by `metaOnly`). */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:thứ\s+\S+|chủ nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|cập nhật(?:\s+lúc)?|thời gian đăng|ngày)\s*[,:]?\s*)?(?:${TIME}\s*[-,|]?\s*)?(?:ngày\s+)?(?:${NUMERIC_DATE}|${WORDS_DATE})(?:\s*[-,|]?\s*(?:lúc\s+)?${TIME})?(.*)$`,
  'iu',
);

/** What may follow the date on a date line: "| Lượt xem: 152", "| Thi đua - Khen thưởng", the top bar's "Liên hệ | RSS". */
function metaOnly(rest: string): boolean {
  const r = rest.trim();
  if (!r) return true;
  if (/^[|·•]/u.test(r)) return r.length <= 80 && !/[.!?]$/u.test(r);
  if (/^[–—-]/u.test(r)) return r.length <= 30 && words(r) <= 4 && !/[.!?]$/u.test(r);
  return r.split(/\s*[|·•]\s*/u).every((s) => NAV_WORDS.has(foldKey(s)));
}

/** The date of a line that is only a date with its page furniture ("Thứ Hai, 07/09/2026 - 15:02", "Đăng ngày: 18/12/2025 14:30"). */
export function dateLineDate(line: string): string | undefined {
  const m = DATE_LINE.exec(bare(line));
  if (!m || !metaOnly(m[7] ?? '')) return undefined;
  return m[1] ? isoFrom(m[3]!, m[2], m[1]) : isoFrom(m[6]!, m[5], m[4]);
}

/** Running text rather than a headline: long, or a long sentence. */
function isParagraph(text: string): boolean {
  return text.length > 200 || (words(text) > 15 && /[.!?…;:]["”’)]*$/u.test(text));
}

type LineKind = 'nav' | 'date' | 'para' | 'headline';

function lineKind(line: string): LineKind | undefined {
  const b = bare(line);
  if (!b) return undefined;
  if (dateLineDate(line)) return 'date';
  if (isNavigation(line)) return 'nav';
  if (isParagraph(b)) return 'para';
  return words(b) >= 2 ? 'headline' : undefined;
}

/** How far down the page the headline may be. */
const HEAD_LINES = 12;

/**
 * Where the headline is: a Markdown heading above the text, else the first line that
 * reads like one. Skipped: navigation, date lines (the top bar's too), and a category
 * label (a short line, five words at most, with another headline-like line under it).
 * `-1` when nothing before the text reads like a headline.
 */
function headlineIndex(lines: string[]): number {
  const n = Math.min(lines.length, HEAD_LINES);
  const kinds = lines.slice(0, n).map(lineKind);
  const end = kinds.indexOf('para') < 0 ? n : kinds.indexOf('para');
  const heading = kinds.findIndex((k, i) => i < end && k === 'headline' && /^#{1,6}\s/u.test(plain(lines[i]!)));
  if (heading >= 0) return heading;
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== 'headline') continue;
    let j = i + 1;
    while (j < end && (kinds[j] === 'nav' || kinds[j] === undefined)) j++;
    const label = words(bare(lines[i]!)) <= 5 && j < end && kinds[j] === 'headline';
    if (!label) return i;
  }
  return -1;
}

/** One word, with where it is in its text. */
interface Word {
  text: string;
  lower: string;
  index: number;
  /** Its capital says something: not the first word of a paragraph or sentence. */
  telling: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => {
    const before = text.slice(0, m.index).replace(/[\s“"‘'(«[]+$/u, '');
    return {
      text: m[0],
      lower: m[0].toLocaleLowerCase('vi'),
      index: m.index,
      telling: before !== '' && !/[.!?:;…]$/u.test(before),
    };
  });
}

/** The case the text gives a word: capitalised or not where its capital says something; `undefined` if it never does. */
function caseVote(forms: string[]): string | undefined {
  if (!forms.length) return undefined;
  const lower = forms.filter((f) => f === f.toLocaleLowerCase('vi')).length;
  return lower * 2 > forms.length
    ? forms.find((f) => f === f.toLocaleLowerCase('vi'))
    : forms.find((f) => f !== f.toLocaleLowerCase('vi'));
}

/**
 * A headline in capitals, sentence-cased with the capitals the article's own text gives
 * its names ("“CHIẾN SĨ THI ĐUA CẤP TỈNH”" -> "“Chiến sĩ thi đua cấp tỉnh”" when the body
 * writes it so). Runs of two words or more are matched first, then single words; a word
 * the text never writes where its case shows (only at the start of a sentence, or not at
 * all) leaves the headline in doubt.
 */
export function caseFromText(headline: string, text: string): { title: string; unsure: string[] } {
  const lowered = sentenceCase(headline);
  const title = wordsOf(lowered.toLocaleLowerCase('vi'));
  const paras = text.split('\n').map(wordsOf);
  const forms: string[][] = title.map(() => []);
  for (let i = 0; i < title.length;) {
    let best = 1;
    const runs: Word[][] = [];
    for (const p of paras) {
      for (let s = 0; s < p.length; s++) {
        let k = 0;
        while (i + k < title.length && s + k < p.length && p[s + k]!.lower === title[i + k]!.lower) k++;
        if (k < 2 || k < best) continue;
        if (k > best) runs.length = 0;
        best = k;
        runs.push(p.slice(s, s + k));
      }
    }
    if (best >= 2) {
      for (const run of runs)
        run.forEach((w, k) => {
          if (w.telling) forms[i + k]!.push(w.text);
        });
    }
    i += best;
  }
  const all = paras.flat();
  let out = '';
  let at = 0;
  const unsure: string[] = [];
  title.forEach((w, i) => {
    if (!/\p{L}/u.test(w.text)) return;
    const form =
      caseVote(forms[i]!) ?? caseVote(all.filter((a) => a.lower === w.lower && a.telling).map((a) => a.text));
    // The first word keeps its sentence capital, unless the text writes it as an acronym ("UBND").
    if (i === 0 && !(form && form.length > 1 && isUpper(form))) return;
    if (form === undefined) {
      unsure.push(w.text);
      return;
    }
    out += lowered.slice(at, w.index) + form;
    at = w.index + w.text.length;
  });
  return { title: out + lowered.slice(at), unsure };
}

const BYLINE = /^(?:Tác giả|Bài(?:, | và )ảnh|Tin(?:, | và )ảnh|Bài|Tin|Nguồn|Theo)\s*:\s*(.+)$/iu;
/** A newsroom's signature instead of a name: "PV" (phóng viên), "CTV", "Nhóm PV". */
const STAFF = /^(?:Nhóm\s+)?(?:PV|CTV|BTV|P\.V)(?:\s*[-–,]\s*(?:PV|CTV|BTV))?$/u;

/** The author a byline gives: "Tin, ảnh: Hoàng Nam", "Minh Anh", "PV", "Lê Hằng - Ngọc Diệp", "Thanh Tâm (Báo Lâm Đồng)". */
export function bylineAuthor(line: string): string | undefined {
  const b = bare(line).replace(/\.$/u, '').trim();
  const by = BYLINE.exec(b);
  if (by) return by[1]!.trim();
  if (STAFF.test(b)) return b;
  const names = b.replace(/\s*\([^()]{2,60}\)$/u, '').split(/\s*[-–,]\s*|\s+và\s+/u);
  return names.length <= 3 && names.every((n) => PERSON_NAME.test(n)) ? b : undefined;
}

/** The signature block of a document above a name: "CHỦ TỊCH", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN". */
const SIGNATURE = /^(?:TM|KT|TL|TUQ|Q)\.\s|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)$/u;

/** The byline of the last line, unless that line is the name under a document's signature. */
function lastByline(lines: string[]): string | undefined {
  const above = bare(lines[lines.length - 2] ?? '');
  if (SIGNATURE.test(above) || (isUpper(above) && words(above) <= 8)) return undefined;
  return bylineAuthor(lines[lines.length - 1]!);
}

/** The distinct years a text writes (1950–2099), leaving out those inside a document number ("98/2023/NĐ-CP"). */
function yearsIn(text: string): number[] {
  const found = [...text.matchAll(/(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,]\d)/g)].filter(
    (m) => !(text[m.index - 1] === '/' && text[m.index + 4] === '/'),
  );
  return [...new Set(found.map((m) => Number(m[1])))];
}

/**
 * The article's date from its dateline when it has no date line: "Ngày 21/9/2026, ...",
 * or "Sáng ngày 09/7, ..." with the year the article writes. The year is a guess, and
 * said so, when the article writes more than one (then the latest that does not put the
 * date after `today`), or when it reviews a year ("tổng kết ... năm 2026"): such
 * meetings are held early the next year.
 */
function datelineDate(
  paras: string[],
  title: string,
  text: string,
  today?: string,
): { date: string; doubt?: string | undefined } | undefined {
  for (const p of paras) {
    const d = leadDate(bare(p));
    if (!d) continue;
    if (d.year) {
      const date = isoFrom(d.year, d.month, d.day);
      if (date) return { date };
      continue;
    }
    const years = yearsIn(text);
    const past = years.filter((y) => !today || (isoFrom(y, d.month, d.day) ?? '') <= today);
    const year = years.length === 1 ? years[0] : past.length ? Math.max(...past) : undefined;
    const date = year ? isoFrom(year, d.month, d.day) : undefined;
    if (!date) continue;
    const review = /tổng kết/iu.test(title) && d.month <= 3;
    if (years.length === 1 && !review) return { date };
    return { date, doubt: `dòng đầu bài chỉ ghi ngày ${d.day}/${d.month}; năm ${year} lấy từ nội dung bài` };
  }
  return undefined;
}

/** Headline words that name a kind of document ("Kế hoạch", "Quyết định"). */
const KIND_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(${KIND_WORDS})(?![\\p{L}])`, 'giu');
/** A citation introduced as the basis of something else, not as what is reported. */
const BASIS_BEFORE = /(?:thực hiện|căn cứ|theo|tại|triển khai)\s*$/iu;

/**
 * The document an article is about: cited in its headline or lead (sapo and first
 * paragraph). One of the kind the headline names comes first; one cited as a basis
 * ("Thực hiện Kế hoạch số ...") yields to one reported as issued.
 */
function aboutCitation(title: string, lead: string[]): Citation | undefined {
  const text = [title, ...lead].join('\n');
  const cited = findCitations(text);
  if (!cited.length) return undefined;
  const kinds = new Set([...title.matchAll(KIND_WORD_RE)].map((m) => kindFromWord(m[1]!)));
  const score = (c: Citation) =>
    (kinds.has(c.kind) ? 2 : 0) - (BASIS_BEFORE.test(text.slice(Math.max(0, c.index - 20), c.index)) ? 1 : 0);
  return cited.reduce((best, c) => (score(c) > score(best) ? c : best));
}

/**
 * Reads an article from its lines (leftovers already removed). `today` keeps a guessed
 * year from putting a dateline after it.
 */
export function parseArticle(lines: string[], today?: string): Article {
  let t = headlineIndex(lines);
  if (t < 0) {
    t = lines.findIndex((l) => lineKind(l) !== 'nav' && lineKind(l) !== 'date');
    if (t < 0) t = 0;
  }
  const headline = bare(lines[t] ?? '')
    .replace(/\s*\.\/\.$/u, '')
    .replace(/[.]$/u, '');
  const before = lines.slice(0, t);
  const barDate = before.map(dateLineDate).find(Boolean);
  let rest = lines.slice(t + 1);

  // The article's own date line, right under the headline (maybe after a label).
  let publishedAt: string | undefined;
  let publishedDoubt: string | undefined;
  for (let i = 0; i < Math.min(3, rest.length); i++) {
    const kind = lineKind(rest[i]!);
    if (kind === 'date') {
      publishedAt = dateLineDate(rest[i]!);
      rest = rest.slice(i + 1);
      break;
    }
    if (kind === 'para' || (kind === 'headline' && words(bare(rest[i]!)) > 5)) break;
  }

  // A paragraph repeated word for word (a copy that doubled a line) is kept once.
  const seen = new Set<string>();
  rest = rest.filter((l) => {
    const key = foldKey(bare(l));
    if (key.length < 30) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  let author: string | undefined;
  if (rest.length > 1) {
    author = lastByline(rest);
    if (author) rest.pop();
  }

  const lead = rest.slice(0, 2).map(bare);
  const body = [...rest];
  const first = plain(body[0] ?? '');
  let summary: string | undefined;
  if (first) {
    summary = first.length <= 320 ? first : sentences(first)[0];
    if (summary === first) body.shift();
  }

  const text = [headline, ...rest.map(bare)].join('\n');
  if (!publishedAt) {
    const dl = datelineDate(lead, headline, text, today);
    if (dl) {
      publishedAt = dl.date;
      publishedDoubt = dl.doubt;
    } else if (barDate) {
      publishedAt = barDate;
      publishedDoubt = 'ngày lấy từ thanh đầu trang (thường là ngày xem trang), bài không ghi ngày đăng';
    }
  }

  let title = headline;
  let titleDoubt: string | undefined;
  if (isUpper(headline)) {
    const cased = caseFromText(headline, rest.map(bare).join('\n'));
    title = cased.title;
    if (cased.unsure.length) titleDoubt = `tiêu đề viết hoa toàn bộ; kiểm tra chữ hoa của: ${cased.unsure.join(', ')}`;
  }

  return {
    title,
    titleDoubt,
    publishedAt,
    publishedDoubt,
    summary,
    author,
    body,
    citations: findCitations([headline, ...rest.map(plain)].join('\n')),
    about: aboutCitation(headline, lead),
  };
}

/** Reporting phrases of running news text. */
const REPORTING =
  /(?:^|[^\p{L}])(?:vừa ký|vừa ban hành|vừa tổ chức|vừa trao|cho biết|phát biểu|nhấn mạnh|chia sẻ|đã diễn ra|tổ chức lễ|theo quyết định|theo kế hoạch)(?![\p{L}])/iu;

/**
 * Whether a text with no document header reads like a news article: at least two of a
 * date line near the top, a byline at the end, and reporting phrases in its first
 * paragraphs ("vừa ký", "cho biết", "phát biểu").
 */
export function readsLikeArticle(lines: string[]): boolean {
  const top = lines.slice(0, 6);
  const dated = top.some((l) => dateLineDate(l) !== undefined);
  const signed = lines.length > 2 && lastByline(lines) !== undefined;
  const reporting = lines.slice(0, 8).some((l) => REPORTING.test(bare(l)));
  return [dated, signed, reporting].filter(Boolean).length >= 2;
}
