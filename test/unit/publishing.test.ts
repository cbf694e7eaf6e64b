import { getRssString } from '@astrojs/rss';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { documentFeedItem, feedDate, newestItems, newsFeedItem } from '../../src/lib/feeds.ts';
import { awardForm, collectHonors, countByForm, honorsByYear } from '../../src/lib/honors.ts';
import { exemplarData, legislationData, newsArticleData } from '../../src/lib/structured-data.ts';

const url = (p: string) => new URL(p, 'https://example.gov.vn').href;

describe('award forms', () => {
  it.each([
    ['Huân chương Lao động hạng Ba', 'huan-chuong'],
    ['Cờ thi đua của Ủy ban nhân dân tỉnh', 'co-thi-dua'],
    ['Danh hiệu Chiến sĩ thi đua cấp tỉnh', 'chien-si-thi-dua'],
    ['Chiến sĩ thi đua cơ sở', 'chien-si-thi-dua'],
    ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'bang-khen'],
    ['BẰNG KHEN CỦA BỘ TRƯỞNG BỘ Y TẾ', 'bang-khen'],
    ['Giấy khen của Chủ tịch UBND phường', 'giay-khen'],
    ['Nhà giáo ưu tú', 'danh-hieu-vinh-du'],
    ['Huy chương Vì thế hệ trẻ', 'huy-chuong'],
    ['Lao động tiên tiến', 'danh-hieu-khac'],
    ['Nông dân sản xuất, kinh doanh giỏi cấp tỉnh', 'danh-hieu-khac'],
    ['Kỷ niệm chương Vì sự nghiệp thi đua', 'khac'],
  ])('%s → %s', (title, form) => {
    expect(awardForm(title).id).toBe(form);
  });
});

