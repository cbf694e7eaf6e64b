import { describe, expect, it } from 'vitest';
import DocumentMeta from '../../src/components/documents/DocumentMeta.astro';
import DocumentRow from '../../src/components/documents/DocumentRow.astro';
import { entry } from '../helpers/entries.ts';
import { renderToDOM, text } from '../helpers/render.ts';

const issuer = entry('organizations', 'ubnd-tinh-lam-dong', {
  name: 'Ủy ban nhân dân tỉnh Lâm Đồng',
  shortName: 'UBND tỉnh',
  kind: 'ubnd',
});
const campaign = entry('campaigns', 'thi-dua-2026', {
  title: 'Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2026',
  kind: 'thuong-xuyen',
  launchedBy: 'ubnd-tinh-lam-dong',
  launchedAt: '2026-01-05',
  period: { start: '2026-01-01', end: '2026-12-31' },
});

const full = entry('documents', 'ke-hoach-02', {
  title: 'Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
  kind: 'ke-hoach',
  number: '02/KH-UBND',
  issuedAt: '2026-02',
  place: 'Lâm Đồng',
  issuer: 'ubnd-tinh-lam-dong',
  signer: { name: 'Trần Văn Bình', title: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' },
  fields: ['Thi đua, khen thưởng', 'Chuyển đổi số'],
  campaigns: ['thi-dua-2026'],
  publishedAt: '2026-03-02',
});

describe('DocumentMeta', () => {
  it('shows number, kind, partial date as known, issuer, signer with authority, fields and campaigns', async () => {
    const { $ } = await renderToDOM(DocumentMeta, { doc: full, issuer, campaigns: [campaign] });
    const row = (label: string) => text($(`dt:contains("${label}")`).next('dd').text());
    expect(row('Số, ký hiệu')).toBe('02/KH-UBND');
    expect(row('Loại văn bản')).toBe('Kế hoạch');
    expect($('dt:contains("Loại văn bản") + dd a').attr('href')).toBe('/van-ban/loai/ke-hoach/');
    // A month-only date is shown as such, never with an invented day.
    expect(row('Ngày ban hành')).toBe('tháng 02 năm 2026 (Lâm Đồng)');
    expect($('dt:contains("Ngày ban hành") + dd time').attr('datetime')).toBe('2026-02');
    expect(row('Cơ quan ban hành')).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
    expect($('dt:contains("Cơ quan ban hành") + dd a').attr('href')).toBe('/co-quan/ubnd-tinh-lam-dong/');
    expect(row('Người ký')).toBe('Trần Văn Bình, Phó Chủ tịch (KT. Chủ tịch)');
    expect(row('Lĩnh vực')).toBe('Thi đua, khen thưởng; Chuyển đổi số');
    expect($('dt:contains("Phong trào") + dd a').attr('href')).toBe('/phong-trao/thi-dua-2026/');
    expect(row('Ngày đăng')).toBe('ngày 02 tháng 3 năm 2026');
  });

  it('says plainly when the published copy has no number, and omits empty rows', async () => {
    const bare = entry('documents', 'cong-van', {
      title: 'Về việc báo cáo',
      kind: 'cong-van',
      issuedAt: '2025',
      issuer: 'ubnd-tinh-lam-dong',
    });
    const { $ } = await renderToDOM(DocumentMeta, { doc: bare, issuer, campaigns: [] });
    expect(text($('dt:contains("Số, ký hiệu") + dd').text())).toBe('Không ghi số trên bản công bố');
    expect(text($('dt:contains("Ngày ban hành") + dd').text())).toBe('năm 2025');
    expect($('dt:contains("Người ký")')).toHaveLength(0);
    expect($('dt:contains("Phong trào")')).toHaveLength(0);
    expect($('dt:contains("Ngày đăng")')).toHaveLength(0);
  });
});

describe('DocumentRow', () => {
  it('lists kind, number, date, issuer and a linked title, with spaces kept between inline parts', async () => {
    const { $ } = await renderToDOM(DocumentRow, { doc: full, issuer });
    expect($('h3 a').attr('href')).toBe('/van-ban/ke-hoach-02/');
    expect(text($('h3').text())).toBe('Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026');
    expect(text($('.meta').text())).toBe('Kế hoạch Số 02/KH-UBND 02/2026 UBND tỉnh');
  });
  it('takes the heading level it is given', async () => {
    const { $ } = await renderToDOM(DocumentRow, { doc: full, issuer, headingLevel: 2 });
    expect($('h2 a')).toHaveLength(1);
  });
});
