/**
 * Vietnamese typed with the Vietnamese keyboard switched off: the Telex and VNI key
 * sequences left unconverted in a query ("khen thuowng", "daan vaajn", "thi ddua",
 * "vie65t nam"), read back as the letters the reader meant ("khen thương", "dân vận",
 * "thi đua", "việt nam"). A word is only rewritten when it carries keys of the method:
 * "sinh", "rau", "xã" are plain words whatever the method, since a tone key can only
 * follow a vowel, and no Vietnamese syllable ends in s, f, r, x or j.
 *
 * The search page tries these readings only when the query as typed finds nothing
 * (src/components/search/engine.ts), so an ordinary word is never rewritten.
 */

/** Tone marks, as combining characters: sắc, huyền, hỏi, ngã, nặng. */
const TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' } as const;
type Tone = keyof typeof TONES;

const VNI_TONES: Record<string, Tone> = { '1': 's', '2': 'f', '3': 'r', '4': 'x', '5': 'j' };

/** Vowels with their shape marks (circumflex, breve, horn), as the keyboard makes them. */
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const BREVE: Record<string, string> = { a: 'ă' };
const HORN: Record<string, string> = { o: 'ơ', u: 'ư' };

const VOWELS = new Set([...'aăâeêioôơuưy']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/**
 * Where the tone mark goes in a syllable (its letters already shaped, lowercase): on the
 * vowel with a shape mark (ơ of ươ), else on the second vowel of a cluster followed by a
 * final consonant or of oa/oe/uy, else on the first; "qu" and "gi" count their u/i as
 * part of the initial consonant.
 */
function tonePosition(letters: string[]): number {
  let start = 0;
  const head = letters.slice(0, 2).join('');
  if ((head === 'qu' || head === 'gi') && letters.slice(2).some(isVowel)) start = 2;
  const vowels: number[] = [];
  for (let i = start; i < letters.length; i++) if (isVowel(letters[i])) vowels.push(i);
  if (!vowels.length) return -1;
  const shaped = vowels.filter((i) => 'ăâêôơư'.includes(letters[i]!));
  if (shaped.length) return shaped.at(-1)!;
  if (vowels.length === 1) return vowels[0]!;
  const last = vowels.at(-1)!;
  const closed = last < letters.length - 1;
  const pair = letters[vowels[0]!]! + letters[vowels[1]!]!;
  if (closed || ['oa', 'oe', 'uy'].includes(pair)) return vowels[1]!;
  return vowels[0]!;
}

/** A syllable's letters with its tone placed, in NFC. */
function withTone(letters: string[], tone: Tone | undefined): string {
  if (tone) {
    const at = tonePosition(letters);
    if (at >= 0) letters[at] = letters[at]! + TONES[tone];
  }
  return letters.join('').normalize('NFC');
}

/** Shapes the nearest earlier vowel that `marks` can change; whether one was. */
function shapeEarlier(letters: string[], marks: Record<string, string>, from = letters.length - 1): boolean {
  for (let i = from; i >= 0; i--) {
    const c = letters[i]!;
    if (marks[c]) {
      letters[i] = marks[c]!;
      return true;
    }
    if (!isVowel(c) && i < letters.length - 1 && isVowel(letters[i + 1])) break;
  }
  return false;
}

/**
 * One word read as Telex: `aa ee oo` → â ê ô, `aw ow uw` → ă ơ ư (`uow` → ươ, a lone `w`
 * → ư), `dd` → đ, and `s f r x j` after a vowel as the tone. `undefined` when the word has
 * none of these keys, or is not a word of letters.
 */
export function readTelex(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return undefined;
  const letters: string[] = [];
  let tone: Tone | undefined;
  let changed = false;
  for (const c of w) {
    const prev = letters.at(-1);
    const seenVowel = letters.some(isVowel);
    if (c === 'd' && prev === 'd' && letters.length === 1) {
      letters[0] = 'đ';
      changed = true;
    } else if ((c === 'a' || c === 'e' || c === 'o') && prev === c) {
      letters[letters.length - 1] = CIRCUMFLEX[c]!;
      changed = true;
    } else if (c === 'w') {
      // uow → ươ; ow, aw, uw → ơ, ă, ư; a lone w → ư.
      const last = letters.length - 1;
      if (letters[last] === 'o' && letters[last - 1] === 'u') {
        letters[last - 1] = 'ư';
        letters[last] = 'ơ';
      } else if (!shapeEarlier(letters, { ...HORN, ...BREVE })) letters.push('ư');
      changed = true;
    } else if (c in TONES && seenVowel) {
      tone = c as Tone;
      changed = true;
    } else if (c === 'z' && seenVowel) {
      tone = undefined;
      changed = true;
    } else letters.push(c);
  }
  return changed ? withTone(letters, tone) : undefined;
}

/**
 * One word read as VNI: digits after the letters they mark, `1`–`5` the tones (sắc,
 * huyền, hỏi, ngã, nặng), `6` â ê ô, `7` ơ ư, `8` ă, `9` đ. `undefined` without such a
 * digit, or when the word is all digits (a number, a year).
 */
export function readVni(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z1-9]+$/.test(w) || !/[a-z]/.test(w) || !/\d/.test(w)) return undefined;
  // A number with letters ("21kh", "2026") is not VNI: digits must follow a letter each.
  if (/^\d/.test(w)) return undefined;
  const letters: string[] = [];
  let tone: Tone | undefined;
  for (const c of w) {
    if (c >= 'a' && c <= 'z') letters.push(c);
    else if (VNI_TONES[c]) tone = VNI_TONES[c];
    else if (c === '6') {
      if (!shapeEarlier(letters, CIRCUMFLEX)) return undefined;
    } else if (c === '7') {
      const last = letters.length - 1;
      if (letters[last] === 'o' && letters[last - 1] === 'u') {
        letters[last - 1] = 'ư';
        letters[last] = 'ơ';
      } else if (!shapeEarlier(letters, HORN)) return undefined;
    } else if (c === '8') {
      if (!shapeEarlier(letters, BREVE)) return undefined;
    } else if (c === '9') {
      const i = letters.indexOf('d');
      if (i < 0) return undefined;
      letters[i] = 'đ';
    }
  }
  return withTone(letters, tone);
}

/**
 * A query read as Telex, and as VNI, word by word: the words each method changes
 * rewritten, the others kept. One reading per method that changes a word; none for a
 * query typed with marks or in plain letters.
 */
export function typedReadings(query: string): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const read of [readTelex, readVni]) {
    let changed = false;
    const reading = words.map((w) => {
      const r = read(w);
      if (r && r !== w.toLowerCase()) changed = true;
      return r ?? w;
    });
    if (changed) out.push(reading.join(' '));
  }
  return out;
}
