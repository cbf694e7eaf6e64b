/**
 * The importer measured on a labelled corpus (test/fixtures/import/eval/): each
 * document is made into the file an editor would receive (PDF, scan, Word, web page),
 * read and imported as `npm run import` does, and every field is compared with what a
 * clerk reads from the paper. A value counts as right, marked (`CẦN SỬA`), missing, or
 * wrong without a mark: the one outcome an editor cannot see, so the one held at zero.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importText, type EntryDraft } from '../../src/lib/import/index.ts';
import type { Library } from '../../src/lib/import/library.ts';
import { applySource } from '../../src/lib/import/source.ts';
import { readSource } from '../../src/lib/import/read.ts';
import { buildDocx, scanPdf, typesetPdf } from './eval-files.ts';

export const corpusDir = path.resolve(import.meta.dirname, '../../test/fixtures/import/eval');

type Outcome = 'right' | 'marked' | 'missing' | 'wrong';

interface Expected {
  as?: 'document' | 'news';
  collection: 'documents' | 'news';
  fields: Record<string, string | null>;
}

interface FieldResult {
  case: string;
  field: string;
  expected: string | null;
  actual: string | undefined;
  outcome: Outcome | 'absent-ok';
}

export interface EvalReport {
  cases: number;
  results: FieldResult[];
  /** Per field: how many of each outcome. */
  byField: Record<string, Record<Outcome, number>>;
  totals: Record<Outcome, number>;
  /** Right values over the fields the texts contain. */
  rightShare: number;
}

/** The corpus's cases: name, the source file and how to turn it into the input file. */
function corpusCases(dir = corpusDir): { name: string; source: string; make?: 'pdf' | 'scan' | 'docx' }[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const own = (ext: string) => files.includes(name + ext);
      if (own('.pdf.txt')) return { name, source: name + '.pdf.txt', make: 'pdf' as const };
      if (own('.scan.txt')) return { name, source: name + '.scan.txt', make: 'scan' as const };
      if (own('.docx.txt')) return { name, source: name + '.docx.txt', make: 'docx' as const };
      const plain = ['.doc', '.html', '.md', '.txt'].find(own);
      if (!plain) throw new Error(`${f}: không có tệp nguồn ${name}.*`);
      return { name, source: name + plain };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const norm = (v: string | undefined | null) =>
  v == null
    ? undefined
    : v
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.;,]+$/, '');

/** A field's value in the imported entries, and whether the importer marked it. */
function actualOf(
  entries: EntryDraft[],
  field: string,
  library: Library,
): { value: string | undefined; marked: boolean } {
  const main = entries[0]!;
  const [top, sub] = field.split('.') as [string, string | undefined];
  const marked = (key: string) => (main.comments[key] ?? '').startsWith('CẦN SỬA');
  if (field === 'issuer') {
    const slug = main.data.issuer as string | undefined;
    const org = entries.find((e) => e.collection === 'organizations' && e.slug === slug);
    const known = library.organizations.find((o) => o.slug === slug);
    const name = org ? String(org.data.name) : known ? known.name : slug;
    return { value: name, marked: marked('issuer') };
  }
  if (field === 'about') {
    const slug = (main.data.documents as string[] | undefined)?.[0];
    const doc = entries.find((e) => e.collection === 'documents' && e.slug === slug);
    const known = library.documents.find((d) => d.slug === slug);
    return { value: doc ? (doc.data.number as string | undefined) : known?.number, marked: marked('documents') };
  }
  const raw = sub ? (main.data[top] as Record<string, unknown> | undefined)?.[sub] : main.data[top];
  return { value: raw == null ? undefined : String(raw), marked: marked(top) };
}

/** Makes the input file for a case in `work` and returns its path. */
async function inputFile(dir: string, c: ReturnType<typeof corpusCases>[number], work: string): Promise<string> {
  const src = path.join(dir, c.source);
  if (!c.make) return src;
  const text = readFileSync(src, 'utf8');
  const out = path.join(work, `${c.name}.${c.make === 'docx' ? 'docx' : 'pdf'}`);
  writeFileSync(
    out,
    c.make === 'pdf' ? await typesetPdf(text) : c.make === 'scan' ? await scanPdf(text) : await buildDocx(text),
  );
  return out;
}

