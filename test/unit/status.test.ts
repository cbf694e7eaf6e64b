import { describe, expect, it } from 'vitest';
import { campaignStatus, isPast } from '../../src/lib/status.ts';
import { lastDayOf } from '../../src/vocabulary/dates.ts';

describe('campaign status from period and build date', () => {
  const period = { start: '2026-01-01', end: '2026-12-31' };
  it('is upcoming before the start, under way inside, summed up after the end', () => {
    expect(campaignStatus(period, '2025-12-31')).toBe('sap-trien-khai');
    expect(campaignStatus(period, '2026-01-01')).toBe('dang-trien-khai');
    expect(campaignStatus(period, '2026-12-31')).toBe('dang-trien-khai');
    expect(campaignStatus(period, '2027-01-01')).toBe('da-tong-ket');
  });
  it('runs on without an end date', () => {
    expect(campaignStatus({ start: '2021-01-01' }, '2030-06-01')).toBe('dang-trien-khai');
  });
  it('reads a partial end as the end of that month or year', () => {
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025')).toBe('2025-12-31');
    expect(campaignStatus({ start: '2021', end: '2025' }, '2025-12-31')).toBe('dang-trien-khai');
    expect(campaignStatus({ start: '2021', end: '2025' }, '2026-01-01')).toBe('da-tong-ket');
    expect(campaignStatus({ start: '2027-03' }, '2027-02-28')).toBe('sap-trien-khai');
  });
});

describe('deadlines', () => {
  it('pass the day after their date; a month-only deadline at the end of its month', () => {
    expect(isPast('2026-11-19', '2026-11-20')).toBe(true);
    expect(isPast('2026-11-20', '2026-11-20')).toBe(false);
    expect(isPast('2026-11', '2026-11-20')).toBe(false);
    expect(isPast('2026-03', '2026-11-20')).toBe(true);
  });
});
