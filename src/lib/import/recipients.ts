/**
 * "Nơi nhận:" and its list ("- Như trên;", "- Lưu: VT, NV."), which a text copy may
 * interleave with the signature block of the other column.
 */
import { isSignerLine } from './signer.ts';
import { plain } from './text.ts';

const HEAD = /^Nơi nhận\s*:?\s*(.*)$/iu;
const ITEM = /^[-–•+*]\s*(.+)$/u;
/** A capitals tail on a recipient line: the other column's "KT. CHỦ TỊCH". */
const SIGNER_TAIL = /^(.*?[\p{Ll}\d;.,)/])\s+((?:(?:TM|KT|TL|TUQ|Q)\.\s*)?\p{Lu}[\p{Lu} -]{4,})$/u;

export interface RecipientsResult {
  recipients: string[];
  /** The lines that remain, with the recipients block taken out (a capitals tail is kept in its place). */
  lines: string[];
  found: boolean;
}

/** "Thường trực Tỉnh ủy; (b/c)" -> "Thường trực Tỉnh ủy (b/c)". */
function cleanRecipient(text: string): string {
  return plain(text)
    .replace(/^[-–•+*]\s*/u, '')
    .replace(/[;,]\s*(\([^)]*\))\s*[;,.]?$/u, ' $1')
    .replace(/(?<!\.\/)[;,.]+$/u, '')
    .trim();
}

function looksLikeRecipient(line: string): boolean {
  return ITEM.test(line) || /[;,]$/.test(line) || /^(Như\s+(trên|Điều|điều|khoản)|Lưu\b|Các\s)/u.test(line);
}

/** Takes the "Nơi nhận" block out of the lines (the last one, where the document ends). */
export function extractRecipients(lines: string[]): RecipientsResult {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (HEAD.test(plain(lines[i]!))) {
      start = i;
      break;
    }
  }
  if (start < 0) return { recipients: [], lines, found: false };
  const recipients: string[] = [];
  const kept: string[] = [];
  const take = (line: string): boolean => {
    const m = SIGNER_TAIL.exec(line);
    // "KT. CHỦ TỊCH" alone is not a recipient followed by a title.
    const tail = m && /[\p{Ll}\d]/u.test(m[1]!) ? m : null;
    const item = tail ? tail[1]! : line;
    if (tail) kept.push(tail[2]!);
    const clean = cleanRecipient(item);
    if (clean) recipients.push(clean);
    return true;
  };
  const rest = HEAD.exec(plain(lines[start]!))![1]!.trim();
  if (rest) {
    if (/^\p{Lu}[\p{Lu} .-]+$/u.test(rest)) kept.push(rest);
    else take(rest);
  }
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = plain(lines[i]!);
    // The other column's "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" between the recipients.
    if (isSignerLine(line)) {
      kept.push(line);
      continue;
    }
    if (!looksLikeRecipient(line)) break;
    take(line);
  }
  return { recipients, lines: [...lines.slice(0, start), ...kept, ...lines.slice(i)], found: true };
}
