import { describe, expect, it } from 'vitest';
import {
  buildDate,
  compareDatesDesc,
  datePrecision,
  dateSortKey,
  formatDateLong,
  formatDateShort,
  formatEventTime,
  normalizeDateInput,
  parseDateParts,
  yearOf,
} from '../../src/vocabulary/dates.ts';

describe('partial dates', () => {
  it('parses each precision and rejects impossible dates', () => {
    expect(parseDateParts('2022')).toEqual({ year: 2022 });
    expect(parseDateParts('2022-02')).toEqual({ year: 2022, month: 2 });
    expect(parseDateParts('2022-02-07')).toEqual({ year: 2022, month: 2, day: 7 });
    expect(parseDateParts('2025-01-10T08:30')).toEqual({ year: 2025, month: 1, day: 10, hour: 8, minute: 30 });
    expect(parseDateParts('2022-13')).toBeUndefined();
    expect(parseDateParts('2023-02-29')).toBeUndefined();
    expect(parseDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDateParts('07/03/2022')).toBeUndefined();
  });

  it('normalizes what YAML gives: Date at UTC midnight, a bare year number, strings', () => {
    expect(normalizeDateInput(new Date(Date.UTC(2022, 2, 7)))).toBe('2022-03-07');
    expect(normalizeDateInput(2022)).toBe('2022');
    expect(normalizeDateInput('2022-2')).toBeUndefined();
    expect(normalizeDateInput('2022-02')).toBe('2022-02');
    expect(normalizeDateInput(new Date(Date.UTC(2025, 0, 10, 8, 0)), true)).toBe('2025-01-10T08:00');
    expect(normalizeDateInput('2025-01-10 08:00', true)).toBe('2025-01-10T08:00');
    expect(normalizeDateInput('2025-01-10T08:00')).toBe('2025-01-10');
    expect(normalizeDateInput(true)).toBeUndefined();
  });

  it('shows a partial date only as far as it is known, never with an invented day', () => {
    expect(formatDateLong('2022-02')).toBe('tháng 02 năm 2022');
    expect(formatDateLong('2022')).toBe('năm 2022');
    expect(formatDateLong('2022-03-07')).toBe('ngày 07 tháng 3 năm 2022');
    expect(formatDateLong('2022-11-20')).toBe('ngày 20 tháng 11 năm 2022');
    expect(formatDateLong('2026-12-15T08:00')).toBe('08 giờ 00, ngày 15 tháng 12 năm 2026');
    expect(formatDateShort('2022-02')).toBe('02/2022');
    expect(formatDateShort('2022')).toBe('2022');
    expect(formatDateShort('2022-03-07')).toBe('07/03/2022');
  });

  it('says when an event takes place in one phrase', () => {
    expect(formatEventTime('2026-12-15T08:00', '2026-12-15T11:30')).toBe(
      '08 giờ 00 đến 11 giờ 30, ngày 15 tháng 12 năm 2026',
    );
    expect(formatEventTime('2022-02-22', '2022-02-25')).toBe(
      'từ ngày 22 tháng 02 năm 2022 đến ngày 25 tháng 02 năm 2022',
    );
    expect(formatEventTime('2026-12-08T14:00')).toBe('14 giờ 00, ngày 08 tháng 12 năm 2026');
  });

  it('sorts mixed precisions newest first', () => {
    const dates = ['2022', '2022-03-07', '2023-01', '2022-02'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2023-01', '2022-03-07', '2022-02', '2022']);
    expect(dateSortKey('2022-02')).toBe('2022-02-01T00:00');
    expect(datePrecision('2022-02')).toBe('month');
    expect(yearOf('2022-02-07')).toBe(2022);
  });

  it('takes the build date from BUILD_DATE, else today in Vietnam', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-20' })).toBe('2026-11-20');
    expect(() => buildDate({ BUILD_DATE: '2026-11' })).toThrow(/BUILD_DATE/);
    // 20:00 UTC on 19 November is already 20 November in Hà Nội (UTC+7).
    expect(buildDate({}, new Date(Date.UTC(2026, 10, 19, 20, 0)))).toBe('2026-11-20');
  });
});
