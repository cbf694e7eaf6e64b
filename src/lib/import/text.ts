/**
 * Text as editors paste it: Word's non-breaking and odd spaces, decomposed (NFD)
 * Vietnamese from macOS or old converters, stray zero-width characters, CRLF line ends.
 * Everything downstream works on clean NFC lines, one paragraph per line.
 */
import { fold } from '../../vocabulary/fold.ts';

/** Spaces that look like a space but are not U+0020. */
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Normalises pasted text: NFC, one kind of space, no invisible characters, `\n` line
 * ends, trimmed lines, at most one blank line in a row. `Ð` (U+00D0, Icelandic eth,
 * a common stand-in from legacy fonts) becomes `Đ`.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The non-empty lines of normalised text: each is one paragraph of the source. */
export function paragraphs(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .filter((line) => line.length > 0);
}

/** The line without Markdown emphasis markers, for recognising what it says. */
export function plain(line: string): string {
  return line
    .replace(/\*\*/g, '')
    .replace(/(^|[^\p{L}\d])\*(?=\S)|(?<=\S)\*(?=$|[^\p{L}\d])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** True when the line has letters and none of them is lowercase ("KẾ HOẠCH", "I. MỤC ĐÍCH"). */
export function isUpper(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** "CHỦ TỊCH" -> "Chủ tịch": the first letter capital, the rest as written in running text. */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** Lowercases the first letter unless the first word is an acronym or a name ("UBND", "Hội đồng ..." stays). */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/, 1)[0] ?? '';
  if (first.length > 1 && isUpper(first)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** "Ủy ban nhân dân tỉnh Lâm Đồng" -> "uy ban nhan dan tinh lam dong": the site's folding, punctuation as spaces. */
export function foldKey(text: string): string {
  return fold(text)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits a paragraph into sentences, keeping each sentence's own punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+(?=[\p{Lu}\d“"(*-])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), or UTF-16 with a BOM, which
 * Notepad writes when a file is saved as "Unicode".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: an 8-bit file from an old Windows machine. Read byte for byte as
    // Windows-1252; a TCVN3 or VNI text then shows as such and read.ts converts it.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** One word of a person's name: "Nguyễn", "H'Lin", "K'Tiếp". */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+)*`;

/** A person's full name: two to six capitalised words ("Trần Quốc Nam", "Ka Sô Ha Thu"). */
export const PERSON_NAME = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,5}$`, 'u');
