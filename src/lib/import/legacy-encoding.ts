/**
 * Vietnamese typed in the 8-bit font encodings of the 1990s and 2000s reaches the
 * importer as Latin-1 look-alikes once a Word file or a copy loses its font:
 * - TCVN3 (TCVN 5712:1993 VN3, the ABC fonts .VnTime and their all-capital twins
 *   .VnTimeH): one character per letter, "Céng hoµ x· héi", "QUYÕT §ÞNH";
 * - VNI (VNI-Times): a base letter followed by one mark character, "Coäng hoøa xaõ hoäi".
 * The text is recognised by how many of its words only read as Vietnamese syllables
 * once decoded, then converted to NFC Unicode. Convert before `normalizeText`: it drops
 * U+00AD (TCVN3 "ư") and turns U+00D0 (TCVN3 "é") into "Đ".
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The tone marks in the column order of the tables below: none, huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const withTone = (vowel: string, tone: number) => (vowel + TONES[tone]).normalize('NFC');

// --- TCVN3 ---------------------------------------------------------------------------

/**
 * TCVN3 codes of each vowel in the columns of `TONES` (as Latin-1 shows them; U+00AD is
 * the soft hyphen). VN3 only has lowercase toned letters: capitals with a tone are the
 * same codes drawn by the capital font.
 */
const TCVN3_VOWELS: Record<string, string> = {
  a: 'aµ¸¶·¹',
  ă: '¨»¾¼½Æ',
  â: '©ÇÊÈÉË',
  e: 'eÌÐÎÏÑ',
  ê: 'ªÒÕÓÔÖ',
  i: 'i×ÝØÜÞ',
  o: 'oßãáâä',
  ô: '«åèæçé',
  ơ: '¬êíëìî',
  u: 'uïóñòô',
  ư: '\u00ADõøö÷ù',
  y: 'yúýûüþ',
};

/** The seven capitals VN3 has, good in either font: toneless Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_CAPITALS = new Map<string, string>([
  ['¡', 'Ă'],
  ['¢', 'Â'],
  ['£', 'Ê'],
  ['¤', 'Ô'],
  ['¥', 'Ơ'],
  ['¦', 'Ư'],
  ['§', 'Đ'],
]);

/** Code -> lowercase letter, for the 67 codes whose case depends on the font. */
const TCVN3_LOWER = new Map<string, string>([['®', 'đ']]);
for (const [vowel, codes] of Object.entries(TCVN3_VOWELS)) {
  [...codes].forEach((code, tone) => {
    if (code.charCodeAt(0) > 0x7f) TCVN3_LOWER.set(code, withTone(vowel, tone));
  });
}

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const TCVN3_CODES = [...TCVN3_LOWER.keys(), ...TCVN3_CAPITALS.keys()].map(hex).join('');
/** A word of TCVN3 text: letters, and the codes that are symbols in Latin-1 ("·", "¸", "§"). */
const TCVN3_WORD = new RegExp(`[\\p{L}\\p{M}${TCVN3_CODES}]+`, 'gu');

/** Character by character, with toned letters lowercase: enough to judge a word. */
function decodeTcvn3(word: string): string {
  let out = '';
  for (const c of word) out += TCVN3_LOWER.get(c) ?? TCVN3_CAPITALS.get(c) ?? c;
  return out;
}

interface TcvnWord {
  text: string;
  /** Letters whose case the code fixes (ASCII, the seven capitals, other Unicode letters). */
  upper: number;
  lower: number;
  /** Has codes whose case is the font's, which plain text has lost. */
  fontCased: boolean;
  /** Its one fixed capital starts it: "Uû" is "Uỷ" in .VnTime and "UỶ" in .VnTimeH. */
  initialOnly: boolean;
}

function tcvnWord(text: string): TcvnWord {
  let upper = 0;
  let lower = 0;
  let fontCased = false;
  let firstUpper = false;
  [...text].forEach((c, i) => {
    if (TCVN3_LOWER.has(c)) fontCased = true;
    else if (TCVN3_CAPITALS.has(c) || /\p{Lu}/u.test(c)) {
      upper++;
      if (i === 0) firstUpper = true;
    } else if (/\p{Ll}/u.test(c)) lower++;
  });
  return { text, upper, lower, fontCased, initialOnly: upper === 1 && firstUpper };
}

