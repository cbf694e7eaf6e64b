/** The home page's selection rules, without a build. */
import { describe, expect, it } from 'vitest';
import { addDays, homeFigures, homeView, upcomingItems, UPCOMING_DAYS } from '../../src/data/home-page.ts';
import { calendarItems } from '../../src/lib/calendar-items.ts';
import type { CalendarSource } from '../../src/lib/calendar.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const campaign = (id: string, start: string, end?: string) =>
  entry('campaigns', id, {
    title: id,
    kind: 'thuong-xuyen',
    launchedBy: 'ubnd-tinh',
    launchedAt: start,
    period: { start, ...(end ? { end } : {}) },
  });
const exemplar = (id: string, photo?: string) =>
  entry('exemplars', id, {
    name: id,
    kind: 'tap-the',
    summary: 'Việc tốt.',
    locality: { province: 'Mẫu' },
    publishedAt: '2026-01-01',
    ...(photo ? { photo, photoAlt: 'Ảnh' } : {}),
  });
const doc = (id: string, issuedAt: string, publishedAt?: string, consultation?: string, awardees: object[] = []) =>
  entry('documents', id, {
    title: id,
    kind: awardees.length ? 'quyet-dinh' : 'thong-bao',
    awardees,
    issuedAt,
    issuer: 'ubnd-tinh',
    ...(publishedAt ? { publishedAt } : {}),
    ...(consultation
      ? {
          consultation: {
            until: consultation,
            contact: 'Sở Nội vụ',
            proposed: [{ name: 'A', kind: 'ca-nhan', award: 'Bằng khen' }],
          },
        }
      : {}),
  });

const article = (id: string, publishedAt: string, cover?: string) =>
  entry('news', id, {
    title: id,
    summary: 'Tin.',
    publishedAt,
    category: 'hoat-dong',
    ...(cover ? { cover, coverAlt: 'Ảnh' } : {}),
  });

