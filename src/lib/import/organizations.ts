/**
 * Matching the names a document uses ("UBND TỈNH LÂM ĐỒNG", "Sở Nội vụ", "Hội đồng
 * TĐ-KT tỉnh") to the organizations of the site, and proposing a new organization when
 * none matches.
 */
import type { OrganizationKind } from '../../vocabulary/labels.ts';
import { shortSlug } from './slug.ts';
import type { Library, OrgRecord } from './library.ts';
import { foldKey, isUpper, sentenceCase } from './text.ts';

/** Abbreviations of Vietnamese administration, on folded text. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bhdtdkt\b/g, 'hoi dong thi dua khen thuong'],
  [/\bhd td kt\b/g, 'hoi dong thi dua khen thuong'],
  [/\btdkt\b/g, 'thi dua khen thuong'],
  [/\btd kt\b/g, 'thi dua khen thuong'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bvn\b/g, 'viet nam'],
  [/\bldld\b/g, 'lien doan lao dong'],
  [/\bgd va dt\b/g, 'giao duc va dao tao'],
  [/\bgddt\b/g, 'giao duc va dao tao'],
  [/\bnn va mt\b/g, 'nong nghiep va moi truong'],
  [/\btp\b/g, 'thanh pho'],
  [/\bsnv\b/g, 'so noi vu'],
];

/** A folded, abbreviation-expanded key: "UBND tỉnh Lâm Đồng" and "Ủy ban nhân dân tỉnh Lâm Đồng" meet. */
function orgKey(name: string): string {
  let k = ` ${foldKey(name)} `;
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(/\s+/g, ' ').trim();
}

/** Heads that, without their place, could be any level's. */
const GENERIC = new Set([
  'uy ban nhan dan',
  'hoi dong nhan dan',
  'cong an',
  'ban chap hanh',
  'uy ban mat tran to quoc viet nam',
  'van phong',
]);

const LEVEL_WORD = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)$/;
const ADMIN_LEVEL = /\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;

/** "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng" -> "sgddt": the letters a document number uses for it. */
function initials(name: string): string {
  const words = orgKey(name).split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (LEVEL_WORD.test(w) || LEVEL_WORD.test(`${w} ${words[i + 1] ?? ''}`)) break;
    if (w !== 'va') out.push(w[0]!);
  }
  return out.join('');
}

export interface OrgMatcher {
  /** The organization a number's code stands for ("SNV" for Sở Nội vụ), if exactly one. */
  matchCode(code: string, place?: string): OrgRecord | undefined;
  /** The organization a name means, if exactly one does. */
  match(name: string): OrgRecord | undefined;
  /** The organization named at the start of a phrase ("Sở Nội vụ chủ trì ..."). */
  matchPrefix(text: string, maxWords?: number): OrgRecord | undefined;
}

/**
 * Builds a matcher over the library's organizations. A name matches an organization's
 * `name` or `shortName` after folding diacritics, case, punctuation and common
 * abbreviations; a name without the province ("Sở Nội vụ") also matches the board's
 * own province's organization ("Sở Nội vụ tỉnh Lâm Đồng"), unless the text names
 * another province.
 */
