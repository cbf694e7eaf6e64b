/**
 * The importer's floors on its labelled corpus (test/fixtures/import/eval/, 61
 * documents and articles as boards receive them: text and scanned PDFs, old and new
 * Word files, portal copies, saved pages). No value may be written wrong without a
 * CẦN SỬA mark, and at least 90 % of the fields the texts contain must come out right.
 * Validity and relations (effectiveFrom, effectiveUntil, replaces, amends, repeals,
 * guides) are scored over every document, against a starting library (`library.json`):
 * precision on the plain values written, recall on what the texts state (a citation
 * not in the library is found when its CẦN SỬA note names it).
 * `npm run import:eval` prints the same figures per field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatReport, validityRates, type EvalReport } from '../../scripts/lib/import-eval.ts';

describe('importer on the labelled corpus', () => {
  let report: EvalReport;
  let table: string;
  beforeAll(async () => {
    report = await evaluate();
    table = formatReport(report).join('\n');
  }, 180_000);

  it('writes no wrong value without a mark, and gets at least 90 % of the fields right', () => {
    expect(report.cases, table).toBeGreaterThanOrEqual(60);
    expect(
      report.results.filter((r) => r.outcome === 'wrong'),
      table,
    ).toEqual([]);
    expect(report.rightShare, table).toBeGreaterThanOrEqual(0.9);
  });

  it('reads validity and relations with precision first', () => {
    const scores = Object.values(report.validity);
    const all = validityRates(scores);
    // Enough facts to mean something: every relation kind and both dates are in the texts.
    for (const [field, s] of Object.entries(report.validity))
      expect(s.expected, `${field}\n${table}`).toBeGreaterThan(0);
    expect(
      scores.reduce((n, s) => n + s.expected, 0),
      table,
    ).toBeGreaterThanOrEqual(35);
    expect(all.precision, table).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, table).toBeGreaterThanOrEqual(0.9);
    // Plain values found without the clerk's help: a citation not in the library, a
    // computed date or a weak link is a mark by design, so this floor is lower.
    expect(all.rightRecall, table).toBeGreaterThanOrEqual(0.65);
    expect(
      scores.reduce((n, s) => n + s.spuriousMarks, 0),
      table,
    ).toBeLessThanOrEqual(1);
  });
});
