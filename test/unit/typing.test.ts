import { describe, expect, it } from 'vitest';
import { readTelex, readVni, typedReadings } from '../../src/vocabulary/typing.ts';

describe('Telex left unconverted', () => {
  it.each([
    ['thuowng', 'thương'],
    ['thuowngr', 'thưởng'],
    ['daan', 'dân'],
    ['vaajn', 'vận'],
    ['ddua', 'đua'],
    ['nguowif', 'người'],
    ['toots', 'tốt'],
    ['vieecj', 'việc'],
    ['hoaf', 'hoà'],
    ['quyeets', 'quyết'],
    ['giaor', 'giảo'],
    ['khoer', 'khoẻ'],
    ['w', 'ư'],
    ['nawm', 'năm'],
    ['ddoonfg', 'đồng'],
  ])('%s → %s', (typed, meant) => {
    expect(readTelex(typed)).toBe(meant.normalize('NFC'));
  });

  it('leaves plain words alone: a tone key only follows a vowel', () => {
    for (const w of ['sinh', 'rau', 'xa', 'truong', 'khen', 'thi', 'nguoi', 'tot', 'viec', 'UBND', '2026', 'kh-ubnd'])
      expect(readTelex(w), w).toBeUndefined();
  });
});

describe('VNI left unconverted', () => {
  it.each([
    ['vie65t', 'việt'],
    ['thu7o73ng', 'thưởng'],
    ['d9ua', 'đua'],
    ['na8m', 'năm'],
    ['d9o62ng', 'đồng'],
    ['to61t', 'tốt'],
  ])('%s → %s', (typed, meant) => {
    expect(readVni(typed)).toBe(meant.normalize('NFC'));
  });

  it('leaves numbers, codes and plain words alone', () => {
    for (const w of ['2026', '21', '21kh', 'ubnd', 'thuong', 'a0']) expect(readVni(w), w).toBeUndefined();
  });
});

describe('a query read both ways', () => {
  it('rewrites only the words the method changes', () => {
    expect(typedReadings('khen thuowng')).toEqual(['khen thương']);
    expect(typedReadings('thi ddua')).toEqual(['thi đua']);
    expect(typedReadings('daan vaajn')).toEqual(['dân vận']);
    expect(typedReadings('vie65t nam')).toEqual(['việt nam']);
    expect(typedReadings('khen thuong')).toEqual([]);
  });
});