/**
 * How a word with font-cased codes is written, where its own letters decide:
 * capitals when its fixed letters are ("QUYÕT"), lowercase when one is ("nh©n").
 */
function ownCase(w: TcvnWord): 'upper' | 'lower' | undefined {
  if (w.lower > 0) return 'lower';
  if (w.upper > 0 && !w.initialOnly) return 'upper';
  return undefined;
}

/**
 * TCVN3 -> Unicode, with the capitals of the .VnTimeH font restored from context: a word
 * in capitals, or a word of one capital and font-cased codes ("Bé", "®Ó") on a line whose
 * other words are in capitals. Only real syllables count as capitals on a line, so that
 * "UBND" or "Q§" beside "Sè" (Số) do not make it "SỐ".
 */
function convertTcvn3(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const words = [...line.matchAll(TCVN3_WORD)].map((m) => tcvnWord(m[0]));
      let upperVotes = 0;
      let lowerVotes = 0;
      for (const w of words) {
        if (w.lower > 0) lowerVotes++;
        else if (w.upper > 0 && !w.initialOnly && isSyllable(decodeTcvn3(w.text))) upperVotes++;
      }
      const lineUpper = upperVotes > lowerVotes;
      return line.replace(TCVN3_WORD, (word) => {
        const decoded = decodeTcvn3(word);
        const w = tcvnWord(word);
        if (!w.fontCased) return decoded;
        const own = ownCase(w);
        if (own === 'upper' || (own === undefined && lineUpper)) return decoded.toLocaleUpperCase('vi');
        return decoded;
      });
    })
    .join('\n')
    .normalize('NFC');
}

// --- VNI -----------------------------------------------------------------------------

/** Tone marks typed after a vowel, in the columns of `TONES` from huyền on. */
const VNI_TONE = 'øùûõï';
/** After a, e, o: the circumflex, then the circumflex with each tone. */
const VNI_CIRCUMFLEX = 'âàáåãä';
/** After a: the breve, then the breve with each tone. */
const VNI_BREVE = 'êèéúüë';

/** Letters VNI writes as one character: i with a tone, ỵ, đ, ơ, ư. */
const VNI_SINGLE = new Map<string, string>([
  ['ì', 'ì'],
  ['í', 'í'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
]);

/** Base letter + mark -> letter, all lowercase (the decoder takes the case of the base). */
const VNI_PAIR = new Map<string, string>();
for (const [base, vowel] of [
  ['a', 'a'],
  ['e', 'e'],
  ['o', 'o'],
  ['u', 'u'],
  ['y', 'y'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
] as const) {
  [...VNI_TONE].forEach((mark, i) => VNI_PAIR.set(base + mark, withTone(vowel, i + 1)));
}
for (const base of ['a', 'e', 'o']) {
  [...VNI_CIRCUMFLEX].forEach((mark, tone) => VNI_PAIR.set(base + mark, withTone(`${base}\u0302`, tone)));
}
[...VNI_BREVE].forEach((mark, tone) => VNI_PAIR.set(`a${mark}`, withTone('ă', tone)));

/** VNI -> Unicode. The base letter gives the case: typists mixed "Aù" and "AÙ" for "Á". */
function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const lower = c.toLowerCase();
    const cased = (s: string) => (c === lower ? s : s.toLocaleUpperCase('vi'));
    const next = text[i + 1];
    const pair = next === undefined ? undefined : VNI_PAIR.get(lower + next.toLowerCase());
    if (pair !== undefined) {
      out += cased(pair);
      i++;
      continue;
    }
    const single = VNI_SINGLE.get(lower);
    out += single === undefined ? c : cased(single);
  }
  return out.normalize('NFC');
}

