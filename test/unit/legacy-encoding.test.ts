/**
 * Legacy Vietnamese encodings in imported text: TCVN3 (.VnTime / .VnTimeH) and VNI
 * (VNI-Times) reach the importer as Latin-1 look-alikes when a Word file loses its
 * fonts. These tests pin detection (and no false alarms on Unicode, English or stray
 * symbols), exact conversion of a real document header, and every letter in both cases.
 */
import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding, toUnicode } from '../../src/lib/import/legacy-encoding.ts';

// Reference tables, written out apart from the module's so that the round trips check
// it against them: TCVN 5712:1993 VN3 and VNI-Windows as UniKey's converter has them.

/** The 67 lowercase Vietnamese letters outside ASCII; with their capitals, 134 letters. */
const LETTERS = [...'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'];
/** Their TCVN3 codes, in the same order. U+00AD (soft hyphen) is "ư". */
const TCVN3 = [...'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ'];
/** The seven capitals TCVN3 has a code for; the others are the lowercase codes in .VnTimeH. */
const TCVN3_CAPITALS: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' };
/** Their VNI spellings, in the same order. */
const VNI = (
  'aø aù aû aõ aï aê aè aé aú aü aë aâ aà aá aå aã aä ñ eø eù eû eõ eï eâ eà eá eå eã eä ì í æ ó ò ' +
  'oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï uø uù uû uõ uï ö öø öù öû öõ öï yø yù yû yõ î'
).split(' ');

type Style = 'vnTime' | 'vnTimeH' | 'vnTimeHLower' | 'vni' | 'vniMixed';

/** Unicode -> legacy, as a typist would have produced it in each style. */
function encode(text: string, style: Style): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const i = LETTERS.indexOf(lower);
      if (i < 0) return ch;
      if (style === 'vni' || style === 'vniMixed') {
        const code = VNI[i]!;
        if (ch === lower) return code;
        // "vniMixed": the base in capitals, the mark as typed without shift ("Aù").
        return style === 'vni' ? code.toUpperCase() : code[0]!.toUpperCase() + code.slice(1);
      }
      // .VnTime: the seven capitals have codes of their own; with .VnTimeH they may be
      // typed with shift too, or as the lowercase code that the capital font draws.
      const capital = TCVN3_CAPITALS[ch];
      return capital !== undefined && style !== 'vnTimeHLower' ? capital : TCVN3[i]!;
    })
    .join('');
}

const HEADER = [
  'Uỷ ban nhân dân',
  'tỉnh Hà Nam',
  'Cộng hoà xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 15/QĐ-UBND',
  'Hà Nam, ngày 20 tháng 3 năm 2009',
  'QUYẾT ĐỊNH',
  'Về việc khen thưởng thành tích xuất sắc',
];

const PARAGRAPH =
  'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều ' +
  'của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005; xét đề nghị của Trưởng ban Thi đua - ' +
  'Khen thưởng tỉnh, tặng Bằng khen cho các tập thể và cá nhân đã có thành tích xuất sắc trong ' +
  'phong trào thi đua yêu nước năm 2008.';

