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
import { RELATION_FIELDS, type RelationField } from '../../src/lib/import/relations.ts';
import { documentNumberKey } from '../../src/vocabulary/labels.ts';
import { buildDocx, scanPdf, typesetPdf } from './eval-files.ts';

export const corpusDir = path.resolve(import.meta.dirname, '../../test/fixtures/import/eval');

type Outcome = 'right' | 'marked' | 'missing' | 'wrong';

interface Expected {
  as?: 'document' | 'news';
  collection: 'documents' | 'news';
  fields: Record<string, string | null>;
  /**
   * The documents this one replaces, amends, repeals, guides: the number as cited and,
   * when the library holds it, its slug. Left out: the text states no relation.
   */
  relations?: Partial<Record<RelationField, { number: string; document?: string }[]>>;
}

/** The fields of validity and relations, scored as claims (precision) and as the text's facts (recall). */
const VALIDITY_FIELDS = ['effectiveFrom', 'effectiveUntil', ...RELATION_FIELDS] as const;
type ValidityField = (typeof VALIDITY_FIELDS)[number];

/** Per field of validity and relations, over every case (a case that labels none states none). */
export interface ValidityScore {
  /** Facts the texts state: a date, or one cited document. */
  expected: number;
  /** Written as a plain value, and right. */
  right: number;
  /** Marked CẦN SỬA and named (a date under a mark, a citation named in the note). */
  marked: number;
  missing: number;
  /** Plain values written (no mark): what precision is measured on. */
  claims: number;
  /** Plain values written that the text does not state: wrong without a mark. */
  wrong: number;
  /** Marks naming a date or citation the text does not state as such (the clerk's time, not a wrong value). */
  spuriousMarks: number;
}

