/**
 * Search ranking on the labelled query set (test/fixtures/search/queries.json, its
 * README says how it was written) over the built sample site, in Chromium: MRR and
 * success@3 must not fall below the floors of `SEARCH_FLOORS` (issue 17's 0.85 and 0.95),
 * every expected page must exist,
 * and the header box must put first what the search page puts first. The per-category
 * table is printed; `npm run search:eval` prints the same with every failing query.
 */
import { describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium } from '../../scripts/lib/chromium.ts';
import {
  SEARCH_FLOORS,
  evaluateSearch,
  formatSearchReport,
  loadQueries,
  type SearchEvalReport,
} from '../../scripts/lib/search-eval.ts';
import { sampleSite } from '../helpers/build.ts';

if (!hasChromium()) {
  // CI must run these tests; a developer without Chromium is told how to get it.
  if (process.env.CI) throw new Error(chromiumHint);
  console.warn(`Bỏ qua kiểm thử trên trình duyệt. ${chromiumHint}`);
}

describe('the labelled query set', () => {
  it('has at least 90 queries in every category the issue names, each with a note', () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(90);
    const categories = new Set(queries.map((q) => q.category));
    const named = ['marks', 'no-marks', 'd-as-d', 'telex', 'vni', 'typo', 'number', 'name', 'place', 'phrase'];
    for (const c of [...named, 'kind', 'section', 'no-result']) expect(categories, c).toContain(c);
    for (const q of queries) {
      expect(q.note, q.query).toBeTruthy();
      for (const url of q.expect) expect(url, q.query).toMatch(/^\/[a-z0-9/-]*\/$/);
    }
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  });
});

describe.skipIf(!hasChromium())('search ranking on the sample site', () => {
  let report: SearchEvalReport;

  it('holds the floors of MRR and success@3', async () => {
    const site = sampleSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    report = await evaluateSearch(site.dist);
    console.log(formatSearchReport(report, false).join('\n'));
    const table = formatSearchReport(report).join('\n');
    expect(report.missingPages, table).toEqual([]);
    expect(report.success3, table).toBeGreaterThanOrEqual(SEARCH_FLOORS.success3);
    expect(report.mrr, table).toBeGreaterThanOrEqual(SEARCH_FLOORS.mrr);
  }, 240_000);

  it('the header box puts first what the search page puts first', () => {
    expect(report?.header, 'the ranking test ran first').toBeDefined();
    const h = report.header!;
    expect(
      h.queries.filter((q) => !q.same),
      h.queries.map((q) => `${q.query}: ${q.headerFirst} / ${q.pageFirst} (${q.ms} ms)`).join('\n'),
    ).toEqual([]);
  });
});
