import { describe, expect, it } from 'vitest';
import { decodeFromIndex, documentNumberQuery, encodeForIndex, foldForMatch, queryTerms, wordMatchesTerm } from '../../src/lib/search-text.ts';

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
    expect(foldForMatch('Đắk Nông')).toBe('dak nong');
    expect(foldForMatch('ďua')).toBe('dua');
  });
  it('splits a query into words without surrounding punctuation', () => {
    expect(queryTerms('  “Người tốt,  việc tốt”  ')).toEqual(['Người', 'tốt', 'việc', 'tốt']);
    expect(queryTerms('21/QĐ-UBND')).toEqual(['21/QĐ-UBND']);
  });
  it('reads a document number in the four spellings readers use', () => {
    for (const q of ['21/QĐ-UBND', '21/qd-ubnd', '21 qd ubnd', '21 QD UBND']) expect(documentNumberQuery(q)).toMatch(/^21\/q[dđ]-ubnd$/);
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
  });
});
