import { describe, expect, it } from 'vitest';
import { fold } from '../../src/vocabulary/fold.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  capQuery,
  decodeFromIndex,
  documentNumberQuery,
  encodeForIndex,
  queryTerms,
  wordMatchesTerm,
} from '../../src/lib/search-text.ts';

describe('đ in the search index', () => {
  it('is encoded as a letter Pagefind folds to d, and decoded back losslessly', () => {
    const text = 'Thi đua, khen thưởng ĐẮK NÔNG, Đảng bộ';
    expect(encodeForIndex(text)).toBe('Thi ďua, khen thưởng ĎẮK NÔNG, Ďảng bộ');
    expect(encodeForIndex(text).normalize('NFD').replace(/\p{M}/gu, '')).toBe('Thi dua, khen thuong DAK NONG, Dang bo');
    expect(decodeFromIndex(encodeForIndex(text))).toBe(text);
  });
  it('normalizes decomposed input first', () => {
    expect(encodeForIndex('thi đua'.normalize('NFD'))).toBe('thi ďua');
  });
});

describe('query helpers', () => {
  it('folds words for comparison', () => {
    expect(fold('Đắk Nông')).toBe('dak nong');
    expect(fold('ďua')).toBe('dua');
  });
  it('splits a query into words without surrounding punctuation', () => {
    expect(queryTerms('  “Người tốt,  việc tốt”  ')).toEqual(['Người', 'tốt', 'việc', 'tốt']);
    expect(queryTerms('21/QĐ-UBND')).toEqual(['21/QĐ-UBND']);
  });
  it('reads a document number in the four spellings readers use', () => {
    for (const q of ['21/QĐ-UBND', '21/qd-ubnd', '21 qd ubnd', '21 QD UBND'])
      expect(documentNumberQuery(q)).toMatch(/^21\/q[dđ]-ubnd$/);
    expect(documentNumberQuery('32 2023 QĐ UBND')).toBe('32/2023/qđ-ubnd');
    expect(documentNumberQuery('02/KH-HĐTĐKT')).toBe('02/kh-hđtđkt');
    expect(documentNumberQuery('thi đua 2026')).toBeUndefined();
    expect(documentNumberQuery('2026')).toBeUndefined();
  });
  it('tells a real match from a shorter word Pagefind fell back to', () => {
    expect(wordMatchesTerm('Đua', 'dua')).toBe(true);
    expect(wordMatchesTerm('thưởng,', 'thuong')).toBe(true);
    expect(wordMatchesTerm('21/QĎ-UBND', '21/qd-ubnd')).toBe(true);
    expect(wordMatchesTerm('thi', 'thidua')).toBe(false);
    expect(wordMatchesTerm('thi', 'xyz')).toBe(false);
    // A submitted word typed with marks is whole: "khê" is not the start of "khen", "lũ" of "lúa".
    expect(wordMatchesTerm('khen', 'khê', true)).toBe(false);
    expect(wordMatchesTerm('lúa,', 'lũ', true)).toBe(false);
    expect(wordMatchesTerm('hoà', 'hòa', true)).toBe(true);
    expect(wordMatchesTerm('Khê', 'khê', true)).toBe(true);
    expect(wordMatchesTerm('khen', 'khê')).toBe(true);
  });
});

describe('query caps', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i + 1}`).join(' ');

  it('leaves an ordinary query as typed, spaces tidied', () => {
    expect(capQuery('  thi đua   khen thưởng ')).toEqual({ query: 'thi đua khen thưởng', shortened: false });
    expect(capQuery('21/QĐ-UBND')).toEqual({ query: '21/QĐ-UBND', shortened: false });
    expect(capQuery(words(MAX_QUERY_WORDS))).toEqual({ query: words(MAX_QUERY_WORDS), shortened: false });
    expect(capQuery('')).toEqual({ query: '', shortened: false });
  });

  it(`keeps the first ${MAX_QUERY_WORDS} words of a long query and says it was shortened`, () => {
    expect(capQuery(words(MAX_QUERY_WORDS + 1))).toEqual({ query: words(MAX_QUERY_WORDS), shortened: true });
    expect(capQuery(words(2500))).toEqual({ query: words(MAX_QUERY_WORDS), shortened: true });
  });

  it(`keeps at most ${MAX_QUERY_LENGTH} characters, cut after a whole word`, () => {
    const long = Array.from({ length: 10 }, (_, i) => `${String(i).repeat(30)}`).join(' ');
    const r = capQuery(long);
    expect(r.shortened).toBe(true);
    expect(r.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.startsWith(r.query + ' ')).toBe(true);
    expect(r.query.split(' ')).toHaveLength(6);
    // One endless word: cut at the limit, never in the middle of a surrogate pair.
    const emoji = capQuery('a' + '😀'.repeat(500));
    expect(emoji.shortened).toBe(true);
    expect(emoji.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(() => encodeURIComponent(emoji.query)).not.toThrow();
  });

  it('costs the same for a query of a million characters', () => {
    const huge = 'thi đua '.repeat(125_000);
    const start = performance.now();
    const r = capQuery(huge);
    expect(performance.now() - start).toBeLessThan(500);
    expect(r).toEqual({ query: 'thi đua thi đua thi đua thi đua thi đua thi đua', shortened: true });
  });
});