export function createOrgMatcher(library: Library): OrgMatcher {
  const province = library.province ? orgKey(library.province) : undefined;
  const strong = new Map<string, OrgRecord[]>();
  const weak = new Map<string, OrgRecord[]>();
  const add = (map: Map<string, OrgRecord[]>, key: string, org: OrgRecord) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(org)) list.push(org);
    map.set(key, list);
  };
  for (const org of library.organizations) {
    const name = orgKey(org.name);
    add(strong, name, org);
    if (org.shortName) add(weak, orgKey(org.shortName), org);
    if (province) {
      for (const suffix of [` tinh ${province}`, ` ${province}`]) {
        const bare = name.slice(0, -suffix.length);
        // "Ủy ban nhân dân" alone names no one in particular.
        if (name.endsWith(suffix) && !GENERIC.has(bare)) add(weak, bare, org);
      }
    }
  }
  const match = (name: string): OrgRecord | undefined => {
    const key = orgKey(name);
    if (!key) return undefined;
    const s = strong.get(key);
    if (s?.length === 1) return s[0];
    const other = /\btinh ([a-z ]+)$/.exec(key);
    if (other && province && other[1] !== province) return undefined;
    const w = weak.get(key);
    if (w?.length === 1) return w[0];
    // "Ủy ban nhân dân tỉnh" with the province left implicit.
    if (province && /\b(tinh)$/.test(key)) {
      const p = strong.get(`${key} ${province}`);
      if (p?.length === 1) return p[0];
    }
    return undefined;
  };
  return {
    match,
    matchCode(code, place) {
      const key = foldKey(code).replace(/\s+/g, '');
      let hits = library.organizations.filter((o) => initials(o.name) === key);
      // "UBND" is every People's Committee: the place of the paper says which, even when
      // the library knows only one (the one of another province is not this paper's).
      if (place) hits = hits.filter((o) => orgKey(o.name).endsWith(` ${orgKey(place)}`));
      return hits.length === 1 ? hits[0] : undefined;
    },
    matchPrefix(text, maxWords = 12) {
      const words = text.replace(/[*_]/g, '').split(/\s+/).filter(Boolean);
      for (let k = Math.min(maxWords, words.length); k >= 1; k--) {
        const candidate = words
          .slice(0, k)
          .join(' ')
          .replace(/[,:;.]+$/, '');
        const hit = match(candidate);
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

/** Words after which a place name follows, in capitals ("tỉnh Lâm Đồng"). */
const PLACE_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$/u;
/** Proper-cased phrases that sentence case would flatten. */
const PHRASES: [RegExp, string][] = [
  [/thi đua\s*-\s*khen thưởng/giu, 'Thi đua - Khen thưởng'],
  [/mặt trận tổ quốc việt nam/giu, 'Mặt trận Tổ quốc Việt Nam'],
  [/\bubnd\b/giu, 'UBND'],
  [/\bhđnd\b/giu, 'HĐND'],
];

/**
 * Gives a name written in capitals its usual case: "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"
 * -> "Ủy ban nhân dân tỉnh Ninh Thuận", "SỞ NỘI VỤ" -> "Sở Nội vụ". A name already in
 * mixed case is kept.
 */
export function properName(name: string): string {
  if (!isUpper(name)) return name;
  const words = sentenceCase(name).split(' ');
  const out: string[] = [];
  let capitalize = false;
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const headed =
      i === 1 && (/^(sở|ban|phòng|trường)$/iu.test(words[0]!) || (/^hội$/iu.test(words[0]!) && w !== 'đồng'));
    out.push(capitalize || headed ? cap(w) : w);
    if (capitalize) continue;
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (PLACE_WORDS.test(two)) {
      out.push(words[++i]!);
      capitalize = true;
    } else if (PLACE_WORDS.test(w)) capitalize = true;
  }
  let s = out.join(' ');
  for (const [re, fixed] of PHRASES) s = s.replace(re, fixed);
  return s;
}

/**
 * Finds how a name is spelled in running text ("Ủy ban nhân dân thành phố Gia Nghĩa"),
 * for a name the header wrote in capitals; `undefined` when the text never spells it.
 */
export function spellingIn(name: string, text: string): string | undefined {
  const fold = (s: string) =>
    [...s].map((ch) => (ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD')[0]!.toLowerCase())).join('');
  const hay = fold(text);
  const needle = fold(name);
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return undefined;
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) {
      const found = [...text].slice(i, i + needle.length).join('');
      if (!isUpper(found)) return found;
    }
    from = i + 1;
  }
}

/** The organization kind a name suggests. */
export function guessOrgKind(name: string): OrganizationKind {
  const k = orgKey(name);
  if (/^uy ban nhan dan tinh\b/.test(k)) return 'ubnd';
  if (/^uy ban nhan dan (huyen|quan|thi xa|thanh pho)\b/.test(k)) return 'huyen';
  if (/^uy ban nhan dan (xa|phuong|thi tran|dac khu)\b/.test(k)) return 'xa';
  if (/^hoi dong\b/.test(k)) return 'hoi-dong';
  if (/^(so|ban|phong|van phong|thanh tra)\b/.test(k)) return 'so-nganh';
  if (/^(hoi|lien doan|tinh doan|thanh doan|huyen doan|doan|uy ban mat tran|ban chap hanh)\b/.test(k))
    return 'doan-the';
  if (/^(cong ty|hop tac xa|doanh nghiep|tong cong ty)\b/.test(k)) return 'doanh-nghiep';
  return 'khac';
}

export interface ProposedOrganization {
  slug: string;
  data: { name: string; shortName?: string; kind: OrganizationKind };
}

/**
 * The comment above `draft: true` in a proposed organization's file (src/lib/import/write.ts):
 * a name read from a paper may be misspelled or the wrong level, so the organization stays
 * off the site until an editor has confirmed it, and no published entry may name it before.
 */
export const PROPOSED_ORGANIZATION_NOTE =
  'Cơ quan mới đề xuất, chưa xuất bản: kiểm tra tên (name), loại (kind) và cơ quan cấp trên (parent), rồi đổi thành draft: false';

/** A new organization file for a name no existing organization matches. */
export function proposeOrganization(name: string): ProposedOrganization {
  const short = name.replace(/^Ủy ban nhân dân\b/u, 'UBND');
  const data: ProposedOrganization['data'] =
    short !== name ? { name, shortName: short, kind: guessOrgKind(name) } : { name, kind: guessOrgKind(name) };
  return { slug: shortSlug(short), data };
}

/** True when the folded name ends at an administrative level without naming the place ("Ủy ban nhân dân tỉnh"). */
export function lacksPlace(name: string): boolean {
  const k = orgKey(name);
  const m = ADMIN_LEVEL.exec(k);
  return !!m && k.endsWith(m[0]) && k.indexOf(m[0]) === k.length - m[0].length;
}