const emptyLibrary = (): Library => ({ organizations: [], documents: [], province: 'Lâm Đồng' });

/** Imports every case and scores it; `progress` hears of each case as it is done. */
export async function evaluate(
  options: { dir?: string; today?: string; progress?: (name: string) => void } = {},
): Promise<EvalReport> {
  const dir = options.dir ?? corpusDir;
  const today = options.today ?? '2027-01-15';
  const work = mkdtempSync(path.join(tmpdir(), 'thidua-eval-'));
  const results: FieldResult[] = [];
  const cases = corpusCases(dir);
  // One library for the whole run, as when an editor imports a folder at once: what one
  // file adds (an organization, a document) must not leak into the next one's values.
  const library = emptyLibrary();
  try {
    for (const c of cases) {
      const expected = JSON.parse(readFileSync(path.join(dir, `${c.name}.expected.json`), 'utf8')) as Expected;
      const file = await inputFile(dir, c, work);
      const source = await readSource(file);
      const result = importText(source.text, library, { as: expected.as, today });
      applySource(result.entries, source, file);
      const main = result.entries[0]!;
      results.push({
        case: c.name,
        field: 'collection',
        expected: expected.collection,
        actual: main.collection,
        outcome: main.collection === expected.collection ? 'right' : 'wrong',
      });
      for (const [field, want] of Object.entries(expected.fields)) {
        const { value, marked } = actualOf(result.entries, field, library);
        const w = norm(want);
        const v = norm(value);
        const outcome: FieldResult['outcome'] =
          w === undefined
            ? v === undefined || marked
              ? 'absent-ok'
              : 'wrong'
            : marked
              ? 'marked'
              : v === undefined
                ? 'missing'
                : v === w
                  ? 'right'
                  : 'wrong';
        results.push({ case: c.name, field, expected: want, actual: value, outcome });
      }
      options.progress?.(c.name);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const zero = (): Record<Outcome, number> => ({ right: 0, marked: 0, missing: 0, wrong: 0 });
  const byField: EvalReport['byField'] = {};
  const totals = zero();
  for (const r of results) {
    if (r.outcome === 'absent-ok') continue;
    (byField[r.field] ??= zero())[r.outcome]++;
    totals[r.outcome]++;
  }
  const contained = results.filter((r) => r.expected !== null).length;
  return { cases: cases.length, results, byField, totals, rightShare: contained ? totals.right / contained : 0 };
}

/** The report as a table, then every value written wrong without a mark. */
export function formatReport(report: EvalReport): string[] {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const out = [
    `${report.cases} văn bản, ${report.results.length} trường`,
    `${pad('trường', 18)}${pad('đúng', 7)}${pad('đánh dấu', 10)}${pad('thiếu', 7)}sai không đánh dấu`,
  ];
  for (const [field, n] of Object.entries(report.byField)) {
    out.push(`${pad(field, 18)}${pad(n.right, 7)}${pad(n.marked, 10)}${pad(n.missing, 7)}${n.wrong}`);
  }
  const t = report.totals;
  out.push(`${pad('cộng', 18)}${pad(t.right, 7)}${pad(t.marked, 10)}${pad(t.missing, 7)}${t.wrong}`);
  out.push(`Đúng: ${(report.rightShare * 100).toFixed(1)} % số trường có trong văn bản.`);
  const wrong = report.results.filter((r) => r.outcome === 'wrong');
  if (wrong.length) {
    out.push('', 'Sai không đánh dấu:');
    for (const r of wrong)
      out.push(`  ${r.case} · ${r.field}: cần “${r.expected ?? '(không có)'}”, nhập “${r.actual ?? ''}”`);
  }
  return out;
}
