/**
 * What a query asks for besides its words: a kind of document ("chỉ thị", "kế hoạch thi
 * đua") or a section ("gương điển hình", "người tốt việc tốt"). The search page ranks the
 * pages of that kind or section first, among those that match the rest of the query
 * (src/components/search/engine.ts); the words are still searched as typed.
 *
 * Each intent is one of the site's own labels (the kinds of `src/vocabulary/labels.ts`,
 * the result types of `SearchMeta`), so a filter of the index names it exactly.
 */
import { fold } from '../vocabulary/fold.ts';
import { documentKindLabel } from '../vocabulary/labels.ts';

export interface Intent {
  /**
   * The Pagefind filter the pages carry: `kind` (document kinds), `award` (decisions
   * that give awards, `AWARD_DECISION`) or `type` (sections).
   */
  filter: 'kind' | 'award' | 'type';
  /** The filter's value, as the index holds it (before `đ` encoding). */
  value: string;
  /** The query without the words that named the intent, for the pages' own match. */
  rest: string;
}

/**
 * The result type of each section's entries (`type` of `SearchMeta` on their pages, and
 * the `type` filter an intent selects), which its first listing page also carries as the
 * filter `landing`: a query naming the section finds
 * that page first, then the section's entries.
 */
export const SECTION_TYPES = {
  documents: 'Văn bản',
  campaigns: 'Phong trào',
  exemplars: 'Gương điển hình',
  news: 'Tin tức',
} as const;

/**
 * Phrases (folded) that name a section only when they are the whole query: "thi đua"
 * alone asks for the emulation movements; "đăng ký thi đua" asks for something else.
 */
const WHOLE_QUERY_PHRASES: ReadonlyArray<readonly [string, string]> = [['Phong trào', 'thi dua']];

/** Phrases (folded) that name a section, beside the section's own name. */
const SECTION_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['Gương điển hình', 'guong dien hinh'],
  ['Gương điển hình', 'nguoi tot viec tot'],
  ['Gương điển hình', 'guong sang'],
  ['Gương điển hình', 'dien hinh tien tien'],
  ['Phong trào', 'phong trao thi dua'],
  ['Phong trào', 'phong trao'],
  ['Tin tức', 'tin tuc'],
  ['Văn bản', 'van ban'],
];

/**
 * What a decision giving awards (one with `awardees`) is called, and the `award` filter
 * its page carries: "quyết định khen thưởng" asks for those, not for every decision whose
 * text says "thi đua, khen thưởng". Their titles say "tặng Bằng khen", so words alone
 * ranked the decisions on the rules above them.
 */
export const AWARD_DECISION = 'Quyết định khen thưởng';
const AWARD_PHRASES: ReadonlyArray<readonly [string, string]> = [[AWARD_DECISION, fold(AWARD_DECISION)]];

const KIND_PHRASES: ReadonlyArray<readonly [string, string]> = Object.values(documentKindLabel).map((label) => [
  label,
  fold(label),
]);

/** The words of a folded text, joined by single spaces, for whole-word comparison. */
const words = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The intent a query names, if any: an award decision, else the first kind phrase, else
 * the first section phrase,
 * found as whole words anywhere in the query (marks and `đ` ignored).
 */
export function queryIntent(query: string): Intent | undefined {
  const q = ` ${words(query)} `;
  const find = (filter: Intent['filter'], phrases: ReadonlyArray<readonly [string, string]>) => {
    for (const [value, phrase] of phrases) {
      const at = q.indexOf(` ${phrase} `);
      if (at < 0) continue;
      // The rest keeps the reader's own spelling: drop the same number of words at the same place.
      const typed = query.trim().split(/\s+/);
      const before = q.slice(0, at).trim().split(' ').filter(Boolean).length;
      const count = phrase.split(' ').length;
      return { filter, value, rest: [...typed.slice(0, before), ...typed.slice(before + count)].join(' ') };
    }
    return undefined;
  };
  const whole = WHOLE_QUERY_PHRASES.find(([, phrase]) => q.trim() === phrase);
  if (whole) return { filter: 'type', value: whole[0], rest: '' };
  return find('award', AWARD_PHRASES) ?? find('kind', KIND_PHRASES) ?? find('type', SECTION_PHRASES);
}