interface ValidityMiss {
  case: string;
  field: ValidityField;
  what: 'missing' | 'wrong' | 'spurious mark';
  detail: string;
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
  validity: Record<ValidityField, ValidityScore>;
  validityMisses: ValidityMiss[];
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

/**
 * The library the run starts with: no organizations, and the documents of `library.json`
 * in the corpus (the ones its texts replace, amend, repeal or guide), so that linking is
 * measured against a library as an editor's would be.
 */
function startLibrary(dir: string): Library {
  let documents: Library['documents'] = [];
  try {
    documents = (
      JSON.parse(readFileSync(path.join(dir, 'library.json'), 'utf8')) as { documents: Library['documents'] }
    ).documents;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return { organizations: [], documents: [...documents], province: 'Lâm Đồng' };
}

const emptyScore = (): ValidityScore => ({
  expected: 0,
  right: 0,
  marked: 0,
  missing: 0,
  claims: 0,
  wrong: 0,
  spuriousMarks: 0,
});

/** The numbers of the documents a CẦN SỬA note names (“Quyết định số 12/QĐ-UBND ngày …”). */
function numbersNamed(comment: string): Set<string> {
  const out = new Set<string>();
  for (const q of comment.matchAll(/“([^”]+)”/gu)) {
    const n = /số\s+(\S+?)[,;.]?(?:\s|$)/u.exec(q[1]!);
    if (n) out.add(documentNumberKey(n[1]!));
  }
  return out;
}

/** Scores one case's validity and relations into `scores`. */
function scoreValidity(
  name: string,
  main: EntryDraft,
  expected: Expected,
  scores: Record<ValidityField, ValidityScore>,
  misses: ValidityMiss[],
): void {
  const comment = (f: string) => {
    const c = main.comments[f] ?? '';
    return c.startsWith('CẦN SỬA') ? c : '';
  };
  for (const f of ['effectiveFrom', 'effectiveUntil'] as const) {
    const s = scores[f];
    const want = expected.fields[f] ?? null;
    const got = main.data[f] as string | undefined;
    const marked = !!comment(f);
    if (got !== undefined && !marked) {
      s.claims++;
      if (got !== want) {
        s.wrong++;
        misses.push({ case: name, field: f, what: 'wrong', detail: `cần ${want ?? '(không có)'}, nhập ${got}` });
      }
    }
    if (want === null) {
      if (marked) {
        s.spuriousMarks++;
        misses.push({ case: name, field: f, what: 'spurious mark', detail: comment(f) });
      }
      continue;
    }
    s.expected++;
    if (got === want && !marked) s.right++;
    else if (marked) s.marked++;
    else {
      s.missing++;
      misses.push({ case: name, field: f, what: 'missing', detail: `cần ${want}` });
    }
  }
  for (const f of RELATION_FIELDS) {
    const s = scores[f];
    const gold = expected.relations?.[f] ?? [];
    const links = (main.data[f] as string[] | undefined) ?? [];
    const note = comment(f);
    const named = numbersNamed(note);
    const plain = links.filter((slug) => !note.includes(`liên kết tới ${slug}`));
    for (const slug of plain) {
      s.claims++;
      if (!gold.some((g) => g.document === slug)) {
        s.wrong++;
        misses.push({ case: name, field: f, what: 'wrong', detail: `liên kết ${slug}` });
      }
    }
    for (const g of gold) {
      s.expected++;
      if (g.document && plain.includes(g.document)) s.right++;
      else if (named.has(documentNumberKey(g.number))) s.marked++;
      else {
        s.missing++;
        misses.push({ case: name, field: f, what: 'missing', detail: g.number });
      }
    }
    const goldNumbers = new Set(gold.map((g) => documentNumberKey(g.number)));
    for (const n of named) {
      if (goldNumbers.has(n)) continue;
      s.spuriousMarks++;
      misses.push({ case: name, field: f, what: 'spurious mark', detail: n });
    }
  }
}

/** Precision (plain values that are right) and recall (facts found, plain or marked) of validity scores. */
export function validityRates(scores: ValidityScore[]): { precision: number; recall: number; rightRecall: number } {
  const sum = (k: keyof ValidityScore) => scores.reduce((n, s) => n + s[k], 0);
  const claims = sum('claims');
  const expected = sum('expected');
  return {
    precision: claims ? (claims - sum('wrong')) / claims : 1,
    recall: expected ? (sum('right') + sum('marked')) / expected : 1,
    rightRecall: expected ? sum('right') / expected : 1,
  };
}

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
  const library = startLibrary(dir);
  const validity = Object.fromEntries(VALIDITY_FIELDS.map((f) => [f, emptyScore()])) as Record<
    ValidityField,
    ValidityScore
  >;
  const validityMisses: ValidityMiss[] = [];
  try {
    for (const c of cases) {
      const expected = JSON.parse(readFileSync(path.join(dir, `${c.name}.expected.json`), 'utf8')) as Expected;
      const file = await inputFile(dir, c, work);
      const source = await readSource(file);
      const result = importText(source.text, library, { as: expected.as, today });
      applySource(result.entries, source, file);
      const main = result.entries[0]!;
      if (expected.collection === 'documents') scoreValidity(c.name, main, expected, validity, validityMisses);
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
  return {
    cases: cases.length,
    results,
    byField,
    totals,
    rightShare: contained ? totals.right / contained : 0,
    validity,
    validityMisses,
  };
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
  out.push(
    '',
    'Hiệu lực và quan hệ (mọi văn bản; độ chính xác trên giá trị ghi không đánh dấu, độ phủ gồm cả chỗ đánh dấu):',
    `${pad('trường', 16)}${pad('có', 5)}${pad('đúng', 6)}${pad('đ.dấu', 7)}${pad('thiếu', 7)}${pad('ghi', 5)}${pad('sai', 5)}${pad('đ.dấu thừa', 12)}chính xác  phủ`,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const [field, v] of Object.entries(report.validity)) {
    const r = validityRates([v]);
    out.push(
      `${pad(field, 16)}${pad(v.expected, 5)}${pad(v.right, 6)}${pad(v.marked, 7)}${pad(v.missing, 7)}${pad(v.claims, 5)}${pad(v.wrong, 5)}${pad(v.spuriousMarks, 12)}${pad(pct(r.precision), 11)}${pct(r.recall)}`,
    );
  }
  const all = validityRates(Object.values(report.validity));
  out.push(
    `Cộng: chính xác ${pct(all.precision)}, phủ ${pct(all.recall)} (đúng không cần sửa ${pct(all.rightRecall)}).`,
  );
  for (const m of report.validityMisses) out.push(`  ${m.case} · ${m.field}: ${m.what} ${m.detail}`);
  const wrong = report.results.filter((r) => r.outcome === 'wrong');
  if (wrong.length) {
    out.push('', 'Sai không đánh dấu:');
    for (const r of wrong)
      out.push(`  ${r.case} · ${r.field}: cần “${r.expected ?? '(không có)'}”, nhập “${r.actual ?? ''}”`);
  }
  return out;
}
