/**
 * The signature block at the end: authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
 * the signer's title ("PHÓ CHỦ TỊCH") and name ("Trần Văn An").
 */
import { properName } from './organizations.ts';
import { isUpper, plain, PERSON_NAME } from './text.ts';

interface Signer {
  name: string;
  title: string;
  authority?: string | undefined;
}

export interface SignerResult {
  signer?: Signer | undefined;
  /** The body named in a "TM." authority ("Ủy ban nhân dân"), a hint for the issuer. */
  onBehalfOf?: string | undefined;
  lines: string[];
}

const AUTHORITY = /^(TM|KT|TL|TUQ|UQ|Q)\s*\.\s*(.+)$/u;
const NAME = PERSON_NAME;
const SIGNED = /^\(?\s*(?:đã ký|ký|đã ký và đóng dấu|ký tên,? đóng dấu|ký,? ghi rõ họ tên.*|chữ ký số|signed)\s*\)?$/iu;
const KIND_HEADING = /^(KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO|CÔNG VĂN|NƠI NHẬN)(?![\p{L}\d])/u;

/** "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"; "KT. CHỦ TỊCH" -> "KT. Chủ tịch". */
export function officeCase(text: string): string {
  const m = AUTHORITY.exec(text);
  if (m) return `${m[1]}. ${officeCase(m[2]!)}`;
  const s = properName(text.replace(/\s+/g, ' ').trim());
  return s.replace(/^Phó (\p{Ll})/u, (_, c: string) => `Phó ${c.toLocaleUpperCase('vi')}`);
}

/** Takes the signature block from the end of the lines. */
export function extractSigner(lines: string[]): SignerResult {
  let i = lines.length - 1;
  const skip = () => {
    while (i >= 0 && (SIGNED.test(plain(lines[i]!)) || !plain(lines[i]!) || /^[-_.…\s]+$/.test(plain(lines[i]!)))) i--;
  };
  skip();
  const nameLine = i >= 0 ? plain(lines[i]!) : '';
  if (!NAME.test(nameLine) || nameLine.split(/\s+/).length > 6) return { lines };
  const name = nameLine;
  i--;
  skip();
  const above: string[] = [];
  while (i >= 0 && above.length < 3) {
    const line = plain(lines[i]!);
    if (
      !isUpper(line) ||
      line.length > 70 ||
      KIND_HEADING.test(line) ||
      /^[IVXLC]+\s*\./.test(line) ||
      /^\d/.test(line)
    )
      break;
    above.unshift(line);
    i--;
    skip();
  }
  if (!above.length) return { lines };
  // "TM. HỘI ĐỒNG ..." and "KT. CHỦ TỊCH" may both be there, one above the other.
  const authorityLines = above.filter((l) => AUTHORITY.test(l));
  const titleLines = above.filter((l) => !AUTHORITY.test(l));
  const lastAuthority = authorityLines[authorityLines.length - 1];
  const title = titleLines.length
    ? officeCase(titleLines.join(' '))
    : lastAuthority
      ? officeCase(AUTHORITY.exec(lastAuthority)![2]!)
      : undefined;
  if (!title) return { lines };
  const tmLine = authorityLines.find((l) => l.startsWith('TM'));
  const tm = tmLine ? AUTHORITY.exec(tmLine) : null;
  const authority = titleLines.length ? authorityLines : authorityLines.slice(0, -1);
  return {
    signer: { name, title, ...(authority.length ? { authority: authority.map(officeCase).join(', ') } : {}) },
    onBehalfOf: tm && tm[1] === 'TM' ? properName(tm[2]!) : undefined,
    lines: lines.slice(0, i + 1),
  };
}
