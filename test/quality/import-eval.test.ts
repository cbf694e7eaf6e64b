/**
 * The importer's floors on its labelled corpus (test/fixtures/import/eval/, 44
 * documents and articles as boards receive them: text and scanned PDFs, old and new
 * Word files, portal copies, saved pages). No value may be written wrong without a
 * CẦN SỬA mark, and at least 90 % of the fields the texts contain must come out right.
 * `npm run import:eval` prints the same figures per field.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../scripts/lib/import-eval.ts';

describe('importer on the labelled corpus', () => {
  it('writes no wrong value without a mark, and gets at least 90 % of the fields right', async () => {
    const report = await evaluate();
    const table = formatReport(report).join('\n');
    expect(report.cases, table).toBeGreaterThanOrEqual(40);
    expect(
      report.results.filter((r) => r.outcome === 'wrong'),
      table,
    ).toEqual([]);
    expect(report.rightShare, table).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