const s = siteOf([
  org,
  campaign('dang-chay', '2026-01-01', '2026-12-31'),
  campaign('da-xong', '2025-01-01', '2025-12-31'),
  campaign('sap-toi', '2027-01-01'),
  exemplar('khong-anh-1'),
  exemplar('co-anh', './a.jpg'),
  exemplar('khong-anh-2'),
  doc('cu-dang-muon', '2025-06-01', '2026-05-01'),
  doc('moi', '2026-04-01'),
  doc('lay-y-kien', '2026-03-01', undefined, '2026-05-10'),
  doc('het-han', '2026-02-01', undefined, '2026-03-01'),
  article('moi-nhat', '2026-05-01'),
  article('co-anh-moi', '2026-04-20', './a.jpg'),
  article('khong-anh', '2026-04-10'),
  article('co-anh-cu', '2025-11-01', './b.jpg'),
  doc('khen-nam-ngoai', '2025-12-20', undefined, undefined, [
    { name: 'Nguyễn Văn A', kind: 'ca-nhan', award: 'Bằng khen của Chủ tịch UBND tỉnh' },
  ]),
  doc('khen-nam-nay', '2026-04-20', undefined, undefined, [
    { name: 'Nguyễn Văn A', kind: 'ca-nhan', award: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { name: 'Hợp tác xã Hiệp Thành', kind: 'tap-the', award: 'Bằng khen của Chủ tịch UBND tỉnh' },
  ]),
] as never[]);

describe('homeView', () => {
  const v = homeView(s, '2026-05-02');
  it('features only the campaigns under way on the build date', () => {
    expect(v.campaigns.map((c) => c.id)).toEqual(['dang-chay']);
  });
  it('puts profiles with a photo first', () => {
    expect(v.exemplars.map((e) => e.id)).toEqual(['co-anh', 'khong-anh-1', 'khong-anh-2']);
  });
  it('orders documents by the date they were posted, not issued', () => {
    expect(v.documents.map((d) => d.id)).toEqual([
      'cu-dang-muon',
      'khen-nam-nay',
      'moi',
      'lay-y-kien',
      'het-han',
      'khen-nam-ngoai',
    ]);
  });
  it('shows the newest articles with a picture with it, and the others newest first', () => {
    expect(v.pictured.map((n) => n.id)).toEqual(['co-anh-moi', 'co-anh-cu']);
    expect(v.news.map((n) => n.id)).toEqual(['moi-nhat', 'khong-anh']);
  });
  it('shows the consultations still open', () => {
    expect(v.consultations.map((d) => d.id)).toEqual(['lay-y-kien']);
    expect(homeView(s, '2026-05-11').consultations).toEqual([]);
  });
});

describe("the year's figures", () => {
  it("count what the content holds in the build date's year", () => {
    expect(homeFigures(s, '2026-05-02')).toEqual({
      year: 2026,
      // Issued in 2026: moi, lay-y-kien, het-han, khen-nam-nay (cu-dang-muon was issued in 2025).
      documents: 4,
      exemplars: 3,
      campaigns: 1,
      // The awardees of the 2026 decision, not those of 2025.
      honors: 2,
    });
  });
  it('start again with a new year', () => {
    expect(homeFigures(s, '2027-01-02')).toEqual({ year: 2027, documents: 0, exemplars: 0, campaigns: 1, honors: 0 });
  });
  it('are what the home view shows', () => {
    expect(homeView(s, '2026-05-02').figures).toEqual(homeFigures(s, '2026-05-02'));
  });
});

describe('deadlines and events of the next 30 days', () => {
  const today = '2026-05-02';
  const source = (id: string, parts: Partial<CalendarSource>): CalendarSource => ({
    id,
    title: id,
    kind: 'ke-hoach',
    issuedAt: '2026-04-01',
    deadlines: [],
    events: [],
    ...parts,
  });
  const items = calendarItems(
    [
      source('hom-qua', { deadlines: [{ date: '2026-05-01', task: 'Hạn hôm qua' }] }),
      source('hom-nay', { deadlines: [{ date: '2026-05-02', task: 'Hạn hôm nay' }] }),
      source('ngay-cuoi', { deadlines: [{ date: addDays(today, UPCOMING_DAYS), task: 'Hạn ngày thứ 30' }] }),
      source('qua-cua-so', { deadlines: [{ date: addDays(today, UPCOMING_DAYS + 1), task: 'Hạn ngày thứ 31' }] }),
      source('dang-dien-ra', { events: [{ title: 'Hội thi đang diễn ra', start: '2026-04-30', end: '2026-05-03' }] }),
      source('trong-thang', { deadlines: [{ date: '2026-05', task: 'Hạn trong tháng 5' }] }),
      source('lay-y-kien', {
        consultation: { until: '2026-05-10', contact: 'Ban', proposed: [{}] },
      }),
    ],
    { siteUrl: 'https://example.org/', orgName: () => undefined },
  );

  it('counts both ends of the window and what is still under way', () => {
    expect(upcomingItems(items, today).map((i) => i.document.id)).toEqual([
      'dang-dien-ra',
      'hom-nay',
      'trong-thang',
      'ngay-cuoi',
    ]);
  });
  it('leaves consultations to their own box', () => {
    expect(upcomingItems(items, today).some((i) => i.kind === 'consultation')).toBe(false);
  });
  it('ends on the 30th day after the build date, across months and years', () => {
    expect(addDays('2026-05-02', 30)).toBe('2026-06-01');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-15', 14)).toBe('2028-02-29');
  });
  it('are what the home view shows, with the count of all of them', () => {
    const v = homeView(s, today, items);
    expect(v.upcoming.map((i) => i.document.id)).toEqual(['dang-dien-ra', 'hom-nay', 'trong-thang', 'ngay-cuoi']);
    expect(v.upcomingCount).toBe(4);
    expect(v.upcomingUntil).toBe('2026-06-01');
  });
});
