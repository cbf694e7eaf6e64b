/**
 * News articles as portals show them: the page's top bar, breadcrumbs and category
 * label above the headline, the date line, the dateline of the lead, the byline at the
 * end, the document the article reports on. Every example is made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { leadDate } from '../../src/lib/import/dates.ts';
import { importText, type EntryDraft } from '../../src/lib/import/index.ts';
import type { Library } from '../../src/lib/import/library.ts';
import { removeLeftovers } from '../../src/lib/import/leftovers.ts';
import { bylineAuthor, caseFromText, dateLineDate, parseArticle } from '../../src/lib/import/news.ts';

const today = '2027-06-01';
const emptyLibrary = (): Library => ({ organizations: [], documents: [], province: 'Lâm Đồng' });
const entries = (text: string, library = emptyLibrary()): EntryDraft[] => importText(text, library, { today }).entries;
const news = (text: string, library?: Library) => entries(text, library)[0]!;
const marked = (e: EntryDraft, field: string) => (e.comments[field] ?? '').startsWith('CẦN SỬA');

const BODY = [
  'Sáng nay, hơn 80 đoàn viên của Chi đoàn thôn Suối Mây đã ra quân dọn vệ sinh tuyến đường liên thôn, trồng thêm 300 cây xanh và sơn lại hàng rào trường mẫu giáo.',
  'Anh Trần Minh Khoa, Bí thư Chi đoàn cho biết phong trào sẽ được duy trì vào sáng Chủ nhật hằng tuần cho đến hết năm.',
];

describe('page leftovers around an article', () => {
  it('drops rows of page tools, the "tại đây" link with its end mark and the attached file line', () => {
    const { lines, removed } = removeLeftovers([
      'Hội thi cắm hoa nghệ thuật mừng Ngày Phụ nữ Việt Nam',
      ...BODY,
      'Xem toàn văn Thông báo [tại đây](https://example.vn/tb.pdf)./.',
      'Tệp đính kèm: [thong-bao-12.pdf](https://example.vn/thong-bao-12.pdf)',
      '[In trang](javascript:window.print()) · [Chia sẻ](https://example.vn/share?u=x)',
      'Chia sẻ: Facebook Zalo Twitter',
      'In bài viết | Gửi email | Lượt xem: 1.204',
      'Cỡ chữ Đầu trang',
    ]);
    expect(lines).toEqual(['Hội thi cắm hoa nghệ thuật mừng Ngày Phụ nữ Việt Nam', ...BODY]);
    expect(removed).toHaveLength(6);
  });

  it('keeps a sentence that merely mentions sharing or printing', () => {
    const line = 'Chia sẻ kinh nghiệm in ấn tài liệu tuyên truyền, các đại biểu đề nghị tăng kinh phí.';
    expect(removeLeftovers(['Tiêu đề bài', 'Đoạn một của bài.', 'Đoạn hai của bài.', line]).lines).toContain(line);
  });
});

describe('the headline', () => {
  it('skips the top bar, the breadcrumb, a category label and Markdown heading marks', () => {
    const a = parseArticle([
      'Chủ nhật, 14/03/2027 Liên hệ | Sơ đồ trang | RSS',
      'Trang nhất',
      'Tin tức - Sự kiện',
      'Thanh niên tình nguyện',
      '### Chi đoàn thôn Suối Mây ra quân “Ngày Chủ nhật xanh”',
      'Thứ Bảy, 13/03/2027 - 16:45 | Thanh niên tình nguyện',
      ...BODY,
    ]);
    expect(a.title).toBe('Chi đoàn thôn Suối Mây ra quân “Ngày Chủ nhật xanh”');
    expect(a.publishedAt).toBe('2027-03-13');
    expect(a.publishedDoubt).toBeUndefined();
    expect(a.summary).toBe(BODY[0]);
  });

  it('reads a breadcrumb of links as navigation, and a label above the headline as a label', () => {
    const e = news(
      [
        '[Trang nhất](https://example.vn/) › [Gương sáng](https://example.vn/guong-sang) › Người tốt việc tốt',
        'Gương sáng',
        'Bà Hoàng Thị Sen và 20 năm nấu cháo miễn phí cho bệnh nhân nghèo',
        ...BODY,
      ].join('\n'),
    );
    expect(e.data.title).toBe('Bà Hoàng Thị Sen và 20 năm nấu cháo miễn phí cho bệnh nhân nghèo');
  });

  it('takes a short headline when the text follows it', () => {
    expect(parseArticle(['Ngày hội đọc sách', ...BODY]).title).toBe('Ngày hội đọc sách');
  });

  it('sentence-cases a headline in capitals, with the capitals the text gives its names', () => {
    const a = parseArticle([
      'TRAO DANH HIỆU “NGHỆ NHÂN ƯU TÚ” CHO BÀ KA HIÊN Ở XÃ ĐẠ TÔNG',
      'Cập nhật lúc 08:30 ngày 02/4/2027',
      'Chủ tịch nước vừa ký quyết định tặng danh hiệu “Nghệ nhân ưu tú” cho bà Ka Hiên, người giữ nghề dệt thổ cẩm ở xã Đạ Tông.',
      'Bà Ka Hiên cho biết sẽ mở thêm lớp dạy dệt cho thanh niên trong xã Đạ Tông.',
      'PV',
    ]);
    expect(a.title).toBe('Trao danh hiệu “Nghệ nhân ưu tú” cho bà Ka Hiên ở xã Đạ Tông');
    expect(a.titleDoubt).toBeUndefined();
    expect(a.publishedAt).toBe('2027-04-02');
    expect(a.author).toBe('PV');
  });

  it('marks a headline in capitals whose words the text never writes where their case shows', () => {
    const r = caseFromText('KHEN THƯỞNG ĐỘI BÓNG PHÚ HƯNG', 'Đội bóng đã giành chức vô địch.');
    expect(r.title).toBe('Khen thưởng đội bóng phú hưng');
    // "Đội" opens the sentence: its capital says nothing either.
    expect(r.unsure).toEqual(['thưởng', 'đội', 'phú', 'hưng']);
    const e = news(['KHEN THƯỞNG ĐỘI BÓNG PHÚ HƯNG', 'Ngày đăng: 09/5/2027', ...BODY, 'Minh Thư'].join('\n'));
    expect(e.collection).toBe('news');
    expect(marked(e, 'title')).toBe(true);
  });

  it('does not trust a capital at the start of a sentence', () => {
    const r = caseFromText('HỘI THI TÌM HIỂU LỊCH SỬ ĐỊA PHƯƠNG', 'Hội thi tìm hiểu lịch sử địa phương kết thúc.');
    expect(r.title).toBe('Hội thi tìm hiểu lịch sử địa phương');
    expect(r.unsure).toEqual([]);
  });
});

describe('the date of publication', () => {
  it('reads date lines in the forms portals write them', () => {
    expect(dateLineDate('Đăng ngày: 03/02/2027 07:05')).toBe('2027-02-03');
    expect(dateLineDate('*Thứ Tư, 3/2/2027*')).toBe('2027-02-03');
    expect(dateLineDate('03/02/2027 07:05 | Lượt xem: 88')).toBe('2027-02-03');
    expect(dateLineDate('Thứ Tư, 03/02/2027 - 07:05 | Văn hóa - Xã hội')).toBe('2027-02-03');
    expect(dateLineDate('Ngày 03/02/2027, đoàn công tác đến thăm các hộ nghèo.')).toBeUndefined();
  });

  it('prefers the article’s own date line to the top bar’s date', () => {
    const e = news(
      [
        'Thứ Năm, 20/05/2027 Liên hệ | RSS',
        'Ra mắt câu lạc bộ dưỡng sinh người cao tuổi',
        'Thứ Ba, 18/05/2027 10:00',
        ...BODY,
      ].join('\n'),
    );
    expect(e.data.publishedAt).toBe('2027-05-18');
    expect(marked(e, 'publishedAt')).toBe(false);
  });

  it('marks the top bar’s date when it is the only one', () => {
    const e = news(
      ['Thứ Năm, 20/05/2027 Liên hệ | RSS', 'Ra mắt câu lạc bộ dưỡng sinh người cao tuổi', ...BODY].join('\n'),
    );
    expect(e.data.publishedAt).toBe('2027-05-20');
    expect(marked(e, 'publishedAt')).toBe(true);
  });

  it('reads the dateline of the lead', () => {
    expect(leadDate('Chiều 4-5, tại hội trường xã, ...')).toEqual({ day: 4, month: 5, year: undefined });
    expect(leadDate('Sáng thứ Hai (12/4), Ban Chỉ huy Quân sự ...')).toEqual({ day: 12, month: 4, year: undefined });
    expect(leadDate('Ngày 8 tháng 3 năm 2027, Hội Liên hiệp Phụ nữ ...')).toEqual({ day: 8, month: 3, year: 2027 });
    expect(leadDate('Ngày 31/4, ...')).toBeUndefined();
    expect(leadDate('Trong hai ngày 3 và 4/5, ...')).toBeUndefined();
    const e = news(
      [
        'Hội Cựu chiến binh xã trao 5 căn nhà nghĩa tình',
        'Ngày 14/4/2027, Hội Cựu chiến binh xã Phước Sơn bàn giao 5 căn nhà nghĩa tình cho hội viên khó khăn, mỗi căn trị giá 60 triệu đồng.',
        BODY[1],
      ].join('\n'),
    );
    expect(e.data.publishedAt).toBe('2027-04-14');
    expect(marked(e, 'publishedAt')).toBe(false);
  });

  it('takes the year of a dateline without one from the article when it writes a single year', () => {
    const e = news(
      [
        'Xã Phước Sơn sơ kết phong trào “Dân vận khéo” quý I năm 2027',
        'Chiều 28/3, xã Phước Sơn tổ chức sơ kết phong trào “Dân vận khéo”, biểu dương 12 mô hình tiêu biểu.',
        BODY[1],
      ].join('\n'),
    );
    expect(e.data.publishedAt).toBe('2027-03-28');
    expect(marked(e, 'publishedAt')).toBe(false);
  });

  it('marks the year when the article writes several, or reviews a year early in the next', () => {
    const several = news(
      [
        'Xã Phước Sơn triển khai kế hoạch giai đoạn 2026 - 2030',
        'Sáng 12/5, xã Phước Sơn triển khai kế hoạch xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2026 - 2030.',
        BODY[1],
      ].join('\n'),
    );
    // 2030 would put the date after today: the latest year before it stands in, marked.
    expect(several.data.publishedAt).toBe('2026-05-12');
    expect(marked(several, 'publishedAt')).toBe(true);
    const review = news(
      [
        'Hội Nông dân xã tổng kết công tác Hội năm 2026',
        'Sáng 10/01, Hội Nông dân xã Phước Sơn tổng kết công tác Hội và phong trào nông dân năm 2026.',
        BODY[1],
      ].join('\n'),
    );
    expect(review.data.publishedAt).toBe('2026-01-10');
    expect(marked(review, 'publishedAt')).toBe(true);
  });

  it('writes today as a marked stand-in when the article gives no date, and marks a date after today', () => {
    const none = news(['Mái ấm cho học trò vùng cao', ...BODY, 'Lan Chi'].join('\n'));
    expect(none.data.publishedAt).toBe(today);
    expect(none.comments.publishedAt).toMatch(/^CẦN SỬA: .*hôm nay/);
    expect(none.needsReview).toBe(true);
    const future = news(['Mái ấm cho học trò vùng cao', 'Đăng ngày: 02/06/2028', ...BODY].join('\n'));
    expect(future.data.publishedAt).toBe('2028-06-02');
    expect(marked(future, 'publishedAt')).toBe(true);
  });
});

describe('the byline', () => {
  it('reads the author at the end in the forms newsrooms sign', () => {
    expect(bylineAuthor('Bài, ảnh: Phạm Quốc Huy')).toBe('Phạm Quốc Huy');
    expect(bylineAuthor('**Lan Chi**')).toBe('Lan Chi');
    expect(bylineAuthor('CTV')).toBe('CTV');
    expect(bylineAuthor('Nhóm PV')).toBe('Nhóm PV');
    expect(bylineAuthor('Hồng Vân - Quốc Bảo')).toBe('Hồng Vân - Quốc Bảo');
    expect(bylineAuthor('Hồng Vân (Trung tâm Văn hóa huyện)')).toBe('Hồng Vân (Trung tâm Văn hóa huyện)');
    expect(bylineAuthor('Hội nghị kết thúc tốt đẹp.')).toBeUndefined();
  });

  it('does not take the name under a signature for a byline', () => {
    const a = parseArticle([
      'Thông báo lịch tiếp công dân tháng 6',
      'Đăng ngày: 28/05/2027',
      ...BODY,
      'CHỦ TỊCH',
      'Đỗ Văn Lâm',
    ]);
    expect(a.author).toBeUndefined();
  });

  it('finds the byline above the page’s share and print buttons', () => {
    const e = news(
      [
        'Mái ấm cho học trò vùng cao',
        'Đăng ngày: 12/05/2027',
        ...BODY,
        'Tin, ảnh: Lan Chi',
        'In bài viết | Chia sẻ',
        'Tin liên quan',
        'Một tin khác',
      ].join('\n'),
    );
    expect(e.data.author).toBe('Lan Chi');
    expect(e.body).not.toMatch(/Chia sẻ|Lan Chi|In bài viết/);
  });
});

describe('the document an article reports on', () => {
  const article = [
    'Ban Thi đua - Khen thưởng tỉnh triển khai khen thưởng cuối năm',
    'Thứ Hai, 08/11/2027',
    'Thực hiện Chỉ thị số 05/CT-UBND ngày 02/3/2027 của Ủy ban nhân dân tỉnh, Ban Thi đua - Khen thưởng tỉnh vừa ban hành Hướng dẫn số 14/HD-BTĐKT về khen thưởng tổng kết năm 2027.',
    'Theo Hướng dẫn ban hành ngày 05/11/2027, hồ sơ gửi về Ban trước ngày 15/12/2027.',
    'Các đơn vị cũng lưu ý Quyết định số 21/QĐ-UBND ngày 10/01/2025 về quy chế thi đua của tỉnh.',
    'Minh Thư',
  ];

  it('references the document the lead reports as issued, not one cited as its basis or in passing', () => {
    const [e, doc, org] = entries(article.join('\n'));
    expect(e!.collection).toBe('news');
    expect(e!.data.category).toBe('chi-dao');
    expect(doc).toMatchObject({ collection: 'documents', data: { number: '14/HD-BTĐKT', issuedAt: '2027-11-05' } });
    expect(e!.data.documents).toEqual([doc!.slug]);
    expect(org).toMatchObject({
      collection: 'organizations',
      data: { name: 'Ban Thi đua - Khen thưởng tỉnh Lâm Đồng' },
    });
  });

  it('lists the reported document first, then documents of the library cited further down', () => {
    const library = emptyLibrary();
    library.documents.push({
      slug: 'quy-che-thi-dua',
      kind: 'quyet-dinh',
      number: '21/QĐ-UBND',
      issuedAt: '2025-01-10',
      title: 'Quyết định ban hành Quy chế',
      issuer: 'ubnd-tinh-lam-dong',
    });
    const [e, doc] = entries(article.join('\n'), library);
    expect(e!.data.documents).toEqual([doc!.slug, 'quy-che-thi-dua']);
  });

  it('makes no document from a citation in passing', () => {
    const [e, ...rest] = entries(
      [
        'Mái ấm cho học trò vùng cao',
        'Đăng ngày: 12/05/2027',
        ...BODY,
        'Mô hình được nhắc đến trong Kế hoạch số 33/KH-UBND ngày 04/01/2027 của huyện.',
        'Lan Chi',
      ].join('\n'),
    );
    expect(rest.filter((x) => x.collection === 'documents')).toEqual([]);
    expect(e!.data.category).toBe('hoat-dong');
  });

  it('keeps a paragraph the copy doubled only once, and bounds a stand-in year by the article’s date', () => {
    const cite =
      'Thực hiện Kế hoạch số 09/KH-UBND của Ủy ban nhân dân xã Phước Sơn về phong trào “Ngày Chủ nhật xanh”, đến năm 2030 toàn xã phủ xanh các tuyến đường.';
    const [e, doc] = entries(
      ['Xã Phước Sơn ra quân “Ngày Chủ nhật xanh”', 'Đăng ngày: 12/05/2027', cite, cite, ...BODY, 'Lan Chi'].join('\n'),
    );
    expect(e!.data.summary).toBe(cite);
    expect(e!.body).not.toContain('Thực hiện Kế hoạch');
    expect(doc!.data).toMatchObject({ number: '09/KH-UBND', issuedAt: '2027' });
    expect(doc!.comments.issuedAt).toMatch(/^CẦN SỬA/);
  });

  it('reads the body that signed a decision for its issuer', () => {
    const [, doc, org] = entries(
      [
        'Tặng Bằng khen cho 7 tập thể phòng, chống thiên tai',
        'Ngày đăng: 20/10/2027',
        'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng vừa ký Quyết định số 1555/QĐ-UBND ngày 18/10/2027 tặng Bằng khen cho 7 tập thể có thành tích trong phòng, chống thiên tai.',
        ...BODY,
      ].join('\n'),
    );
    expect(doc!.data.number).toBe('1555/QĐ-UBND');
    expect(org!.data.name).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
  });
});

describe('a headline in capitals that names a kind of document', () => {
  const article = [
    'Trang chủ > Tin tức > Thi đua',
    'QUYẾT ĐỊNH KHEN THƯỞNG 12 TẬP THỂ TRONG PHONG TRÀO “XÃ HỘI HỌC TẬP”',
    'Đăng ngày: 03/03/2027 15:20',
    'Chủ tịch Ủy ban nhân dân tỉnh vừa ký Quyết định số 410/QĐ-UBND ngày 01/3/2027 khen thưởng 12 tập thể trong phong trào “Xã hội học tập”.',
    'Các tập thể được khen thưởng đều có mô hình học tập suốt đời được nhân rộng.',
    'Hoài An',
  ];

  it('is an article when it has no document header', () => {
    const e = news(article.join('\n'));
    expect(e.collection).toBe('news');
    expect(e.data.title).toBe('Quyết định khen thưởng 12 tập thể trong phong trào “Xã hội học tập”');
    expect(e.data.publishedAt).toBe('2027-03-03');
    expect(e.data.author).toBe('Hoài An');
  });

  it('is a document when the text has its header, the motto or its recipients', () => {
    const withMotto = ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Độc lập - Tự do - Hạnh phúc', ...article.slice(1)];
    expect(news(withMotto.join('\n')).collection).toBe('documents');
    const withRecipients = [...article.slice(1), 'Nơi nhận:', '- Như Điều 3;'];
    expect(news(withRecipients.join('\n')).collection).toBe('documents');
    const withNumber = ['Số: 410/QĐ-UBND', ...article.slice(1)];
    expect(news(withNumber.join('\n')).collection).toBe('documents');
  });
});