describe('honor roll', () => {
  const decision = { id: 'qd-215', number: '215/QĐ-UBND', title: 'Quyết định khen thưởng', year: 2026 };
  const exemplars = [
    {
      id: 'ho-thi-lan',
      name: 'Hồ Thị Lan',
      kind: 'ca-nhan' as const,
      unit: 'Trung tâm Y tế',
      awards: [
        { title: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', year: 2026, decision },
        { title: 'Chiến sĩ thi đua cơ sở', year: 2023 },
      ],
    },
  ];
  const decisions = [
    {
      ...decision,
      awardees: [
        {
          name: 'Hồ Thị Lan',
          kind: 'ca-nhan' as const,
          unit: 'Điều dưỡng, Trung tâm Y tế',
          award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        },
        {
          name: 'Công an xã A',
          kind: 'tap-the' as const,
          award: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
          exemplar: 'khong-xuat-ban',
        },
      ],
    },
  ];

  it('counts an award once when a profile and its decision both list it, linking both', () => {
    const honors = collectHonors(exemplars, decisions);
    expect(honors).toHaveLength(3);
    const lan = honors.filter((h) => h.name === 'Hồ Thị Lan' && h.form === 'bang-khen');
    expect(lan).toHaveLength(1);
    expect(lan[0]).toMatchObject({
      exemplar: 'ho-thi-lan',
      decision: { id: 'qd-215' },
      unit: 'Điều dưỡng, Trung tâm Y tế',
      year: 2026,
    });
  });

  it('links a profile only when it is published', () => {
    const flag = collectHonors(exemplars, decisions).find((h) => h.form === 'co-thi-dua')!;
    expect(flag.exemplar).toBeUndefined();
  });

  it('groups by year, newest first, and by form, highest first', () => {
    const years = honorsByYear(collectHonors(exemplars, decisions));
    expect(years.map((y) => y.year)).toEqual([2026, 2023]);
    expect(years[0]!.forms.map((f) => f.id)).toEqual(['co-thi-dua', 'bang-khen']);
    expect(countByForm(collectHonors(exemplars, decisions))).toEqual([
      { id: 'co-thi-dua', label: 'Cờ thi đua', count: 1 },
      { id: 'chien-si-thi-dua', label: 'Chiến sĩ thi đua', count: 1 },
      { id: 'bang-khen', label: 'Bằng khen', count: 1 },
    ]);
  });
});

describe('feed items', () => {
  it('dates a day at midnight in Vietnam and a partial date at the start of what it covers', () => {
    expect(feedDate('2026-03-15').toISOString()).toBe('2026-03-14T17:00:00.000Z');
    expect(feedDate('2022-02').toISOString()).toBe('2022-01-31T17:00:00.000Z');
    expect(feedDate('2026-12-15T08:00').toISOString()).toBe('2026-12-15T01:00:00.000Z');
    expect(() => feedDate('15/03/2026')).toThrow();
  });

  it('titles a document by kind and number and summarises issuer, date and signer', () => {
    const item = documentFeedItem({
      id: 'ke-hoach-02',
      title: 'Kế hoạch tổ chức Hội nghị',
      kind: 'ke-hoach',
      number: '02/KH-UBND',
      issuedAtText: 'tháng 02 năm 2022',
      postedAt: '2022-02',
      issuer: 'Ủy ban nhân dân tỉnh',
      signer: 'Trần Văn An (Phó Chủ tịch)',
      fields: ['Thi đua'],
      campaigns: [],
    });
    expect(item.title).toBe('Kế hoạch số 02/KH-UBND: Kế hoạch tổ chức Hội nghị');
    expect(item.link).toBe('/van-ban/ke-hoach-02/');
    expect(item.description).toContain('Ngày ban hành: tháng 02 năm 2022');
    expect(item.description).toContain('Người ký: Trần Văn An');
    expect(item.categories).toEqual(['Kế hoạch', 'Ủy ban nhân dân tỉnh', 'Thi đua']);
  });

  it('keeps the newest items, cut to the feed size', () => {
    const items = ['2026-01-02', '2026-03-01', '2025-12-31'].map((d, i) =>
      newsFeedItem({
        id: `n${i}`,
        title: `Tin ${i}`,
        summary: 's',
        publishedAt: d,
        categoryLabel: 'Tin hoạt động',
        campaigns: [],
      }),
    );
    expect(newestItems(items, 2).map((i) => i.link)).toEqual(['/tin-tuc/n1/', '/tin-tuc/n0/']);
  });

  it('shows a description in a feed reader as the very text the editor wrote, never as markup', async () => {
    const summary =
      'Tuyên dương <b>Hợp tác xã A</b> & đơn vị "B"; mã &lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>';
    const news = newsFeedItem({
      id: 'tin-a',
      title: 'Tin A',
      summary,
      publishedAt: '2026-03-01',
      categoryLabel: 'Tin hoạt động',
      campaigns: [],
    });
    const doc = documentFeedItem({
      id: 'qd-1',
      title: 'Khen thưởng <i>tập thể</i> & cá nhân',
      kind: 'quyet-dinh',
      issuedAtText: 'ngày 01 tháng 3 năm 2026',
      postedAt: '2026-03-01',
      issuer: 'Sở Nội vụ',
      fields: [],
      campaigns: [],
    });
    const feed = await getRssString({
      title: 'Tin',
      description: 'Tin',
      site: 'https://thidua.example.gov.vn/',
      items: [news, doc],
    });
    const items = new XMLParser().parse(feed).rss.channel.item as { description: string }[];
    // What a reader displays: the description's XML text, read as HTML.
    const shown = items.map((i) => {
      const html = cheerio.load(`<div>${i.description}</div>`);
      expect(html('b, i, img, script')).toHaveLength(0);
      return html('div').text();
    });
    expect(shown[0]).toBe(summary);
    expect(shown[1]).toBe(
      'Khen thưởng <i>tập thể</i> & cá nhân. Cơ quan ban hành: Sở Nội vụ. Ngày ban hành: ngày 01 tháng 3 năm 2026.',
    );
  });
});

describe('structured data', () => {
  const board = {
    name: 'Ban Thi đua - Khen thưởng tỉnh Mẫu',
    siteName: 'Thi đua - Khen thưởng Mẫu',
    email: 'ban@mau.gov.vn',
    phone: '0200 000 000',
    address: 'Số 1 đường Mẫu, phường Mẫu, tỉnh Mẫu',
    province: 'Mẫu',
    parentName: 'Sở Nội vụ tỉnh Mẫu',
  };
  it('describes a document as Legislation with number, date and issuer', () => {
    const ld = legislationData(
      {
        url: url('/van-ban/a/'),
        title: 'Kế hoạch thi đua',
        kindLabel: 'Kế hoạch',
        number: '02/KH-UBND',
        issuedAt: '2022-02',
        postedAt: '2022-03-01',
        issuer: { name: 'Ủy ban nhân dân tỉnh', url: url('/co-quan/ubnd/') },
        fields: [],
        basis: [],
        attachments: [],
      },
      url,
      board,
    );
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '02/KH-UBND',
      legislationDate: '2022-02',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân tỉnh' },
    });
    expect(ld).toMatchObject({
      legislationJurisdiction: 'tỉnh Mẫu, Việt Nam',
      publisher: { name: board.name, parentOrganization: { name: board.parentName } },
    });
  });

  it('describes a person and a collective with their awards', () => {
    const base = {
      url: url('/guong-dien-hinh/x/'),
      name: 'X',
      summary: 's',
      awards: [{ title: 'Bằng khen', year: 2024 }],
      publishedAt: '2024-01-01',
    };
    expect(exemplarData({ ...base, kind: 'ca-nhan' })).toMatchObject({
      '@type': 'Person',
      award: ['Bằng khen (2024)'],
    });
    expect(exemplarData({ ...base, kind: 'tap-the' })).toMatchObject({
      '@type': 'Organization',
      award: ['Bằng khen (2024)'],
    });
  });

  it('describes an article as a NewsArticle published by the board', () => {
    const ld = newsArticleData(
      {
        url: url('/tin-tuc/a/'),
        title: 'T',
        summary: 'S',
        section: 'Tin hoạt động',
        publishedAt: '2026-01-02',
        about: [],
      },
      url,
      board,
    );
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'T',
      datePublished: '2026-01-02',
      dateModified: '2026-01-02',
      publisher: { '@type': 'GovernmentOrganization', name: board.name, email: board.email },
    });
  });
});
