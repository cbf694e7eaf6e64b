/**
 * The search page's ranking and reading of queries, without a browser: phrase and
 * proximity from word positions, kind and section intents, titles, corrections from the
 * site's vocabulary (src/components/search/rank.ts, suggest.ts, src/lib/search-intent.ts,
 * src/lib/search-vocabulary.ts).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proximity, rankCandidates, rerankLoaded } from '../../src/components/search/rank.ts';
import { bestCorrection, oneEditApart } from '../../src/components/search/suggest.ts';
import { queryIntent } from '../../src/lib/search-intent.ts';
import { Vocabulary } from '../../src/lib/search-vocabulary.ts';

const at = (entries: Record<string, number[]>) => new Map(Object.entries(entries));

describe('phrase and proximity', () => {
  it('a phrase is the words next to each other, in the query order', () => {
    expect(proximity([[4, 20], [5]])).toEqual({ phrase: true, span: 2 });
    expect(proximity([[5], [4]])).toEqual({ phrase: false, span: 2 });
    expect(proximity([[1], [9]])).toEqual({ phrase: false, span: 9 });
    expect(proximity([[1], []]).span).toBe(Infinity);
  });

  it('ranks the page with the phrase above pages with the words apart, whatever Pagefind scored', () => {
    // "đê điều": page a has "điều dưỡng … Giám đốc" (words apart), page b the plan on đê điều.
    const ranked = rankCandidates({
      candidates: [
        { id: 'a', score: 9 },
        { id: 'b', score: 4 },
        { id: 'c', score: 3 },
      ],
      positions: [at({ a: [3], b: [40], c: [7] }), at({ a: [90], b: [41], c: [9] })],
    });
    // b: the phrase; a: Pagefind's best, words far apart; c: words close, weaker score.
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts a document number first, then the pages of the kind named, then the rest', () => {
    const ranked = rankCandidates({
      candidates: [
        { id: 'tin', score: 10 },
        { id: 'chi-thi', score: 2 },
        { id: 'so', score: 1 },
      ],
      positions: [],
      numbered: new Set(['so']),
      intended: new Set(['chi-thi']),
    });
    expect(ranked.map((r) => r.id)).toEqual(['so', 'chi-thi', 'tin']);
  });
});

describe("titles and the site's own pages", () => {
  const item = (id: string, rank: number) => ({ id, rank });
  it('a title that is the query leads; a tier-2 page counts half unless its title holds the query', () => {
    const order = rerankLoaded(
      [
        { item: item('ke-hoach', 2), page: { title: 'Kế hoạch của Sở Nội vụ năm 2026' } },
        { item: item('co-quan', 1), page: { title: 'Sở Nội vụ tỉnh Lâm Đồng', tier: '2' } },
        { item: item('danh-sach', 1.9), page: { title: 'Văn bản', tier: '2' } },
      ],
      'so noi vu',
    );
    expect(order.map((o) => o.id)).toEqual(['co-quan', 'ke-hoach', 'danh-sach']);
  });
});

describe('short names', () => {
  it('an organization found by its short name is not counted half', () => {
    const order = rerankLoaded(
      [
        { item: { id: 'bao-cao', rank: 1.2 }, page: { title: 'Báo cáo 15/BC-SNV sơ kết thi đua' } },
        { item: { id: 'so-noi-vu', rank: 1 }, page: { title: 'Sở Nội vụ', alias: 'SNV', tier: '2' } },
      ],
      'SNV',
    );
    expect(order.map((o) => o.id)).toEqual(['so-noi-vu', 'bao-cao']);
  });
});

describe('a section named', () => {
  it("its first listing page leads, before the section's own pages, even without the words in its title", () => {
    const ranked = rankCandidates({
      candidates: [
        { id: 'phong-trao-a', score: 5 },
        { id: 'landing', score: 1 },
      ],
      positions: [],
      intended: new Set(['phong-trao-a']),
      landing: new Set(['landing']),
    });
    expect(ranked.map((r) => r.id)).toEqual(['landing', 'phong-trao-a']);
    const order = rerankLoaded(
      [
        { item: ranked[1]!, page: { title: 'Phong trào thi đua vì người nghèo' } },
        { item: ranked[0]!, page: { title: 'Gương điển hình', tier: '2' } },
      ],
      'người tốt việc tốt',
      new Set(['landing']),
    );
    expect(order.map((o) => o.id)).toEqual(['landing', 'phong-trao-a']);
  });
});

describe('intent words', () => {
  it.each([
    ['chi thi', { filter: 'kind', value: 'Chỉ thị', rest: '' }],
    ['thi dua', { filter: 'type', value: 'Phong trào', rest: '' }],
    ['chỉ thị thi đua', { filter: 'kind', value: 'Chỉ thị', rest: 'thi đua' }],
    ['ke hoach thi dua 2026', { filter: 'kind', value: 'Kế hoạch', rest: 'thi dua 2026' }],
    ['Quyết định khen thưởng', { filter: 'award', value: 'Quyết định khen thưởng', rest: '' }],
    ['quyet dinh khen thuong nam 2025', { filter: 'award', value: 'Quyết định khen thưởng', rest: 'nam 2025' }],
    ['quyết định thi đua', { filter: 'kind', value: 'Quyết định', rest: 'thi đua' }],
    ['nguoi tot viec tot', { filter: 'type', value: 'Gương điển hình', rest: '' }],
    ['gương điển hình xã Phú Quý', { filter: 'type', value: 'Gương điển hình', rest: 'xã Phú Quý' }],
    ['phong trao', { filter: 'type', value: 'Phong trào', rest: '' }],
  ])('%s', (query, intent) => {
    expect(queryIntent(query)).toEqual(intent);
  });

  it('needs whole words: "thi" alone or "chi thieu" name no kind; "thi đua" names the movements only alone', () => {
    expect(queryIntent('thi dua')?.value).toBe('Phong trào');
    expect(queryIntent('dang ky thi dua')).toBeUndefined();
    expect(queryIntent('thi')).toBeUndefined();
    expect(queryIntent('chi thieu')).toBeUndefined();
  });
});

describe("corrections from the site's vocabulary", () => {
  it('one edit: a letter changed, added, dropped, or two swapped', () => {
    expect(oneEditApart('thuongg', 'thuong')).toBe(true);
    expect(oneEditApart('tott', 'tot')).toBe(true);
    expect(oneEditApart('troa', 'trao')).toBe(true);
    expect(oneEditApart('khem', 'khen')).toBe(true);
    expect(oneEditApart('thuong', 'thuong')).toBe(false);
    expect(oneEditApart('thuonggg', 'thuong')).toBe(false);
    expect(oneEditApart('abcd', 'badc')).toBe(false);
  });

  it('builds the vocabulary from the indexed part, most frequent spelling first, and corrects from it', () => {
    const v = new Vocabulary();
    v.addHtml('<article><h1>Khen thưởng</h1><p>Khen thưởng, thương binh; khen thưởng đột xuất.</p>');
    v.addHtml('<article><p>Người tốt, việc tốt</p><ul data-pagefind-ignore><li>Nhập nhoạng</li></ul></article>');
    const shards = v.shards();
    expect(shards.get('t')!['thuong']).toEqual(['thưởng', 4]);
    expect(shards.get('n')!['nhap']).toBeUndefined();
    expect(bestCorrection('thuongg', shards.get('t')!)).toBe('thưởng');
    expect(bestCorrection('tott', shards.get('t')!)).toBe('tốt');
    expect(bestCorrection('xyzw', shards.get('x') ?? {})).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'vocab-'));
    try {
      const bytes = v.write(dir);
      const files = readdirSync(path.join(dir, 'tu-vung')).sort();
      expect(files).toContain('t.json');
      expect(bytes).toBeGreaterThan(0);
      expect(JSON.parse(readFileSync(path.join(dir, 'tu-vung', 'k.json'), 'utf8'))).toEqual({ khen: ['khen', 3] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
