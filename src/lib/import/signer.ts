/**
 * The signature block: authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's
 * title ("PHÓ CHỦ TỊCH") and name ("Trần Văn An"), in capitals or in title case, on
 * separate lines or run together ("KT THỦ TƯỚNG PHÓ THỦ TƯỚNG"). Usually at the end; a
 * decision that promulgates a quy chế has it before the quy chế's text.
 */
import { properName } from './organizations.ts';
import { plain, PERSON_NAME } from './text.ts';

interface Signer {
  name: string;
  title: string;
  authority?: string | undefined;
}

export interface SignerResult {
  signer?: Signer | undefined;
  /** The title was not written (only "KT. CHỦ TỊCH" above the name): a guess to review. */
  unsure?: string | undefined;
  /** The body named in a "TM." authority ("Ủy ban nhân dân"), a hint for the issuer. */
  onBehalfOf?: string | undefined;
  /** The text without the signature block. */
  lines: string[];
}

const AUTHORITY = /^(TM|KT|TL|TUQ|UQ|Q)(?:\s*\.\s*|\s+)(\S.*)$/iu;
const SIGNED = /^\(?\s*(?:đã ký|ký|đã ký và đóng dấu|ký tên,? đóng dấu|ký,? ghi rõ họ tên.*|chữ ký số|signed)\s*\)?$/iu;
/** The offices that sign documents, as the title line starts ("PHÓ GIÁM ĐỐC SỞ"). */
const OFFICE =
  /^(?:PHÓ\s+|QUYỀN\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|HIỆU TRƯỞNG|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHỈ HUY TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG PHÒNG|TRƯỞNG ĐOÀN|CHỦ NHIỆM|TỔNG BIÊN TẬP|TRƯỞNG CÔNG AN)(?![\p{L}])/u;
/** Where a title starts inside a run-together line ("THỦ TƯỚNG PHÓ THỦ TƯỚNG", "ỦY BAN NHÂN DÂN CHỦ TỊCH"). */
const OFFICE_INSIDE = new RegExp(`\\s(${OFFICE.source.slice(1)}.*)$`, 'u');

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** The text without a leading office, in any case: "Chủ tịch Ủy ban nhân dân tỉnh" -> "Ủy ban nhân dân tỉnh". */
export function withoutOffice(text: string): string {
  const m = OFFICE.exec(upper(text));
  return m ? text.slice(m[0].length).trimStart() : text;
}

const isOffice = (line: string) => OFFICE.test(upper(line)) && line.length <= 60;

/** "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"; "KT. CHỦ TỊCH" -> "KT. Chủ tịch"; "CHÁNH VĂN PHÒNG" -> "Chánh Văn phòng". */
export function officeCase(text: string): string {
  const m = AUTHORITY.exec(text.trim());
  if (m) return `${upper(m[1]!)}. ${officeCase(m[2]!)}`;
  const t = text.replace(/\s+/g, ' ').trim();
  const s = properName(t === upper(t) ? t : upper(t));
  return s
    .replace(/^(Phó|Quyền) (\p{Ll})/u, (_, w: string, c: string) => `${w} ${c.toLocaleUpperCase('vi')}`)
    .replace(/(Chánh|Phó Chánh) văn phòng/u, '$1 Văn phòng')
    .replace(/(Chủ tịch|Giám đốc) thường trực/u, '$1 Thường trực');
}

/** A block line as authority and/or title: "KT THỦ TƯỚNG PHÓ THỦ TƯỚNG" is both. */
function partsOf(line: string): { authority?: string; title?: string } | undefined {
  const a = AUTHORITY.exec(line);
  if (a) {
    const rest = a[2]!;
    const inside = OFFICE_INSIDE.exec(upper(rest));
    if (inside && inside.index > 0) {
      return { authority: `${a[1]}. ${rest.slice(0, inside.index)}`, title: rest.slice(inside.index + 1) };
    }
    return { authority: `${a[1]}. ${rest}` };
  }
  if (isOffice(line)) return { title: line };
  return undefined;
}

/** A line of a signature block (authority and/or title), as the recipients' column may interleave it. */
export const isSignerLine = (line: string) => partsOf(plain(line)) !== undefined;

const skippable = (line: string) => !line || SIGNED.test(line) || /^[-_.…\s]+$/.test(line);

/** The signature block ending at the name on line `at`, or undefined. */
function blockAt(lines: string[], at: number) {
  const name = plain(lines[at]!);
  if (!PERSON_NAME.test(name) || name.split(/\s+/).length > 6 || isOffice(name)) return undefined;
  const parts: { authority?: string; title?: string }[] = [];
  let i = at - 1;
  while (i >= 0 && parts.length < 3) {
    const line = plain(lines[i]!).replace(/^Nơi nhận\s*:?\s*/iu, '');
    if (skippable(line)) {
      i--;
      continue;
    }
    const p = partsOf(line);
    if (!p) break;
    parts.unshift(p);
    i--;
  }
  if (!parts.length) return undefined;
  return { name, parts, start: i + 1 };
}

/** Takes the signature block out of the lines: the last one, at the end or before an annex. */
export function extractSigner(lines: string[]): SignerResult {
  let end = lines.length - 1;
  while (end >= 0 && skippable(plain(lines[end]!))) end--;
  let found: ReturnType<typeof blockAt>;
  let at = end;
  // At the end first; else the last block in the second half (a quy chế follows its decision).
  for (; at >= Math.floor(lines.length / 2) && at >= 0; at--) {
    found = blockAt(lines, at);
    if (found) break;
  }
  if (!found) return { lines };
  const authorities = found.parts.filter((p) => p.authority).map((p) => officeCase(p.authority!));
  const titles = found.parts.filter((p) => p.title).map((p) => officeCase(p.title!));
  let title = titles.at(-1);
  let authority = authorities;
  let unsure: string | undefined;
  if (!title) {
    // Only "Q. GIÁM ĐỐC" (acting: the title is "Quyền Giám đốc") or "KT. CHỦ TỊCH"
    // (a deputy, whose exact title the paper leaves out).
    const last = AUTHORITY.exec(authorities.at(-1)!)!;
    const office = officeCase(last[2]!);
    if (upper(last[1]!) === 'Q') title = `Quyền ${office}`;
    else {
      title = office;
      authority = authorities.slice(0, -1);
      unsure = `chức danh người ký không ghi, tạm lấy “${office}” từ “${authorities.at(-1)}”`;
    }
  }
  const tm = authorities.map((a) => AUTHORITY.exec(a)!).find((m) => upper(m[1]!) === 'TM');
  return {
    signer: { name: found.name, title, ...(authority.length ? { authority: authority.join(', ') } : {}) },
    unsure,
    onBehalfOf: tm ? properName(upper(tm[2]!)) : undefined,
    lines: [...lines.slice(0, found.start), ...lines.slice(at + 1)],
  };
}
