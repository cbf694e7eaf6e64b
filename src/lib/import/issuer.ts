/**
 * Who issued a document: the capitals at the top left ("UBND TỈNH LÂM ĐỒNG / SỞ NỘI
 * VỤ"), the authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."), or the
 * body itself when a copy lost its header ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ...",
 * "Sở Nội vụ trân trọng đề nghị ...").
 */
import type { OrgRecord } from './library.ts';
import {
  lacksPlace,
  properName,
  proposeOrganization,
  spellingIn,
  type OrgMatcher,
  type ProposedOrganization,
} from './organizations.ts';
import { withoutOffice } from './signer.ts';
import { plain } from './text.ts';

/** Words that begin the name of an issuing body. */
const HEAD = String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|LĐLĐ|Tổng Liên đoàn|Liên đoàn|Ủy ban Mặt trận Tổ quốc Việt Nam|Hội đồng|Sở|Ban(?!\s+hành)|Văn phòng|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Tỉnh Đoàn|Thành Đoàn|Huyện Đoàn|Công an|Bộ Chỉ huy|Phòng|Trường|Bệnh viện|Trung tâm)`;
const HEAD_RE = new RegExp(`^${HEAD}(?![\\p{L}\\d])`, 'iu');
const VERBS = String.raw`(?:trân trọng\s+)?(?:ban hành|phát động|đề nghị|hướng dẫn|thông báo|yêu cầu|chỉ thị|báo cáo|xây dựng|triển khai|quyết định|tổ chức)`;
const SUBJECT_RE = new RegExp(
  `(?:^|[.;:]\\s+|,\\s+)(${HEAD}(?:\\s+[\\p{L}&-]+){0,9}?)\\s+${VERBS}(?![\\p{L}\\d])`,
  'gu',
);

/** Splits the capitals at the top into bodies: "UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ" (a line such as "TỈNH LÂM ĐỒNG" continues the one above). */
function headerBodies(lines: string[]): string[] {
  const bodies: string[] = [];
  for (const line of lines) {
    if (bodies.length && !HEAD_RE.test(line)) bodies[bodies.length - 1] += ` ${line}`;
    else bodies.push(line);
  }
  return bodies;
}

/** Abbreviations of a header, written out as the body's name is ("LĐLĐ" -> "Liên đoàn Lao động"). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^UBND(?!\p{L})/u, 'ỦY BAN NHÂN DÂN'],
  [/^LĐLĐ(?!\p{L})/u, 'LIÊN ĐOÀN LAO ĐỘNG'],
  [/^HĐND(?!\p{L})/u, 'HỘI ĐỒNG NHÂN DÂN'],
  [/^HĐTĐKT(?!\p{L})/u, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'],
];
/** The place in a parent body's name: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" -> "TỈNH QUẢNG TRỊ". */
const PLACE_OF = /\s((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s.+)$/u;
/** A body whose name carries its place of its own: "Tỉnh Đoàn Lâm Đồng" needs no "tỉnh ...". */
const PLACED = /\s(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)(\s|$)|^(TỈNH|THÀNH|HUYỆN) ĐOÀN\b/u;

/**
 * The issuing body of a header, named in full: a department under its parent takes the
 * parent's place ("UBND TỈNH QUẢNG TRỊ / SỞ NỘI VỤ" -> "SỞ NỘI VỤ TỈNH QUẢNG TRỊ"), as
 * the board's own list of organizations names them.
 */
function headerIssuer(bodies: string[]): string | undefined {
  const expand = (b: string) => ABBREVIATIONS.reduce((s, [re, full]) => s.replace(re, full), b.toLocaleUpperCase('vi'));
  const own = bodies.at(-1);
  if (!own) return undefined;
  const name = expand(own);
  if (PLACED.test(name) || bodies.length < 2) return name;
  const parent = PLACE_OF.exec(expand(bodies.at(-2)!));
  return parent ? `${name} ${parent[1]}` : name;
}

/**
 * Capitals Vietnamese writing keeps in bodies' names that sentence case loses: the
 * fields of a department ("Giáo dục và Đào tạo"), "Tỉnh Đoàn" and the place after it,
 * and "Thành phố Hồ Chí Minh", which is written with a capital T.
 */
const OFFICIAL: [RegExp, (m: string, ...g: string[]) => string][] = [
  [/giáo dục và đào tạo/giu, () => 'Giáo dục và Đào tạo'],
  [/văn hóa, thể thao và du lịch/giu, () => 'Văn hóa, Thể thao và Du lịch'],
  [/nông nghiệp và môi trường/giu, () => 'Nông nghiệp và Môi trường'],
  [/khoa học và công nghệ/giu, () => 'Khoa học và Công nghệ'],
  [/tài chính/gu, () => 'Tài chính'],
  [
    /^(tỉnh|thành|huyện) đoàn(.*)$/iu,
    (_m, level, rest) =>
      `${level!.charAt(0).toLocaleUpperCase('vi')}${level!.slice(1).toLocaleLowerCase('vi')} Đoàn${rest!.replace(/ (\p{L})/gu, (_x, c: string) => ` ${c.toLocaleUpperCase('vi')}`)}`,
  ],
  [/thành phố hồ chí minh/giu, () => 'Thành phố Hồ Chí Minh'],
];
const officialName = (name: string) => OFFICIAL.reduce((s, [re, fix]) => s.replace(re, fix), name);

/** Names of issuing bodies written as the subject of a sentence in the given paragraphs. */
function subjectsIn(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const m of plain(p).matchAll(SUBJECT_RE)) out.push(m[1]!.trim());
  }
  return out;
}

export interface IssuerHints {
  headerLines: string[];
  authorityLines: string[];
  /** The first and last paragraphs of the body, where the issuer speaks of itself. */
  bodyParagraphs: string[];
  onBehalfOf?: string | undefined;
  place?: string | undefined;
  /** The issuer's code in the number ("SNV" in "31/KH-SNV"): a last resort, for matching only. */
  code?: string | undefined;
  /** The board's province: completes "... tỉnh" when the paper gives no place. */
  province?: string | undefined;
  /** The whole text, to spell a capitals name as the text does. */
  text: string;
}

export interface IssuerResult {
  org?: OrgRecord | undefined;
  proposed?: ProposedOrganization | undefined;
  /** Where it came from, for the report. */
  from?: 'header' | 'authority' | 'body' | 'signer' | 'number' | undefined;
  name?: string | undefined;
}

/** Resolves the issuer to an existing organization, or proposes a new one. */
export function resolveIssuer(h: IssuerHints, orgs: OrgMatcher): IssuerResult {
  const candidates: { name: string; from: IssuerResult['from'] }[] = [];
  const bodies = headerBodies(h.headerLines);
  const fromHeader = headerIssuer(bodies);
  if (fromHeader) candidates.push({ name: fromHeader, from: 'header' });
  for (const a of h.authorityLines) {
    // The office before the body's name in a decision's authority line: "CHỦ TỊCH ỦY BAN …".
    const rest = withoutOffice(a);
    if (rest !== a && HEAD_RE.test(rest)) candidates.push({ name: rest, from: 'authority' });
  }
  for (const s of subjectsIn(h.bodyParagraphs)) candidates.push({ name: s, from: 'body' });
  if (h.onBehalfOf) candidates.push({ name: h.onBehalfOf, from: 'signer' });
  const where = h.place ?? h.province;
  const complete = (name: string) => (lacksPlace(name) && where ? `${name} ${where}` : name);
  for (const c of candidates) {
    // "Ủy ban nhân dân tỉnh" on a paper dated "Ninh Thuận, ngày ..." is that province's, not ours.
    const org = lacksPlace(c.name) && h.place ? orgs.match(complete(c.name)) : orgs.match(c.name);
    if (org) return { org, from: c.from, name: org.name };
  }
  const byCode = h.code ? orgs.matchCode(h.code, h.place) : undefined;
  if (byCode) return { org: byCode, from: 'number', name: byCode.name };
  // Nothing matches: propose the most authoritative candidate that names a place.
  const best = candidates.find((c) => c.from !== 'signer' && (!lacksPlace(complete(c.name)) || c.from === 'header'));
  if (!best) return {};
  const full = complete(best.name);
  const name = officialName(spellingIn(full, h.text) ?? properName(full));
  return { proposed: proposeOrganization(name), from: best.from, name };
}
