import { describe, expect, it } from 'vitest';
import { extractAwardees } from '../../src/lib/import/awardees.ts';
import { parsePlaceDate } from '../../src/lib/import/dates.ts';
import { extractDeadlines, findDeadlineDates } from '../../src/lib/import/deadlines.ts';
import { htmlToLines } from '../../src/lib/import/docx.ts';
import { findCitations, kindFromSuffix, parseHeader, parseNumber } from '../../src/lib/import/header.ts';
import { issuerCode } from '../../src/vocabulary/document-number.ts';
import { removeLeftovers } from '../../src/lib/import/leftovers.ts';
import { createOrgMatcher, properName } from '../../src/lib/import/organizations.ts';
import { extractRecipients } from '../../src/lib/import/recipients.ts';
import { blocksToMarkdown, toBlocks } from '../../src/lib/import/sections.ts';
import { extractSigner, officeCase } from '../../src/lib/import/signer.ts';
import { shortSlug } from '../../src/lib/import/slug.ts';
import { normalizeText, paragraphs, plain } from '../../src/lib/import/text.ts';

const library = {
  province: 'Lâm Đồng',
  documents: [],
  organizations: [
    { slug: 'ubnd-tinh-lam-dong', name: 'Ủy ban nhân dân tỉnh Lâm Đồng', shortName: 'UBND tỉnh', kind: 'ubnd' },
    { slug: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Lâm Đồng', shortName: 'Sở Nội vụ', kind: 'so-nganh' },
    {
      slug: 'hoi-dong-tdkt',
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Lâm Đồng',
      shortName: 'Hội đồng TĐ-KT tỉnh',
      kind: 'hoi-dong',
    },
    { slug: 'so-gd', name: 'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng', shortName: 'Sở GD&ĐT', kind: 'so-nganh' },
  ],
};
const orgs = createOrgMatcher(library);

describe('text normalisation', () => {
  it('gives NFC, plain spaces, no invisible characters, one blank line at most', () => {
    const nfd = 'Ke\u0302\u0301 hoa\u0323ch\u00A0\u00A0so\u0302\u0301\t02\u200B\r\n\r\n\r\n\r\n  Đo\u0302\u0300ng  ';
    expect(normalizeText(nfd)).toBe('Kế hoạch số 02\n\nĐồng');
    expect(paragraphs('a\n\n\nb\n')).toEqual(['a', 'b']);
  });
  it('strips emphasis for recognition but keeps other characters', () => {
    expect(plain('**Số: 02/KH-UBND**')).toBe('Số: 02/KH-UBND');
    expect(plain('- *Sở Y tế*: báo cáo')).toBe('- Sở Y tế: báo cáo');
    expect(plain('Lưu: VT, NV_(MT).')).toBe('Lưu: VT, NV_(MT).');
  });
  it('folds Vietnamese in slugs, đ included', () => {
    expect(shortSlug('Kế hoạch Đại hội thi đua ĐẮK MIL')).toBe('ke-hoach-dai-hoi-thi-dua-dak-mil');
    const long = shortSlug(
      'Kế hoạch tổ chức Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2021 và triển khai nhiệm vụ năm 2022',
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^ke-hoach-to-chuc-hoi-nghi-truc-tuyen-.*[a-z0-9]$/);
  });
});

describe('header', () => {
  it('reads numbers, blank numbers and their kind codes', () => {
    expect(parseNumber('02/KH-HĐTĐKT')).toEqual({ number: '02/KH-HĐTĐKT', suffix: 'KH-HĐTĐKT' });
    expect(parseNumber('32/2023/QĐ-UBND')).toEqual({ number: '32/2023/QĐ-UBND', suffix: 'QĐ-UBND' });
    expect(parseNumber(' /KH-UBND')).toEqual({ suffix: 'KH-UBND' });
    expect(parseNumber('…… /TB-UBND')).toEqual({ suffix: 'TB-UBND' });
    expect(kindFromSuffix('KH-UBND')).toBe('ke-hoach');
    expect(kindFromSuffix('SNV-TĐKT')).toBe('cong-van');
  });
  it('reads place and partial dates', () => {
    expect(parsePlaceDate('Ninh Thuận, ngày   tháng 02 năm 2022')).toEqual({ place: 'Ninh Thuận', date: '2022-02' });
    expect(parsePlaceDate('Đà Lạt, ngày 07 tháng 3 năm 2022')).toEqual({ place: 'Đà Lạt', date: '2022-03-07' });
    expect(parsePlaceDate('Lâm Đồng, ngày ... tháng ... năm 2026')).toEqual({ place: 'Lâm Đồng', date: '2026' });
  });
  it('reads kind and trích yếu, with the motto beside the issuer', () => {
    const h = parseHeader(
      paragraphs(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND Lâm Đồng, ngày 03 tháng 01 năm 2027
QUYẾT ĐỊNH
Về việc công nhận danh hiệu
“Tập thể lao động xuất sắc”
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Thi đua, khen thưởng;`),
    );
    expect(h).toMatchObject({
      kind: 'quyet-dinh',
      title: 'Quyết định về việc công nhận danh hiệu “Tập thể lao động xuất sắc”',
      number: '12/QĐ-UBND',
      issuedAt: '2027-01-03',
      place: 'Lâm Đồng',
      issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'],
      authorityLines: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'],
      bodyStart: 7,
    });
  });
  it('finds a document cited inside an article', () => {
    const [c] = findCitations(
      'Hội đồng vừa ban hành Kế hoạch số 02/KH-HĐTĐKT ngày 07/3/2022 về tổ chức Hội thi tìm hiểu pháp luật; theo đó ...',
    );
    expect(c).toMatchObject({
      kind: 'ke-hoach',
      number: '02/KH-HĐTĐKT',
      issuedAt: '2022-03-07',
      about: 'tổ chức Hội thi tìm hiểu pháp luật',
    });
  });
});

describe('organizations', () => {
  it('matches capitals, abbreviations and names without the province', () => {
    expect(orgs.match('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG')?.slug).toBe('ubnd-tinh-lam-dong');
    expect(orgs.match('UBND tỉnh Lâm Đồng')?.slug).toBe('ubnd-tinh-lam-dong');
    expect(orgs.match('SỞ NỘI VỤ')?.slug).toBe('so-noi-vu');
    expect(orgs.match('Hội đồng TĐ-KT tỉnh')?.slug).toBe('hoi-dong-tdkt');
    expect(orgs.match('Sở GD&ĐT')?.slug).toBe('so-gd');
    expect(orgs.matchPrefix('Sở Nội vụ chủ trì, phối hợp')?.slug).toBe('so-noi-vu');
  });
  it("matches the issuer code of a number, with the place for a People's Committee", () => {
    expect(orgs.matchCode('SNV')?.slug).toBe('so-noi-vu');
    expect(orgs.matchCode('SGDĐT')?.slug).toBe('so-gd');
    expect(orgs.matchCode('HĐTĐKT')?.slug).toBe('hoi-dong-tdkt');
    expect(issuerCode('KH-SNV')).toBe('SNV');
    expect(issuerCode('SNV-TĐKT')).toBe('SNV');
    const many = createOrgMatcher({
      ...library,
      organizations: [...library.organizations, { slug: 'ubnd-xa-a', name: 'Ủy ban nhân dân xã Đạ Tông', kind: 'xa' }],
    });
    expect(many.matchCode('UBND')).toBeUndefined();
    expect(many.matchCode('UBND', 'Đạ Tông')?.slug).toBe('ubnd-xa-a');
    expect(many.matchCode('UBND', 'Lâm Đồng')?.slug).toBe('ubnd-tinh-lam-dong');
    expect(many.matchCode('UBND', 'Ninh Thuận')).toBeUndefined();
  });

  it('does not take a bare or foreign name for ours', () => {
    expect(orgs.match('Ủy ban nhân dân')).toBeUndefined();
    expect(orgs.match('Ủy ban nhân dân tỉnh Ninh Thuận')).toBeUndefined();
    expect(orgs.match('Văn phòng Ủy ban nhân dân tỉnh')).toBeUndefined();
  });
  it('gives capitals their usual case', () => {
    expect(properName('ỦY BAN NHÂN DÂN TỈNH NINH THUẬN')).toBe('Ủy ban nhân dân tỉnh Ninh Thuận');
    expect(properName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    expect(properName('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG THÀNH PHỐ ĐÀ LẠT')).toBe(
      'Hội đồng Thi đua - Khen thưởng thành phố Đà Lạt',
    );
    expect(officeCase('KT. CHỦ TỊCH')).toBe('KT. Chủ tịch');
    expect(officeCase('PHÓ GIÁM ĐỐC')).toBe('Phó Giám đốc');
  });
});

describe('body', () => {
  it('keeps Markdown headings of a .md file, numbered or not', () => {
    expect(
      blocksToMarkdown(toBlocks(paragraphs('## I. Mục đích\n\nNâng cao kỹ năng.\n\n## Ghi chú\n\n### 1. Tài liệu'))),
    ).toBe('## I. Mục đích\n\nNâng cao kỹ năng.\n\n## Ghi chú\n\n### 1. Tài liệu\n');
  });

  it('turns sections into headings and lists, keeps bold and italics, joins page breaks', () => {
    const md = blocksToMarkdown(
      toBlocks(
        paragraphs(`I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Biểu dương **kịp thời** các điển hình;
+ ở cơ sở;
+ trong doanh nghiệp.
2. Yêu cầu
Việc xét chọn bảo đảm công khai, dân chủ, cần kiểm tra, đánh giá, sơ
kết kịp thời (*theo quy định*).
a) Tại tỉnh:
1. Khai mạc.
2. Phát biểu chỉ đạo.
Điều 1. Tặng Bằng khen.`),
      ),
    );
    expect(md).toBe(`## I. MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

- Biểu dương **kịp thời** các điển hình;
  - ở cơ sở;
  - trong doanh nghiệp.

### 2. Yêu cầu

Việc xét chọn bảo đảm công khai, dân chủ, cần kiểm tra, đánh giá, sơ kết kịp thời (*theo quy định*).

#### a) Tại tỉnh

1. Khai mạc.
2. Phát biểu chỉ đạo.

**Điều 1.** Tặng Bằng khen.
`);
  });

  it('finds deadlines with their unit from the section', () => {
    expect(findDeadlineDates('Gửi báo cáo trước ngày 10/01/2025.')).toEqual(['2025-01-10']);
    expect(findDeadlineDates('Báo cáo chậm nhất vào ngày 15/01/2025.')).toEqual(['2025-01-15']);
    expect(findDeadlineDates('Nộp hồ sơ trước 17 giờ ngày 05 tháng 02 năm 2025.')).toEqual(['2025-02-05']);
    expect(findDeadlineDates('Các đơn vị hoàn thành trong tháng 01/2025.')).toEqual(['2025-01']);
    expect(findDeadlineDates('Gửi trước ngày 10/01.', 2024, '2024-12-20')).toEqual(['2025-01-10']);
    expect(findDeadlineDates('Hội nghị từ ngày 22/02/2022 đến 25/02/2022.')).toEqual([]);
    const blocks = toBlocks(
      paragraphs(`IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:
- Tổng hợp danh sách đề nghị khen thưởng, trình Hội đồng trước ngày 10/01/2025.
2. Các cơ quan, đơn vị:
- Báo cáo trước ngày 05/01/2025.`),
    );
    expect(extractDeadlines(blocks, orgs, '2024-12-01')).toEqual([
      {
        date: '2025-01-10',
        task: 'Tổng hợp danh sách đề nghị khen thưởng, trình Hội đồng trước ngày 10/01/2025',
        assignee: 'so-noi-vu',
      },
      { date: '2025-01-05', task: 'Các cơ quan, đơn vị: Báo cáo trước ngày 05/01/2025' },
    ]);
  });

  it('reads awardees of a decision, grouped or by honorific', () => {
    const blocks = toBlocks(
      paragraphs(`Điều 1. Tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho 02 cá nhân:
- Ông Phan Văn Lộc, Trưởng phòng Nghiệp vụ, Sở Nội vụ;
- Bà Y Blim, giáo viên Trường Tiểu học Đạ Tông.
Điều 2. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho:
a) Tập thể:
- Hợp tác xã Rau sạch Đà Lạt, phường Lâm Viên;
Điều 3. Quyết định có hiệu lực kể từ ngày ký.`),
    );
    expect(extractAwardees(blocks)).toEqual([
      {
        name: 'Phan Văn Lộc',
        kind: 'ca-nhan',
        unit: 'Trưởng phòng Nghiệp vụ, Sở Nội vụ',
        award: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
      },
      {
        name: 'Y Blim',
        kind: 'ca-nhan',
        unit: 'giáo viên Trường Tiểu học Đạ Tông',
        award: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
      },
      {
        name: 'Hợp tác xã Rau sạch Đà Lạt',
        kind: 'tap-the',
        unit: 'phường Lâm Viên',
        award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      },
    ]);
  });
});

describe('closing', () => {
  it('separates recipients from a signature block interleaved with them', () => {
    const lines = paragraphs(`Quyết định có hiệu lực kể từ ngày ký./.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Như Điều 3; KT. CHỦ TỊCH
- Thường trực Tỉnh ủy; (b/c)
- Lưu: VT, NV. PHÓ CHỦ TỊCH
(Đã ký)
Lê Thị Hoài An`);
    const rec = extractRecipients(lines);
    expect(rec.recipients).toEqual(['Như Điều 3', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, NV']);
    const sig = extractSigner(rec.lines);
    expect(sig.signer).toEqual({
      name: 'Lê Thị Hoài An',
      title: 'Phó Chủ tịch',
      authority: 'TM. Ủy ban nhân dân, KT. Chủ tịch',
    });
    expect(sig.lines).toEqual(['Quyết định có hiệu lực kể từ ngày ký./.']);
  });
  it('removes web-page leftovers and keeps the text', () => {
    const { lines, removed } = removeLeftovers(
      paragraphs(
        `Tiêu đề bài\nĐoạn một.\nĐoạn hai.\nChi tiết văn bản xem tại đây\nIn bài viết\nĐoạn ba.\nCác tin khác\nMột tin khác\nPhản hồi\nHọ và tên:`,
      ),
    );
    expect(lines).toEqual(['Tiêu đề bài', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    expect(removed).toEqual(['Các tin khác', 'Phản hồi', 'Chi tiết văn bản xem tại đây', 'In bài viết']);
  });
});

describe('docx html', () => {
  it('keeps bold and italics with spaces outside the markers, reads layout tables cell by cell', () => {
    const lines = htmlToLines(
      '<table><tr><td><p><strong>SỞ NỘI VỤ</strong></p></td><td><p><em>Lâm Đồng, ngày 02 tháng 3 năm 2027</em></p></td></tr></table>' +
        '<p><strong>Điều 1. </strong>Tặng <strong>Bằng</strong><strong> khen</strong> cho <em> 02 </em>tập thể &amp; cá nhân.</p>' +
        '<ol><li>Khai mạc</li><li>Bế mạc</li></ol>' +
        '<table><tr><td><p>STT</p></td><td><p>Họ và tên</p></td><td><p>Đơn vị</p></td></tr></table>',
    );
    expect(lines).toEqual([
      '**SỞ NỘI VỤ**',
      '*Lâm Đồng, ngày 02 tháng 3 năm 2027*',
      '**Điều 1.** Tặng **Bằng khen** cho *02* tập thể & cá nhân.',
      '1. Khai mạc',
      '2. Bế mạc',
      '| STT | Họ và tên | Đơn vị |',
    ]);
  });
});
