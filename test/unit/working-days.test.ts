import { afterEach, describe, expect, it, vi } from 'vitest';
import { basisSentence, deadlineView } from '../../src/lib/consultation.ts';
import {
  closingInstant,
  closingTime,
  consultationCountdown,
  countdownText,
  isOpenAt,
  isWorkingDay,
  nextDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../src/lib/working-days.ts';
import { workingCalendar } from '../../src/site.ts';
import { buildDate } from '../../src/vocabulary/dates.ts';

/** No holidays at all: only weekends count. */
const plain: WorkingCalendar = { holidays: [] };
/** The site's own list (src/site.ts). */
const site: WorkingCalendar = workingCalendar;

describe('working days', () => {
  it('leaves out Saturdays and Sundays', () => {
    // Monday 30 Nov to Sunday 6 Dec 2026.
    expect(workingDaysBetween('2026-11-30', '2026-12-06', plain)).toBe(5);
    expect(isWorkingDay('2026-12-05', plain)).toBe(false);
    expect(isWorkingDay('2026-12-06', plain)).toBe(false);
    expect(isWorkingDay('2026-12-07', plain)).toBe(true);
    // A weekend alone has none; an empty or backward range has none.
    expect(workingDaysBetween('2026-12-05', '2026-12-06', plain)).toBe(0);
    expect(workingDaysBetween('2026-12-07', '2026-12-04', plain)).toBe(0);
  });

  it('counts both ends', () => {
    expect(workingDaysBetween('2026-12-02', '2026-12-02', plain)).toBe(1);
    expect(workingDaysBetween('2026-12-02', '2026-12-04', plain)).toBe(3);
  });

  it('leaves out listed holidays, and counts a listed make-up Saturday', () => {
    const cal: WorkingCalendar = { holidays: ['2026-12-03'], makeUpDays: ['2026-12-05'] };
    expect(isWorkingDay('2026-12-03', cal)).toBe(false);
    expect(isWorkingDay('2026-12-05', cal)).toBe(true);
    expect(workingDaysBetween('2026-11-30', '2026-12-06', cal)).toBe(5);
    // A holiday on a weekend changes nothing: it was not a working day anyway.
    expect(workingDaysBetween('2026-11-30', '2026-12-06', { holidays: ['2026-12-06'] })).toBe(5);
  });

  it('spans Tết 2026 as the site lists it: 16 to 20 February are all off', () => {
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(isWorkingDay(d, site), d).toBe(false);
    // Friday 13 Feb to Monday 23 Feb: only the two ends are working days.
    expect(workingDaysBetween('2026-02-13', '2026-02-23', site)).toBe(2);
    expect(workingDaysBetween('2026-02-13', '2026-02-23', plain)).toBe(7);
  });

  it('crosses month and year ends, with Tết Dương lịch and its swap', () => {
    // Mon 28 Dec 2026 to Mon 4 Jan 2027: 28–31 Dec, 1 Jan is a holiday, 4 Jan.
    expect(workingDaysBetween('2026-12-28', '2027-01-04', site)).toBe(5);
    expect(workingDaysBetween('2026-12-28', '2027-01-04', plain)).toBe(6);
    // January 2026: 1 and 2 off (swapped), Saturday 10 worked instead.
    expect(workingDaysBetween('2026-01-01', '2026-01-11', site)).toBe(6);
    // A month end: Fri 27 Nov to Tue 1 Dec 2026.
    expect(workingDaysBetween('2026-11-27', '2026-12-01', site)).toBe(3);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('lists only well-formed weekdays, in order, and the make-up days are weekends', () => {
    const sorted = [...site.holidays].sort();
    expect(site.holidays).toEqual(sorted);
    expect(new Set(site.holidays).size).toBe(site.holidays.length);
    for (const d of site.holidays) {
      expect(d, d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isWorkingDay(d, plain), `${d} is a weekday`).toBe(true);
    }
    for (const d of site.makeUpDays ?? []) expect(isWorkingDay(d, plain), `${d} is a weekend day`).toBe(false);
  });
});

describe('a consultation closes at the end of its last day in Vietnam', () => {
  it('closes at midnight UTC+7, 17:00 UTC', () => {
    expect(closingInstant('2026-12-04').toISOString()).toBe('2026-12-04T17:00:00.000Z');
    expect(closingTime('2026-12-31')).toBe('2027-01-01T00:00+07:00');
    expect(isOpenAt('2026-12-04', new Date('2026-12-04T16:59:59Z'))).toBe(true);
    expect(isOpenAt('2026-12-04', new Date('2026-12-04T17:00:00Z'))).toBe(false);
  });

  it('counts today when it is a working day, since opinions are taken until the end of the last day', () => {
    // Wednesday 2 Dec to Friday 4 Dec: 2, 3, 4.
    expect(consultationCountdown('2026-12-04', site, '2026-12-02')).toEqual({ state: 'open', workingDays: 3 });
    // From Saturday 28 Nov the weekend is left out: 30 Nov to 4 Dec.
    expect(consultationCountdown('2026-12-04', site, '2026-11-28')).toEqual({ state: 'open', workingDays: 5 });
  });

  it('says when today is the last day, and when it has passed', () => {
    expect(consultationCountdown('2026-12-04', site, '2026-12-04')).toEqual({ state: 'last-day', workingDays: 1 });
    // A last day on a Sunday is still the last day, with no working day left in it.
    expect(consultationCountdown('2026-12-06', site, '2026-12-06')).toEqual({ state: 'last-day', workingDays: 0 });
    expect(consultationCountdown('2026-12-04', site, '2026-12-05')).toEqual({ state: 'closed', workingDays: 0 });
    expect(consultationCountdown('2025-06-30', site, '2026-12-05').state).toBe('closed');
  });

  it('writes the count as a reader expects', () => {
    const long = 'ngày 15 tháng 12 năm 2026';
    expect(countdownText({ state: 'open', workingDays: 7 }, long)).toBe(
      'Còn 7 ngày làm việc (đến hết ngày 15 tháng 12 năm 2026)',
    );
    expect(countdownText({ state: 'last-day', workingDays: 1 }, long)).toBe(
      'Hôm nay là ngày cuối nhận ý kiến (đến hết ngày 15 tháng 12 năm 2026)',
    );
    expect(countdownText({ state: 'closed', workingDays: 0 }, long)).toBe('Đã hết hạn nhận ý kiến');
    expect(countdownText({ state: 'open', workingDays: 0 }, long)).toMatch(/^Không còn ngày làm việc nào/);
  });
});

describe('the build date is "today"', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('follows BUILD_DATE when pinned', () => {
    vi.stubEnv('BUILD_DATE', '2026-12-03');
    expect(consultationCountdown('2026-12-04', site)).toEqual({ state: 'open', workingDays: 2 });
    const v = deadlineView('2026-12-04', site);
    expect(v.asOf).toBe('2026-12-03');
    expect(v.text).toBe('Còn 2 ngày làm việc (đến hết ngày 04 tháng 12 năm 2026)');
    vi.stubEnv('BUILD_DATE', '2026-12-04');
    expect(deadlineView('2026-12-04', site).lead).toBe('Hôm nay là ngày cuối nhận ý kiến');
    vi.stubEnv('BUILD_DATE', '2026-12-05');
    expect(deadlineView('2026-12-04', site).lead).toBe('Đã hết hạn nhận ý kiến');
  });

  it('is the day in Vietnam: a build at 17:30 UTC on the last day already finds it closed', () => {
    const today = buildDate({}, new Date('2026-12-04T17:30:00Z'));
    expect(today).toBe('2026-12-05');
    expect(consultationCountdown('2026-12-04', site, today).state).toBe('closed');
    const earlier = buildDate({}, new Date('2026-12-03T17:30:00Z'));
    expect(consultationCountdown('2026-12-04', site, earlier).state).toBe('last-day');
  });
});

describe('the legal basis is the entry’s own', () => {
  it('reads as one sentence, whatever the editor copied around it', () => {
    expect(basisSentence('Điều 44 Nghị định số 152/2025/NĐ-CP')).toBe(
      'Thực hiện theo quy định tại Điều 44 Nghị định số 152/2025/NĐ-CP.',
    );
    expect(basisSentence('Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;')).toBe(
      'Thực hiện theo quy định tại Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ.',
    );
  });

  it('says nothing without one', () => {
    expect(basisSentence(undefined)).toBeUndefined();
    expect(basisSentence('  ')).toBeUndefined();
  });
});
