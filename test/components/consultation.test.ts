/**
 * The consultation box (home page, honor roll) and the consultation section of a
 * document page: the legal basis is the entry's own, shown only when it has one, and the
 * working days left are counted from the build date.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import DocumentExtras from '../../src/components/documents/DocumentExtras.astro';
import ConsultationNotice from '../../src/components/honors/ConsultationNotice.astro';
import type { Doc } from '../../src/data/content.ts';
import { documentView } from '../../src/data/document-page.ts';
import { entry } from '../helpers/entries.ts';
import { renderToDOM, text } from '../helpers/render.ts';
import { siteOf } from '../helpers/site.ts';

const consultation = (id: string, basis?: string) =>
  entry('documents', id, {
    title: 'Thông báo lấy ý kiến Nhân dân đối với các trường hợp đề nghị khen thưởng cấp Nhà nước',
    kind: 'thong-bao',
    number: `${id.length}/TB-HĐTĐKT`,
    issuedAt: '2026-11-18',
    issuer: 'hoi-dong',
    consultation: {
      ...(basis ? { basis } : {}),
      until: '2026-12-04',
      contact: 'Ban Thi đua - Khen thưởng tỉnh; thư điện tử: bantdkt@lamdong.gov.vn',
      proposed: [{ name: 'Nguyễn Văn An', kind: 'ca-nhan', award: 'Huân chương Lao động hạng Ba' }],
    },
  }) as Doc;

const withBasis = consultation('co-can-cu', 'Điều 44 Nghị định số 152/2025/NĐ-CP');
const without = consultation('khong-can-cu');
/** No decree is named by the code itself: only what the entry writes. */
const DECREE = /Nghị định|NĐ-CP|Thực hiện theo/;

describe('ConsultationNotice', () => {
  it("cites the entry's own basis and counts the working days left from the build date", async () => {
    const { $ } = await renderToDOM(ConsultationNotice, { docs: [withBasis], today: '2026-11-30' });
    const box = text($('.item').text());
    expect(box).toContain('Thực hiện theo quy định tại Điều 44 Nghị định số 152/2025/NĐ-CP.');
    // Monday 30 Nov to Friday 4 Dec 2026, today included.
    expect(box).toContain('Còn 5 ngày làm việc (đến hết ngày 04 tháng 12 năm 2026).');
    expect(text($('.countdown time[datetime="2026-12-04"]').parent().text())).toBe('đến hết ngày 04 tháng 12 năm 2026');
    expect($('.countdown time[datetime="2026-11-30"]').text()).toBe('30/11/2026');
  });

  it('says nothing about a legal basis when the entry gives none', async () => {
    const { $ } = await renderToDOM(ConsultationNotice, { docs: [without], today: '2026-12-04' });
    expect(text($('.item').text())).not.toMatch(DECREE);
    expect(text($('.countdown').text())).toMatch(
      /^Hôm nay là ngày cuối nhận ý kiến \(đến hết ngày 04 tháng 12 năm 2026\)\./,
    );
  });

  it('leaves out the weekend: from Saturday the count starts on Monday', async () => {
    const { $ } = await renderToDOM(ConsultationNotice, { docs: [withBasis], today: '2026-11-28' });
    expect(text($('.countdown strong').text())).toBe('Còn 5 ngày làm việc');
  });
});

describe("a document page's consultation section", () => {
  const root = mkdtempSync(path.join(tmpdir(), 'thidua-consultation-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const s = siteOf([withBasis, without] as never[]);
  const render = async (doc: Doc, today: string) => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://thiduakhenthuong.example' } });
    const html = await container.renderToString(DocumentExtras, {
      props: { doc, view: documentView(doc, s, { root, today }), part: 'before' },
      request: new Request(`https://thiduakhenthuong.example/van-ban/${doc.id}/`),
    });
    return cheerio.load(html);
  };

  it('shows the basis as written and the working days left while open', async () => {
    const $ = await render(withBasis, '2026-12-02');
    const notice = $('#lay-y-kien').parent();
    expect(text(notice.find('h2 + p').text())).toBe(
      'Thực hiện theo quy định tại Điều 44 Nghị định số 152/2025/NĐ-CP. Nhận ý kiến về danh sách đề nghị khen thưởng dưới đây đến hết ngày 04 tháng 12 năm 2026. Còn 3 ngày làm việc (tính đến 02/12/2026).',
    );
    expect(notice.find('.countdown time').attr('datetime')).toBe('2026-12-02');
    expect(notice.find('a.button').attr('href')).toMatch(/^mailto:bantdkt@lamdong\.gov\.vn\?/);
    // The printable letter names the notice and its number, the comma right after the title.
    expect(text(notice.find('#mau-thu-gop-y .center').eq(2).text())).toBe(
      `về ${withBasis.data.title}, số ${withBasis.data.number}`,
    );
  });

  it('names no decree of its own, and counts nothing once closed', async () => {
    const open = await render(without, '2026-12-02');
    expect(text(open('#lay-y-kien').parent().text())).not.toMatch(DECREE);
    const closed = await render(withBasis, '2026-12-05');
    const notice = closed('#lay-y-kien').parent();
    expect(text(closed('#lay-y-kien').text())).toBe('Đã hết thời hạn lấy ý kiến');
    expect(notice.find('.countdown')).toHaveLength(0);
    // The basis stays: it is part of the record.
    expect(text(notice.find('h2 + p').text())).toMatch(
      /^Thực hiện theo quy định tại Điều 44 Nghị định số 152\/2025\/NĐ-CP\. Đã nhận ý kiến/,
    );
  });
});
