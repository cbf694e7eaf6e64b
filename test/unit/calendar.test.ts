import { describe, expect, it } from 'vitest';
import type { CalendarSource } from '../../src/lib/calendar.ts';
import { buildIcs } from '../../src/lib/calendar-ics.ts';
import { calendarItems, hasCalendarDates } from '../../src/lib/calendar-items.ts';
import {
  calendarOverview,
  groupByMonth,
  itemWhen,
  itemsOfYear,
  monthLabel,
  oneYearBefore,
  splitByDate,
  weekdayVi,
} from '../../src/lib/calendar-listing.ts';
import { parseIcs, rawLineProblems, rawLines } from '../helpers/ics.ts';

const SITE = 'https://thiduakhenthuong.lamdong.gov.vn';
const orgs: Record<string, string> = { 'so-noi-vu': 'Sở Nội vụ tỉnh Lâm Đồng', 'tinh-doan': 'Tỉnh Đoàn Lâm Đồng' };
const options = { siteUrl: SITE, orgName: (id: string) => orgs[id] };
const ics = (docs: CalendarSource[]) =>
  buildIcs(calendarItems(docs, options), {
    name: 'Lịch thi đua, khen thưởng - Ban Thi đua - Khen thưởng tỉnh Lâm Đồng',
    siteUrl: SITE,
    pagePath: '/lich/',
    icsPath: '/lich.ics',
  });

const plan: CalendarSource = {
  id: 'ke-hoach-248',
  title: 'Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
  kind: 'ke-hoach',
  number: '248/KH-UBND',
  issuedAt: '2026-11-12',
  publishedAt: '2026-11-13',
  deadlines: [
    {
      date: '2026-12-01',
      task: 'Sở Nội vụ hoàn thành dự thảo Báo cáo tổng kết; gửi các sở, ngành góp ý',
      assignee: { id: 'so-noi-vu' },
    },
    {
      date: '2026-03',
      task: 'Sở Nội vụ trình quy chế hoạt động của các cụm, khối thi đua',
      assignee: { id: 'so-noi-vu' },
    },
    { date: '2027', task: 'Hoàn thành kiện toàn các cụm, khối thi đua' },
  ],
  events: [
    {
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
      start: '2026-12-15T08:00',
      end: '2026-12-15T11:30',
      location: 'Hội trường Trung tâm Hành chính tỉnh, số 36 Trần Phú, phường Xuân Hương - Đà Lạt',
      online: true,
    },
  ],
};

const consultation: CalendarSource = {
  id: 'thong-bao-lay-y-kien',
  title: 'Thông báo lấy ý kiến nhân dân đối với các trường hợp đề nghị khen thưởng cấp Nhà nước năm 2026',
  kind: 'thong-bao',
  issuedAt: '2026-11',
  deadlines: [],
  events: [],
  consultation: {
    until: '2026-12-04',
    contact: 'Ban Thi đua - Khen thưởng; điện thoại: 0263 3 822 417',
    proposed: [{}, {}, {}],
  },
};

const byUid = (docs: CalendarSource[]) => new Map(calendarItems(docs, options).map((i) => [i.uid, i]));

