/**
 * The feeds of every shelf: the item builders, the one-pass grouping of a library into
 * shelves, the channel each endpoint writes (read back with an XML parser), their
 * addresses, and the content checker keeping those addresses free.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import {
  documentFeedItem,
  exemplarFeedItem,
  newestByShelf,
  rssOptions,
  SHELF_FEED_SIZE,
  type FeedItem,
} from '../../src/lib/feeds.ts';
import { campaignFeedPath, facetFeedPath, facetPath, feedPath } from '../../src/lib/routes.ts';
import { contentSites } from '../helpers/content-site.ts';

const item = (n: number, day: string): FeedItem => ({
  title: `Mục ${n}`,
  link: `/van-ban/muc-${n}/`,
  pubDate: new Date(`${day}T00:00:00+07:00`),
  description: `Mô tả mục ${n}.`,
  categories: ['Kế hoạch'],
});

describe('feed addresses', () => {
  it('puts each shelf’s feed beside its listing or page', () => {
    expect(facetFeedPath('loai', 'ke-hoach')).toBe('/van-ban/loai/ke-hoach/rss.xml');
    expect(facetFeedPath('co-quan', 'so-noi-vu')).toBe(`${facetPath('documents', 'co-quan', 'so-noi-vu')}rss.xml`);
    expect(campaignFeedPath('thi-dua-2026')).toBe('/phong-trao/thi-dua-2026/rss.xml');
    expect(feedPath('documents')).toBe('/van-ban/rss.xml');
  });
});

describe('newestByShelf', () => {
  it('fills every shelf with its newest items in one pass, cut to the size', () => {
    const entries = [
      { item: item(1, '2026-01-01'), shelves: ['loai:ke-hoach', 'co-quan:a'] },
      { item: item(2, '2026-03-01'), shelves: ['loai:ke-hoach', 'co-quan:b', 'co-quan:b'] },
      { item: item(3, '2026-02-01'), shelves: ['loai:quyet-dinh', 'co-quan:a'] },
      { item: item(4, '2026-04-01'), shelves: ['loai:ke-hoach', 'co-quan:a'] },
    ];
    const shelves = newestByShelf(entries, 2);
    const titles = (k: string) => shelves.get(k)?.map((i) => i.title);
    expect(titles('loai:ke-hoach')).toEqual(['Mục 4', 'Mục 2']);
    expect(titles('co-quan:a')).toEqual(['Mục 4', 'Mục 3']);
    // A shelf named twice by one entry lists it once.
    expect(titles('co-quan:b')).toEqual(['Mục 2']);
    expect(titles('loai:quyet-dinh')).toEqual(['Mục 3']);
    expect(shelves.has('loai:bao-cao')).toBe(false);
  });

  it('keeps ties in title order and defaults to the shelf size', () => {
    const many = Array.from({ length: SHELF_FEED_SIZE + 7 }, (_, n) => ({
      item: item(n, '2026-05-01'),
      shelves: ['s'],
    }));
    const list = newestByShelf(many).get('s')!;
    expect(list).toHaveLength(SHELF_FEED_SIZE);
    expect(list.map((i) => i.title)).toEqual([...list.map((i) => i.title)].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('groups 10,000 documents on hundreds of shelves quickly', () => {
    const entries = Array.from({ length: 10_000 }, (_, n) => ({
      item: item(n, `20${10 + (n % 16)}-0${1 + (n % 9)}-1${n % 10}`),
      shelves: [`loai:${n % 7}`, `co-quan:${n % 150}`, `phong-trao:${n % 60}`],
    }));
    const start = performance.now();
    const shelves = newestByShelf(entries);
    expect(performance.now() - start).toBeLessThan(1500);
    expect(shelves.size).toBe(7 + 150 + 60);
    for (const list of shelves.values()) expect(list).toHaveLength(SHELF_FEED_SIZE);
  });
});

describe('exemplar items', () => {
  it('title the profile and summarise what they did, unit and place, as plain text', () => {
    const e = exemplarFeedItem({
      id: 'nguyen-van-a',
      name: 'Nguyễn Văn A',
      kindLabel: 'Cá nhân',
      summary: 'Sáng kiến <lò sấy> tiết kiệm 30% điện.',
      unit: 'Hợp tác xã B & C',
      place: 'Xã Đắk Mil, Lâm Đồng',
      publishedAt: '2026-04-02',
      fields: ['Nông nghiệp'],
    });
    expect(e.title).toBe('Gương điển hình: Nguyễn Văn A');
    expect(e.link).toBe('/guong-dien-hinh/nguyen-van-a/');
    expect(e.pubDate.toISOString()).toBe('2026-04-01T17:00:00.000Z');
    // One full stop after the summary, not two; HTML-escaped for the reader.
    expect(e.description).toBe(
      'Sáng kiến &lt;lò sấy&gt; tiết kiệm 30% điện. Đơn vị: Hợp tác xã B &amp; C. Địa bàn: Xã Đắk Mil, Lâm Đồng.',
    );
    expect(e.categories).toEqual(['Gương điển hình', 'Cá nhân', 'Nông nghiệp']);
  });

  it('end a document title that has its own full stop with one', () => {
    const d = documentFeedItem({
      id: 'cv-1',
      title: 'Về việc đăng ký thi đua.',
      kind: 'cong-van',
      issuedAtText: 'ngày 02 tháng 01 năm 2026',
      postedAt: '2026-01-02',
      fields: [],
      campaigns: [],
    });
    expect(d.description).toBe('Về việc đăng ký thi đua. Ngày ban hành: ngày 02 tháng 01 năm 2026.');
  });
});

describe('rssOptions', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'item' || n === 'category' });

  it('writes a channel that links its page, names its own address and resolves item links', async () => {
    const feed = await getRssString(
      rssOptions(
        {
          name: 'Kế hoạch mới',
          title: 'Kế hoạch mới - Cổng & "Mẫu"',
          description: '50 kế hoạch mới nhất.',
          page: '/van-ban/loai/ke-hoach/',
          self: '/van-ban/loai/ke-hoach/rss.xml',
          items: [item(1, '2026-01-01')],
        },
        'https://thidua.example.gov.vn',
      ),
    );
    const rss = xml.parse(feed).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const channel = rss.channel;
    expect(channel.title).toBe('Kế hoạch mới - Cổng & "Mẫu"');
    expect(channel.link).toBe('https://thidua.example.gov.vn/van-ban/loai/ke-hoach/');
    expect(channel.language).toBe('vi');
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://thidua.example.gov.vn/van-ban/loai/ke-hoach/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.item[0].link).toBe('https://thidua.example.gov.vn/van-ban/muc-1/');
    expect(channel.item[0].guid['#text']).toBe(channel.item[0].link);
    expect(channel.item[0].guid['@_isPermaLink']).toBe('true');
  });

  it('writes a valid empty channel for a shelf with nothing yet', async () => {
    const feed = await getRssString(
      rssOptions(
        { name: 'P', title: 'P', description: 'P.', page: '/phong-trao/p/', self: '/phong-trao/p/rss.xml', items: [] },
        'https://thidua.example.gov.vn/',
      ),
    );
    expect(xml.parse(feed).rss.channel.item).toBeUndefined();
    expect(feed).toContain('<atom:link href="https://thidua.example.gov.vn/phong-trao/p/rss.xml" rel="self"');
  });
});

describe('content check and feed addresses', () => {
  const site = contentSites('thidua-feeds-');
  const base: Record<string, string> = {
    'organizations/ubnd-tinh.yaml': 'name: Ủy ban nhân dân tỉnh\nkind: ubnd\n',
    'campaigns/thi-dua-2026.md':
      '---\ntitle: Phong trào thi đua năm 2026\nkind: thuong-xuyen\nlaunchedBy: ubnd-tinh\nlaunchedAt: 2026-01-05\nperiod:\n  start: 2026-01-01\n---\nNội dung.\n',
  };
  const doc = (body: string) =>
    `---\ntitle: Kế hoạch\nkind: ke-hoach\nissuedAt: 2026-02-01\nissuer: ubnd-tinh\n---\n${body}\n`;

  it('accepts links in a body to every kind of feed', () => {
    const body = [
      '[Văn bản mới](/van-ban/rss.xml)',
      '[Tin](/tin-tuc/rss.xml)',
      '[Kế hoạch](/van-ban/loai/ke-hoach/rss.xml)',
      '[UBND](/van-ban/co-quan/ubnd-tinh/rss.xml)',
      '[Phong trào](/phong-trao/thi-dua-2026/rss.xml)',
    ].join('\n\n');
    const result = checkContent({ root: site({ ...base, 'documents/ke-hoach-01.md': doc(body) }) });
    expect(result.problems).toEqual([]);
  });

  it('rejects an entry named like a feed', () => {
    const result = checkContent({ root: site({ ...base, 'campaigns/rss.md': base['campaigns/thi-dua-2026.md']! }) });
    expect(result.problems.map((p) => p.message)).toContain(
      'Tên tệp trùng với một trang danh sách của cổng; hãy đặt tên khác',
    );
  });
});
