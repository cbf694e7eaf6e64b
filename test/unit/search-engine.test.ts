/**
 * The search engine over a stand-in Pagefind that records every search it is asked
 * for: a long query, however it arrives (the search page, a shared `?q=` link, the
 * header box), costs no more searches than its first words.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../../src/lib/search-text.ts';

const searches: (string | null)[] = [];

/** Every word is on one page, so the engine's "is every word found" check passes. */
vi.mock('/pagefind/pagefind.js', () => ({
  options: async () => {},
  init: async () => {},
  filters: async () => ({}),
  search: async (term: string | null) => {
    searches.push(term);
    const word = (term ?? '').split(' ')[0] ?? '';
    return {
      results: [
        {
          id: 'p1',
          score: 1,
          data: async () => ({
            url: '/van-ban/a/',
            excerpt: `<mark>${word}</mark>`,
            content: word,
            meta: { title: 'A' },
            locations: [0],
          }),
        },
      ],
      filters: {},
      totalFilters: {},
    };
  },
}));

const { runSearch, shortenedNote } = await import('../../src/components/search/engine.ts');

beforeEach(() => {
  searches.length = 0;
});

describe('search engine', () => {
  it('searches an ordinary query as typed, with no note', async () => {
    const out = await runSearch('thi đua khen thưởng');
    expect(out).toMatchObject({ query: 'thi đua khen thưởng', shortened: false, total: 1 });
  });

  it(`searches only the first ${MAX_QUERY_WORDS} words of a 2,500-word query, and says so`, async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `tu${i}`);
    const out = await runSearch(words.join(' '));
    expect(out.query).toBe(words.slice(0, MAX_QUERY_WORDS).join(' '));
    expect(out.shortened).toBe(true);
    expect(shortenedNote(out)).toBe(`Chỉ tìm theo ${MAX_QUERY_WORDS} từ đầu tiên của câu tìm kiếm.`);
    // The query's own search, plus one per word to check that it is found.
    expect(searches.length).toBeLessThanOrEqual(MAX_QUERY_WORDS + 1);
    for (const term of searches) {
      expect(term!.split(' ').length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
      expect(term!.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });

  it('checks a repeated word once', async () => {
    await runSearch('tốt tốt tốt tốt tốt tốt');
    // The query with marks, the query folded, and the one word.
    expect(searches).toHaveLength(3);
  });
});