const UNICODE_HEADER = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH';

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 title lines, lowercase (.VnTime) and in capitals (.VnTimeH)', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('tcvn3');
    expect(detectLegacyEncoding('§éc lËp - Tù do - H¹nh phóc')).toBe('tcvn3');
    expect(detectLegacyEncoding('Uû ban nh©n d©n')).toBe('tcvn3');
    expect(detectLegacyEncoding('QUYÕT §ÞNH')).toBe('tcvn3');
    expect(detectLegacyEncoding('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')).toBe('tcvn3');
  });

  it('recognises a TCVN3 paragraph and a whole header', () => {
    expect(detectLegacyEncoding(encode(PARAGRAPH, 'vnTime'))).toBe('tcvn3');
    expect(detectLegacyEncoding(encode(PARAGRAPH.toUpperCase(), 'vnTimeH'))).toBe('tcvn3');
    expect(detectLegacyEncoding(encode(HEADER.join('\n'), 'vnTime'))).toBe('tcvn3');
  });

  it('recognises VNI title lines, lowercase and in capitals', () => {
    expect(detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('vni');
    expect(detectLegacyEncoding('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('vni');
    expect(detectLegacyEncoding('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM')).toBe('vni');
    expect(detectLegacyEncoding('QUYEÁT ÑÒNH')).toBe('vni');
  });

  it('recognises a VNI paragraph and a whole header', () => {
    expect(detectLegacyEncoding(encode(PARAGRAPH, 'vni'))).toBe('vni');
    expect(detectLegacyEncoding(encode(PARAGRAPH.toUpperCase(), 'vni'))).toBe('vni');
    expect(detectLegacyEncoding(encode(HEADER.join('\n'), 'vni'))).toBe('vni');
  });

  it('leaves Unicode Vietnamese alone, composed or decomposed (NFD)', () => {
    expect(detectLegacyEncoding(PARAGRAPH)).toBeUndefined();
    expect(detectLegacyEncoding(UNICODE_HEADER)).toBeUndefined();
    expect(detectLegacyEncoding(HEADER.join('\n'))).toBeUndefined();
    expect(detectLegacyEncoding(PARAGRAPH.toUpperCase())).toBeUndefined();
    expect(detectLegacyEncoding(PARAGRAPH.normalize('NFD'))).toBeUndefined();
    expect(detectLegacyEncoding(UNICODE_HEADER.normalize('NFD'))).toBeUndefined();
  });

  it('leaves English, other languages and stray Latin-1 symbols alone', () => {
    expect(detectLegacyEncoding('The committee approved the plan on 5 March 2009. See the annex.')).toBeUndefined();
    expect(detectLegacyEncoding('Copyright © 2024 Acme Ltd. See § 3 and § 4.')).toBeUndefined();
    expect(detectLegacyEncoding('Bản quyền © 2024 Sở Nội vụ; xem § 3 Điều 5.')).toBeUndefined();
    expect(detectLegacyEncoding('Home · Contact · © 2024 · a 5 µm film, 20 °C, ±2 ®')).toBeUndefined();
    expect(detectLegacyEncoding('Où est la gare ? Voilà, déjà à Noël, naïve café, Müller, año.')).toBeUndefined();
    expect(detectLegacyEncoding('')).toBeUndefined();
  });
});

describe('convertLegacy', () => {
  it('converts a TCVN3 document header to the exact Unicode', () => {
    const tcvn3 = [
      'Uû ban nh©n d©n',
      'tØnh Hµ Nam',
      'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
      '§éc lËp - Tù do - H¹nh phóc',
      'Sè: 15/Q§-UBND',
      'Hµ Nam, ngµy 20 th¸ng 3 n¨m 2009',
      'QUYÕT §ÞNH',
      'VÒ viÖc khen th\u00ADëng thµnh tÝch xuÊt s¾c',
    ];
    expect(convertLegacy(tcvn3.join('\n'), 'tcvn3')).toBe(HEADER.join('\n'));
  });

  it('gives the capitals back to lines typed in the .VnTimeH font', () => {
    expect(convertLegacy('Uû BAN NH¢N D¢N TØNH Hµ NAM', 'tcvn3')).toBe('UỶ BAN NHÂN DÂN TỈNH HÀ NAM');
    expect(convertLegacy('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('Bé T¦ PH¸P', 'tcvn3')).toBe('BỘ TƯ PHÁP');
    expect(convertLegacy('CHñ TÞCH UBND TØNH', 'tcvn3')).toBe('CHỦ TỊCH UBND TỈNH');
  });

  it('keeps title case and acronyms as they are (.VnTime)', () => {
    expect(convertLegacy('Së Néi Vô', 'tcvn3')).toBe('Sở Nội Vụ');
    expect(convertLegacy('Sè: 15/Q§-UBND', 'tcvn3')).toBe('Số: 15/QĐ-UBND');
    expect(convertLegacy('¤ng NguyÔn V¨n §«ng, ¥n, ¦u, ¡n, ¢u, £m', 'tcvn3')).toBe(
      'Ông Nguyễn Văn Đông, Ơn, Ưu, Ăn, Âu, Êm',
    );
  });

  it('converts a VNI document header to the exact Unicode', () => {
    const vni = [
      'UÛY BAN NHAÂN DAÂN TÆNH HAØ NAM',
      'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM',
      'Ñoäc laäp - Töï do - Haïnh phuùc',
      'Soá: 15/QÑ-UBND',
      'Haø Nam, ngaøy 20 thaùng 3 naêm 2009',
      'QUYEÁT ÑÒNH',
      'Veà vieäc khen thöôûng thaønh tích xuaát saéc',
      'Uûy ban nhaân daân tænh',
    ];
    expect(convertLegacy(vni.join('\n'), 'vni')).toBe(
      [
        'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 15/QĐ-UBND',
        'Hà Nam, ngày 20 tháng 3 năm 2009',
        'QUYẾT ĐỊNH',
        'Về việc khen thưởng thành tích xuất sắc',
        'Ủy ban nhân dân tỉnh',
      ].join('\n'),
    );
  });

  it('converts whole paragraphs back to what was typed', () => {
    expect(convertLegacy(encode(PARAGRAPH, 'vnTime'), 'tcvn3')).toBe(PARAGRAPH);
    expect(convertLegacy(encode(PARAGRAPH.toUpperCase(), 'vnTimeH'), 'tcvn3')).toBe(PARAGRAPH.toUpperCase());
    expect(convertLegacy(encode(PARAGRAPH, 'vni'), 'vni')).toBe(PARAGRAPH);
    expect(convertLegacy(encode(PARAGRAPH.toUpperCase(), 'vni'), 'vni')).toBe(PARAGRAPH.toUpperCase());
  });

  it('keeps ASCII and characters outside the tables, and gives NFC', () => {
    const ascii = 'Report 15/QD-UBND (2009): "A & B" -> 100% {ok} [x] #1 ~`^|\\';
    expect(convertLegacy(ascii, 'tcvn3')).toBe(ascii);
    expect(convertLegacy(ascii, 'vni')).toBe(ascii);
    expect(convertLegacy('“Hµ Nam” – 20 °C\u00A0€', 'tcvn3')).toBe('“Hà Nam” – 20 °C\u00A0€');
    const out = convertLegacy(encode(PARAGRAPH, 'vni'), 'vni');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('every letter survives a round trip', () => {
  it('has the reference tables complete', () => {
    expect(LETTERS).toHaveLength(67);
    expect(new Set(LETTERS.map((l) => l.toUpperCase())).size).toBe(67);
    expect(TCVN3).toHaveLength(67);
    expect(new Set(TCVN3).size).toBe(67);
    expect(VNI).toHaveLength(67);
    expect(new Set(VNI).size).toBe(67);
  });

  /** The letters that do not come back, as "expected <- got", so a failure names them. */
  function lost(letters: string[], style: Style, encoding: 'tcvn3' | 'vni', word: (l: string) => string): string[] {
    return letters.flatMap((l) => {
      const got = convertLegacy(encode(word(l), style), encoding);
      return got === word(l) ? [] : [`${word(l)} <- ${got}`];
    });
  }
  const capitals = LETTERS.map((l) => l.toUpperCase());
  const alone = (l: string) => l;

  it('TCVN3, 67 lowercase letters (.VnTime), alone and in a word', () => {
    expect(lost(LETTERS, 'vnTime', 'tcvn3', alone)).toEqual([]);
    expect(lost(LETTERS, 'vnTime', 'tcvn3', (l) => `tr${l}ng`)).toEqual([]);
  });

  it('TCVN3, 67 capitals (.VnTimeH) in a word in capitals, typed either way', () => {
    expect(lost(capitals, 'vnTimeH', 'tcvn3', (l) => `TR${l}NG`)).toEqual([]);
    expect(lost(capitals, 'vnTimeHLower', 'tcvn3', (l) => `TR${l}NG`)).toEqual([]);
    expect(lost(capitals, 'vnTimeHLower', 'tcvn3', (l) => `BAN ${l} NAM`)).toEqual([]);
  });

  it('VNI, 67 lowercase letters, alone and in a word', () => {
    expect(lost(LETTERS, 'vni', 'vni', alone)).toEqual([]);
    expect(lost(LETTERS, 'vni', 'vni', (l) => `tr${l}ng`)).toEqual([]);
  });

  it('VNI, 67 capitals, with the mark in capitals or not', () => {
    expect(lost(capitals, 'vni', 'vni', alone)).toEqual([]);
    expect(lost(capitals, 'vniMixed', 'vni', alone)).toEqual([]);
    expect(lost(capitals, 'vni', 'vni', (l) => `TR${l}NG`)).toEqual([]);
  });
});

describe('toUnicode', () => {
  it('detects and converts in one step', () => {
    expect(toUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toEqual({
      text: 'Cộng hoà xã hội chủ nghĩa Việt Nam',
      encoding: 'tcvn3',
    });
    expect(toUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
      encoding: 'vni',
    });
  });

  it('returns other text unchanged, without an encoding', () => {
    for (const text of [PARAGRAPH, UNICODE_HEADER, 'Copyright © 2024. See § 3.', PARAGRAPH.normalize('NFD')]) {
      const result = toUnicode(text);
      expect(result.text).toBe(text);
      expect('encoding' in result).toBe(false);
    }
  });
});
