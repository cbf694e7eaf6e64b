/**
 * The calendar pages' lists without a build: from documents parsed through the real
 * schemas, their calendar items as the site makes them, split into what `/lich/` shows
 * and one page per year, each grouped by month.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/data/content.ts';
import { calendarSource } from '../../src/data/calendar.ts';
import { calendarPageView, calendarYearViews } from '../../src/data/calendar-pages.ts';
import { calendarItems } from '../../src/lib/calendar-items.ts';
import type { MonthGroup } from '../../src/lib/calendar-listing.ts';
import { entry } from '../helpers/entries.ts';

const plan = (id: string, issuedAt: string, deadlines: [string, string][]) =>
  entry('documents', id, {
    title: `Kế hoạch ${id}`,
    kind: 'ke-hoach',
    issuedAt,
    issuer: 'ubnd-tinh',
    deadlines: deadlines.map(([date, task]) => ({ date, task })),
  }) as Doc;

const docs = [
  plan('ke-hoach-2026', '2026-01-10', [
    ['2026-03', 'Đăng ký thi đua'],
    ['2026-12-01', 'Báo cáo tổng kết'],
    ['2026-11-25', 'Sơ kết'],
    ['2027-01-15', 'Đề nghị khen thưởng'],
  ]),
  plan('ke-hoach-2025', '2024-12-01', [
    ['2025-06-30', 'Sơ kết 6 tháng'],
    ['2025-01-10', 'Đăng ký'],
    ['2025-12-15', 'Tổng kết'],
  ]),
];
const items = calendarItems(docs.map(calendarSource), {
  siteUrl: 'https://thiduakhenthuong.mau.gov.vn/',
  orgName: () => undefined,
});
const months = (groups: MonthGroup[]) => groups.map((g) => [g.month, g.items.map((i) => i.text)]);

describe('calendarPageView', () => {
  const v = calendarPageView(items, '2026-11-20');

  it('lists what is to come soonest first, by month', () => {
    expect(v.upcoming.count).toBe(3);
    expect(months(v.upcoming.months)).toEqual([
      ['2026-11', ['Sơ kết']],
      ['2026-12', ['Báo cáo tổng kết']],
      ['2027-01', ['Đề nghị khen thưởng']],
    ]);
    expect(v.upcoming.months.map((g) => g.label)).toEqual([
      'Tháng 11 năm 2026',
      'Tháng 12 năm 2026',
      'Tháng 01 năm 2027',
    ]);
  });

  it('lists the past year latest first, a month-only deadline past only when its month is over, and counts the older items', () => {
    expect(v.since).toBe('2025-11-20');
    expect(v.recent.count).toBe(2);
    expect(months(v.recent.months)).toEqual([
      ['2026-03', ['Đăng ký thi đua']],
      ['2025-12', ['Tổng kết']],
    ]);
    expect(v.olderCount).toBe(2);
    expect(v.years).toEqual(['2027', '2026', '2025']);
    const inMarch = calendarPageView(items, '2026-03-31');
    expect(months(inMarch.upcoming.months)[0]).toEqual(['2026-03', ['Đăng ký thi đua']]);
  });
});

describe('calendarYearViews', () => {
  const views = calendarYearViews(items);

  it('makes one page per year with items, latest first, each knowing every year', () => {
    expect(views.map((y) => [y.year, y.count])).toEqual([
      ['2027', 1],
      ['2026', 3],
      ['2025', 3],
    ]);
    expect(views.every((y) => y.years.join() === '2027,2026,2025')).toBe(true);
  });

  it("groups a year's items by month, in time order, whatever the documents' order", () => {
    const y2025 = views.find((y) => y.year === '2025')!;
    expect(months(y2025.months)).toEqual([
      ['2025-01', ['Đăng ký']],
      ['2025-06', ['Sơ kết 6 tháng']],
      ['2025-12', ['Tổng kết']],
    ]);
  });

  it('names each page after its year and leads back to the calendar', () => {
    const y2026 = views.find((y) => y.year === '2026')!;
    expect(y2026.title).toBe('Lịch công tác thi đua, khen thưởng năm 2026');
    expect(y2026.breadcrumbs).toEqual([{ href: '/lich/', label: 'Lịch công tác' }, { label: 'Năm 2026' }]);
  });

  it('makes no page without items', () => {
    expect(calendarYearViews([])).toEqual([]);
  });
});
