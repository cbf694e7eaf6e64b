/**
 * What a web page adds around a document when an editor copies it: navigation blocks
 * after the text ("Các tin khác", "Xem nhiều nhất"), the feedback form ("Phản hồi"),
 * share and print buttons, "Chi tiết ... tại đây" links. None of it belongs in an entry.
 */
import { foldKey, plain } from './text.ts';

/** Lines that start the page's own blocks after the article: everything from there on goes. */
const TAIL_MARKERS = [
  'cac tin khac',
  'tin khac',
  'cac tin da dua',
  'tin lien quan',
  'bai viet lien quan',
  'cac bai viet khac',
  'tin cung chuyen muc',
  'van ban tai lieu',
  'van ban lien quan',
  'xem nhieu nhat',
  'tin xem nhieu',
  'doc nhieu nhat',
  'tin moi nhat',
  'tin moi',
  'phan hoi',
  'gui phan hoi',
  'y kien ban doc',
  'binh luan',
  'thong tin nguoi gui phan hoi',
];

/** Buttons of a page's tool row, folded: "In bài viết | Gửi email | Chia sẻ", "Chia sẻ: Facebook Zalo". */
const BUTTONS = [
  'in bai viet',
  'in bai',
  'in trang',
  'ban in',
  'gui email',
  'gui bai viet',
  'gui bai',
  'gui cho ban be',
  'chia se bai viet',
  'chia se',
  'co chu',
  'len dau trang',
  'dau trang',
  'quay lai',
  'tro ve',
  'luu tin',
  'luu bai viet',
  'tweet',
  'like',
  'share',
  'print',
  'email',
  'facebook',
  'zalo',
  'twitter',
].map((b) => b.split(' '));

/** A Markdown link reduced to its text (URLs may hold one level of brackets: `javascript:window.print()`). */
export const linkText = (line: string): string => line.replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1');

/** A row of page tools only: every word belongs to a button. */
function isButtonRow(line: string): boolean {
  const words = foldKey(linkText(line).replace(/lượt xem\s*:?\s*[\d.,]+/giu, ' '))
    .split(' ')
    .filter(Boolean);
  if (!words.length) return false;
  let i = 0;
  let buttons = 0;
  while (i < words.length) {
    const b = BUTTONS.find((w) => w.every((x, k) => words[i + k] === x));
    if (!b) return false;
    i += b.length;
    buttons++;
  }
  return buttons > 0;
}

/** Lines that are page furniture wherever they appear. */
const NOISE: RegExp[] = [
  /^(?:xem\s+)?chi tiết(?![\p{L}\d]).*\btại đây\.?$/iu,
  /^(?:xem|tải)\s+(?:toàn văn|văn bản|chi tiết).*\btại đây\.?$/iu,
  /^(?:in bài viết|in trang|bản in|gửi email|gửi bài viết|chia sẻ|chia sẻ bài viết|cỡ chữ|đầu trang|quay lại|trở về|tweet|like|share|facebook|zalo|lên đầu trang)\s*:?$/iu,
  /^(?:lượt xem|số lượt xem|lượt truy cập)\s*:?\s*[\d.,]*$/iu,
  /^(?:trang chủ|home)\s*[>»/|]/iu,
  /^(?:tải về|tải văn bản|tệp đính kèm|file đính kèm)\s*:?$/iu,
  // The link to the attached file: "Tệp đính kèm: 1850-HD-SGDDT.pdf".
  /^(?:tải về|tải văn bản|tệp đính kèm|tệp tin đính kèm|file đính kèm|tài liệu đính kèm)\s*:?\s*(?:\S+\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png)\s*[,;]?\s*)+$/iu,
  // Page numbers left by a copy from PDF: "2", "- 2 -", "Trang 2/5".
  /^[-–\s]*\d{1,3}[-–\s]*$/u,
  /^trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu,
];

export interface LeftoverResult {
  lines: string[];
  /** The lines removed, as they were written (first line of a cut-off tail block only). */
  removed: string[];
}

/**
 * Removes web-page leftovers from the paragraphs of a pasted document. A tail marker
 * only counts after the first few lines, so that a document cannot be emptied by a
 * word in its title.
 */
export function removeLeftovers(lines: string[]): LeftoverResult {
  const removed: string[] = [];
  let end = lines.length;
  for (let i = 3; i < lines.length; i++) {
    const key = foldKey(plain(lines[i]!).replace(/:$/, ''));
    if (TAIL_MARKERS.includes(key)) {
      end = i;
      break;
    }
  }
  for (let i = end; i < lines.length; i++) {
    const key = foldKey(plain(lines[i]!));
    if (TAIL_MARKERS.includes(key.replace(/ $/, ''))) removed.push(plain(lines[i]!));
  }
  if (end < lines.length && removed.length === 0) removed.push(plain(lines[end]!));
  const kept: string[] = [];
  for (const line of lines.slice(0, end)) {
    // Links as their text, and the end mark "./." after a "tại đây" link.
    const text = linkText(plain(line)).replace(/\s*\.\/\.$/u, '');
    if (NOISE.some((re) => re.test(text)) || isButtonRow(text)) removed.push(plain(line));
    else kept.push(line);
  }
  return { lines: kept, removed };
}