describe('calendar items', () => {
  it('makes one item per deadline, event and consultation, in time order', () => {
    const items = calendarItems([plan, consultation], options);
    expect(items.map((i) => [i.kind, i.day])).toEqual([
      ['deadline', '2026-03-31'],
      ['deadline', '2026-12-01'],
      ['consultation', '2026-12-04'],
      ['event', '2026-12-15'],
      ['deadline', '2027-12-31'],
    ]);
    const first = items[1]!;
    expect(first.assignee).toEqual({ id: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Lâm Đồng', path: '/co-quan/so-noi-vu/' });
    expect(first.url).toBe(`${SITE}/van-ban/ke-hoach-248/`);
    expect(first.document.path).toBe('/van-ban/ke-hoach-248/');
  });

  it('leaves out an assignee the site does not publish', () => {
    const doc = {
      ...plan,
      deadlines: [{ date: '2026-12-01', task: 'Việc', assignee: { id: 'khong-co' } }],
      events: [],
    };
    expect(calendarItems([doc], options)[0]!.assignee).toBeUndefined();
  });

  it('knows which documents have dates', () => {
    expect(hasCalendarDates(plan)).toBe(true);
    expect(hasCalendarDates(consultation)).toBe(true);
    expect(hasCalendarDates({ deadlines: [], events: [], consultation: undefined })).toBe(false);
  });
});

describe('UIDs', () => {
  it('do not change when deadlines and events are reordered', () => {
    const before = byUid([plan]);
    const reordered = { ...plan, deadlines: [...plan.deadlines].reverse(), events: [...plan.events].reverse() };
    const after = byUid([reordered]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, item] of after) expect(item.text).toBe(before.get(uid)!.text);
  });

  it('keep an event when its deadline is moved (gia hạn) or its wording respaced', () => {
    const [d0] = plan.deadlines;
    const moved = {
      ...plan,
      events: [],
      deadlines: [{ ...d0!, date: '2026-12-20', task: `  ${d0!.task.replace(/ /g, '  ')} ` }],
    };
    expect(calendarItems([moved], options)[0]!.uid).toBe(
      calendarItems([{ ...plan, events: [], deadlines: [d0!] }], options)[0]!.uid,
    );
  });

  it('are unique, end with the site host and differ between documents with the same task', () => {
    const twin = { ...plan, id: 'ke-hoach-khac' };
    const items = calendarItems([plan, twin, consultation], options);
    const uids = items.map((i) => i.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid.endsWith('@thiduakhenthuong.lamdong.gov.vn')).toBe(true);
    expect(items.find((i) => i.kind === 'consultation')!.uid).toBe(
      'thong-bao-lay-y-kien.lay-y-kien@thiduakhenthuong.lamdong.gov.vn',
    );
  });

  it('tell repeated tasks apart by date, whatever their order', () => {
    const quarterly = (dates: string[]) => ({
      ...plan,
      events: [],
      deadlines: dates.map((date) => ({ date, task: 'Gửi báo cáo quý về Sở Nội vụ' })),
    });
    const a = calendarItems([quarterly(['2026-03-31', '2026-06-30', '2026-09-30'])], options);
    const b = calendarItems([quarterly(['2026-09-30', '2026-03-31', '2026-06-30'])], options);
    expect(new Set(a.map((i) => i.uid)).size).toBe(3);
    expect(a.map((i) => [i.day, i.uid])).toEqual(b.map((i) => [i.day, i.uid]));
  });
});

describe('dates', () => {
  it('puts a month-only deadline on the last day of the month, labelled "trong tháng"', () => {
    const items = calendarItems(
      [{ ...plan, events: [], deadlines: [{ date: '2028-02', task: 'Việc trong tháng 2 năm nhuận' }] }],
      options,
    );
    const item = items[0]!;
    expect(item).toMatchObject({ precision: 'month', allDay: true, day: '2028-02-29', lastDay: '2028-02-29' });
    expect(item.summary).toBe('Hạn trong tháng 02/2028: Việc trong tháng 2 năm nhuận');
    expect(itemWhen(item)).toBe('Trong tháng 02/2028');
  });

  it('puts a year-only deadline on 31 December, labelled "trong năm"', () => {
    const item = calendarItems([plan], options).find((i) => i.precision === 'year')!;
    expect(item.day).toBe('2027-12-31');
    expect(item.summary.startsWith('Hạn trong năm 2027: ')).toBe(true);
    expect(itemWhen(item)).toBe('Trong năm 2027');
  });

  it('describes when an item falls, with the Vietnamese day of the week', () => {
    const items = calendarItems([plan], options);
    expect(itemWhen(items.find((i) => i.day === '2026-12-01')!)).toBe('Thứ Ba, 01/12/2026');
    expect(itemWhen(items.find((i) => i.kind === 'event')!)).toBe('08:00 - 11:30, Thứ Ba, 15/12/2026');
    const multi = calendarItems(
      [{ ...plan, deadlines: [], events: [{ title: 'Hội thao', start: '2027-02-22', end: '2027-02-25' }] }],
      options,
    )[0]!;
    expect(itemWhen(multi)).toBe('Từ 22/02/2027 đến 25/02/2027');
    expect(weekdayVi('2026-11-22')).toBe('Chủ nhật');
    expect(monthLabel('2026-02')).toBe('Tháng 02 năm 2026');
    expect(monthLabel('2026-12')).toBe('Tháng 12 năm 2026');
  });
});

describe('upcoming, past and months', () => {
  const items = calendarItems([plan, consultation], options);

  it('counts the build day as upcoming and an event under way as upcoming', () => {
    const { upcoming, past } = splitByDate(items, '2026-12-04');
    expect(upcoming.map((i) => i.day)).toEqual(['2026-12-04', '2026-12-15', '2027-12-31']);
    expect(past.map((i) => i.day)).toEqual(['2026-12-01', '2026-03-31']);
    const multi = calendarItems(
      [{ ...plan, deadlines: [], events: [{ title: 'Hội thao', start: '2027-02-22', end: '2027-02-25' }] }],
      options,
    );
    expect(splitByDate(multi, '2027-02-24').upcoming).toHaveLength(1);
  });

  it('shows the past year on the main page and every item on some year page', () => {
    const view = calendarOverview(items, '2027-04-15');
    expect(view.since).toBe('2026-04-15');
    expect(view.recent.map((i) => i.day)).toEqual(['2026-12-15', '2026-12-04', '2026-12-01']);
    expect(view.olderCount).toBe(1);
    expect(view.years).toEqual(['2027', '2026']);
    const onYearPages = view.years.flatMap((y) => itemsOfYear(items, y).map((i) => i.uid));
    expect(onYearPages.sort()).toEqual(items.map((i) => i.uid).sort());
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('groups consecutive items by month', () => {
    const groups = groupByMonth(splitByDate(items, '2026-01-01').upcoming);
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([
      ['Tháng 3 năm 2026', 1],
      ['Tháng 12 năm 2026', 3],
      ['Tháng 12 năm 2027', 1],
    ]);
  });
});

describe('iCalendar file', () => {
  const text = ics([plan, consultation]);
  const parsed = parseIcs(text);
  const event = (summary: string) => parsed.events.find((e) => e.summary.includes(summary))!;

  it('uses CRLF for every line, the last one included', () => {
    expect(rawLineProblems(Buffer.from(text, 'utf8'))).toEqual([]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long Vietnamese lines at 75 octets without cutting a character', () => {
    // Shift a long text of 2-, 3- and 4-byte characters by 0..3 ASCII bytes so folds
    // land on every position inside a multi-byte sequence at least once.
    const longText = 'Ủy ban nhân dân tỉnh Lâm Đồng phát động thi đua “Đền ơn đáp nghĩa”; chữ Nôm 𡨸喃 và ký hiệu ✓ ';
    const docs = [0, 1, 2, 3].map((shift) => ({
      ...plan,
      id: `van-ban-${shift}`,
      deadlines: [{ date: '2026-12-01', task: 'x'.repeat(shift) + longText.repeat(4) }],
      events: [],
    }));
    const out = ics(docs);
    expect(rawLineProblems(Buffer.from(out, 'utf8'))).toEqual([]);
    const lines = rawLines(out);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeGreaterThan(70);
    // Unfolded and parsed, the text comes back whole.
    const back = parseIcs(out).events.map((e) => e.description.split('\n')[0]);
    expect(back).toEqual(docs.map((d) => d.deadlines[0]!.task.trim().replace(/\s+/g, ' ')));
  });

  it('checks lines with a checker that catches folds by characters, split characters and bare LF', () => {
    const naive = 'SUMMARY:' + 'Đồng '.repeat(30);
    expect(rawLineProblems(Buffer.from(`${naive.slice(0, 75)}\r\n ${naive.slice(75)}\r\n`))[0]).toMatch(/octets/);
    const bytes = Buffer.from('SUMMARY:Đồng\r\n');
    const cut = Buffer.concat([bytes.subarray(0, 11), Buffer.from('\r\n '), bytes.subarray(11)]);
    expect(rawLineProblems(cut).some((p) => p.includes('UTF-8'))).toBe(true);
    expect(rawLineProblems(Buffer.from('A\nB\r\n'))).toEqual(['line 1: LF without CR']);
    expect(rawLineProblems(Buffer.from('A\r\nB'))).toEqual(['line 2: the file does not end with CRLF']);
  });

  it('has the calendar name, a product id and the Vietnam time zone hint', () => {
    expect(parsed.props['x-wr-calname']).toBe('Lịch thi đua, khen thưởng - Ban Thi đua - Khen thưởng tỉnh Lâm Đồng');
    expect(parsed.props['name']).toBe(parsed.props['x-wr-calname']);
    expect(parsed.props['version']).toBe('2.0');
    expect(parsed.props['prodid']).toContain('thiduakhenthuong.lamdong.gov.vn');
    expect(parsed.props['x-wr-timezone']).toBe('Asia/Ho_Chi_Minh');
    expect(parsed.events.map((e) => e.uid).sort()).toEqual(
      calendarItems([plan, consultation], options)
        .map((i) => i.uid)
        .sort(),
    );
  });

  it('makes date-only items all-day events, with the exclusive end date', () => {
    const d = event('dự thảo Báo cáo tổng kết');
    expect(d).toMatchObject({ allDay: true, start: '2026-12-01', end: '2026-12-02', transp: 'TRANSPARENT' });
    const month = event('Hạn trong tháng 03/2026');
    expect(month).toMatchObject({ allDay: true, start: '2026-03-31', end: '2026-04-01' });
    const c = event('Hết hạn lấy ý kiến');
    expect(c).toMatchObject({ allDay: true, start: '2026-12-04', end: '2026-12-05' });
    expect(c.description).toContain('Nơi nhận ý kiến: Ban Thi đua - Khen thưởng; điện thoại: 0263 3 822 417');
    expect(c.description).toContain('3 trường hợp đề nghị khen thưởng');
  });

  it('writes timed events in UTC from Vietnam time (UTC+7)', () => {
    const e = event('Hội nghị tổng kết');
    expect(e).toMatchObject({
      allDay: false,
      start: '2026-12-15T01:00:00Z',
      end: '2026-12-15T04:30:00Z',
      transp: 'OPAQUE',
    });
    expect(text).toContain('DTSTART:20261215T010000Z');
    // Early morning in Vietnam is the previous day in UTC.
    const early = parseIcs(ics([{ ...plan, deadlines: [], events: [{ title: 'Ra quân', start: '2026-03-22T06:30' }] }]))
      .events[0]!;
    expect(early).toMatchObject({ allDay: false, start: '2026-03-21T23:30:00Z', end: undefined });
    // A date-only event across days is all-day through its last day.
    const multi = parseIcs(
      ics([{ ...plan, deadlines: [], events: [{ title: 'Hội thao', start: '2027-02-22', end: '2027-02-25' }] }]),
    ).events[0]!;
    expect(multi).toMatchObject({ allDay: true, start: '2027-02-22', end: '2027-02-26' });
  });

  it('carries the task, assignee, document and link, escaped and read back intact', () => {
    const d = event('dự thảo Báo cáo tổng kết');
    expect(d.summary).toBe('Hạn: Sở Nội vụ hoàn thành dự thảo Báo cáo tổng kết; gửi các sở, ngành góp ý');
    expect(d.description.split('\n')).toEqual([
      'Sở Nội vụ hoàn thành dự thảo Báo cáo tổng kết; gửi các sở, ngành góp ý',
      'Đơn vị thực hiện: Sở Nội vụ tỉnh Lâm Đồng',
      'Theo Kế hoạch số 248/KH-UBND: Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
      `${SITE}/van-ban/ke-hoach-248/`,
    ]);
    expect(d.url).toBe(`${SITE}/van-ban/ke-hoach-248/`);
    expect(d.categories).toEqual(['Hạn thực hiện']);
    const e = event('Hội nghị tổng kết');
    expect(e.location).toBe('Hội trường Trung tâm Hành chính tỉnh, số 36 Trần Phú, phường Xuân Hương - Đà Lạt');
    expect(e.description).toContain('Có kết nối trực tuyến.');
  });

  it('stamps events with the posting date, so an unchanged calendar is byte-identical', () => {
    expect(event('Hội nghị tổng kết').stamp).toBe('2026-11-12T17:00:00Z');
    // No publishedAt and a month-only issue date: the first of that month, Vietnam time.
    expect(event('Hết hạn lấy ý kiến').stamp).toBe('2026-10-31T17:00:00Z');
    expect(ics([plan, consultation])).toBe(text);
  });
});