// --- Detection -----------------------------------------------------------------------

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:(?:ngh|gh|k)(?=[iyeê])|ng|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|l|m|n|p|r|s|t|v|x)';
/** Vowel groups that end the syllable (they end in a glide, or are ia/ua/ưa). */
const OPEN = 'iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu';
/** Vowel groups that need a final consonant. */
const CLOSED = 'uyê|iê|yê|uô|ươ|uâ|oă|ă|â';
/** Vowel groups with or without one. */
const FREE = 'oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y';
const CODA = 'ch|nh|ng|c|m|n|p|t';
const SYLLABLE = new RegExp(`^${ONSET}?(?:(?:${OPEN})|(?:${CLOSED})(${CODA})|(?:${FREE})(${CODA})?)$`);

/**
 * Whether a word is one well-formed Vietnamese syllable: onset, vowel group and final
 * consonant that fit together, at most one tone, and only sắc or nặng before c, ch, p, t.
 * Decoding text in the wrong encoding rarely gives one.
 */
function isSyllable(word: string): boolean {
  const nfd = word.toLocaleLowerCase('vi').normalize('NFD');
  const tones = nfd.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const m = SYLLABLE.exec(nfd.replace(TONE_MARK, '').normalize('NFC'));
  if (!m) return false;
  const coda = m[1] ?? m[2];
  const stop = coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't';
  return !stop || tones[0] === '\u0301' || tones[0] === '\u0323';
}

/** Words as both encodings and Unicode may have them: Latin-1 symbols included. */
const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;

/**
 * Which legacy encoding the text is in, if any. Each word with a non-ASCII character
 * is read three ways: as Unicode, as TCVN3, as VNI. A word that is a syllable only once
 * decoded counts for that encoding; one that is a syllable only as it stands counts for
 * Unicode; one that reads both ways counts for neither ("các", "có"). An encoding wins
 * with more words than Unicode and the other encoding, and at least two different ones
 * of two characters or more, so that stray symbols ("©", "·", "5 µm") are not enough.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  let unicode = 0;
  const count = { tcvn3: 0, vni: 0 };
  const distinct = { tcvn3: new Set<string>(), vni: new Set<string>() };
  for (const [word] of text.matchAll(WORD)) {
    // Without a Latin-1 character ("được", or any NFD text) neither encoding changes the
    // word: it can only count for Unicode.
    if (!/[\u00A1-\u00FF]/.test(word)) {
      if (/[^\p{ASCII}]/u.test(word) && isSyllable(word.normalize('NFC'))) unicode++;
      continue;
    }
    const readings = {
      tcvn3: decodeTcvn3(word),
      vni: convertVni(word),
    };
    const as = {
      tcvn3: readings.tcvn3 !== word && isSyllable(readings.tcvn3),
      vni: readings.vni !== word && isSyllable(readings.vni),
    };
    if (isSyllable(word.normalize('NFC'))) {
      if (!as.tcvn3 && !as.vni) unicode++;
      continue;
    }
    // A lone "·" or "©" reads as TCVN3 "ã" or "â": symbols, not evidence.
    if ([...word].length < 2) continue;
    for (const encoding of ['tcvn3', 'vni'] as const) {
      if (!as[encoding]) continue;
      count[encoding]++;
      distinct[encoding].add(word.toLocaleLowerCase('vi'));
    }
  }
  const best: LegacyEncoding = count.tcvn3 >= count.vni ? 'tcvn3' : 'vni';
  const other: LegacyEncoding = best === 'tcvn3' ? 'vni' : 'tcvn3';
  if (count[best] === count[other]) return undefined;
  if (distinct[best].size < 2 || count[best] <= unicode) return undefined;
  return best;
}

/** Converts text in a legacy encoding to NFC Unicode; ASCII characters stay as they are. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}

/** Detects a legacy encoding and converts from it; text in none comes back unchanged. */
export function toUnicode(text: string): { text: string; encoding?: LegacyEncoding } {
  const encoding = detectLegacyEncoding(text);
  return encoding === undefined ? { text } : { text: convertLegacy(text, encoding), encoding };
}
