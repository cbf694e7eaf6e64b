import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/vocabulary/slug.ts';
import { formatBytes } from '../../src/lib/text.ts';
import { fold } from '../../src/vocabulary/fold.ts';
import { localityLine } from '../../src/lib/locality.ts';

describe('Vietnamese slug folding', () => {
  it('folds tone marks, vowel marks and đ', () => {
    expect(slugify('Thi đua Khen Thưởng')).toBe('thi-dua-khen-thuong');
    expect(slugify('Đắk Nông')).toBe('dak-nong');
    expect(slugify('ĐẢNG BỘ XÃ Đắk R’Lấp')).toBe('dang-bo-xa-dak-rlap');
    expect(slugify('Người tốt, việc tốt – 2024')).toBe('nguoi-tot-viec-tot-2024');
  });

  it('gives the same slug for text pasted in decomposed form (NFD)', () => {
    const nfd = 'Thưởng Đắk Nông'.normalize('NFD');
    expect(nfd).not.toBe('Thưởng Đắk Nông');
    expect(slugify(nfd)).toBe('thuong-dak-nong');
  });

  it('accepts only lowercase ASCII words joined by dashes', () => {
    expect(isValidSlug('ke-hoach-02-2026')).toBe(true);
    expect(isValidSlug('Ke-hoach')).toBe(false);
    expect(isValidSlug('kế-hoạch')).toBe(false);
    expect(isValidSlug('ke--hoach')).toBe(false);
    expect(isValidSlug('ke hoach')).toBe(false);
  });
});

describe('text helpers', () => {
  it('folds Vietnamese for comparison, đ included', () => {
    expect(fold('Thi Đua Khen Thưởng')).toBe('thi dua khen thuong');
    expect(fold('dưa')).toBe(fold('đua'));
  });
  it('formats attachment sizes with a Vietnamese decimal comma', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(184 * 1024)).toBe('184 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
  it('writes a locality from the most local place', () => {
    expect(localityLine({ province: 'Lâm Đồng', commune: 'xã Đắk Mil' })).toBe('xã Đắk Mil, Lâm Đồng');
  });
});
