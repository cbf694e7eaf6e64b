/**
 * The open data of the built sample and fixture sites, read as an outside user would: every JSON
 * file parsed and validated against the schema published next to it, every CSV parsed
 * with a real CSV parser, the ids compared with the published content (read by the
 * checker, independently of Astro), nothing held back in any file, every URL leading
 * to a built page. Then the fixture site after an editor adds documents, rebuilt
 * (test/helpers/rebuild.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor } from '../../scripts/lib/quality/site-files.ts';
import { csvColumns } from '../../src/lib/open-data-csv.ts';
import { datasetNames, datasets, type DatasetName } from '../../src/lib/open-data-schemas.ts';
import { formatBytes } from '../../src/lib/text.ts';
import { read, type BuiltSite } from '../helpers/build.ts';
import { jsonSchemaValidator } from '../helpers/json-schema.ts';
import { added, fixtureRebuild } from '../helpers/rebuild.ts';
import { load, needs, sites, type CheckResult } from '../helpers/sites.ts';

/** The site address of test builds (astro.config.mjs default). */
const SITE = 'https://thiduakhenthuong.lamdong.gov.vn/';
const collectionOf = {
  'van-ban': 'documents',
  'guong-dien-hinh': 'exemplars',
  'phong-trao': 'campaigns',
  'tin-tuc': 'news',
} as const satisfies Record<DatasetName, string>;

interface DataFile {
  $schema: string;
  generatedAt: string;
  count: number;
  items: Record<string, unknown>[];
}

/** Every data file of a built site: raw bytes, parsed JSON and CSV rows. */
function readOpenData(dist: string) {
  const dir = path.join(dist, 'du-lieu');
  const json = Object.fromEntries(
    datasetNames.map((n) => [n, JSON.parse(read(path.join(dir, `${n}.json`))) as DataFile]),
  ) as Record<DatasetName, DataFile>;
  const schema = Object.fromEntries(
    datasetNames.map((n) => [n, JSON.parse(read(path.join(dir, `${n}.schema.json`)))]),
  ) as Record<DatasetName, object>;
  const csvNames = Object.keys(csvColumns) as (keyof typeof csvColumns)[];
  const csvRaw = Object.fromEntries(csvNames.map((n) => [n, readFileSync(path.join(dir, `${n}.csv`))])) as Record<
    (typeof csvNames)[number],
    Buffer
  >;
  const csv = Object.fromEntries(
    csvNames.map((n) => [n, parse(csvRaw[n], { bom: true, columns: true }) as Record<string, string>[]]),
  ) as Record<(typeof csvNames)[number], Record<string, string>[]>;
  const texts = [
    ...datasetNames.flatMap((n) => [read(path.join(dir, `${n}.json`)), read(path.join(dir, `${n}.schema.json`))]),
    ...csvNames.map((n) => csvRaw[n].toString('utf8')),
  ];
  return { dir, json, schema, csvNames, csvRaw, csv, texts };
}

/** Every string under a key named `url` (or `$schema`) in a JSON value. */
function urlsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) urlsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'url' || k === '$schema') && typeof v === 'string') out.push(v);
      else urlsIn(v, out);
    }
  }
  return out;
}

describe.each(sites)('open data of the $name site', (under) => {
  let site: BuiltSite;
  let content: CheckResult;
  let data: ReturnType<typeof readOpenData>;
  let published: ReturnType<typeof load>['published'];

  beforeAll(() => {
    ({ site, content, published } = load(under));
    data = readOpenData(site.dist);
  });

  it('publishes a JSON file and its schema for every data set, and CSV for documents and exemplars', () => {
    for (const n of datasetNames) {
      expect(existsSync(path.join(data.dir, `${n}.json`)), n).toBe(true);
      expect(existsSync(path.join(data.dir, `${n}.schema.json`)), n).toBe(true);
      expect(existsSync(path.join(data.dir, `${n}.csv`)), n).toBe(datasets[n].csv);
    }
  });

  it('validates every JSON file against the schema published next to it', () => {
    const ajv = jsonSchemaValidator();
    for (const n of datasetNames) {
      const schema = data.schema[n] as { $id: string; $schema: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${SITE}du-lieu/${n}.schema.json`);
      expect(data.json[n].$schema).toBe(schema.$id);
      const validate = ajv.compile(schema);
      expect(validate(data.json[n]), `${n}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect(data.json[n].count).toBe(data.json[n].items.length);
      expect(data.json[n].generatedAt).toBe('2026-11-20');
    }
  });

  it('holds exactly the published entries, by their slugs, in every JSON and CSV file', () => {
    for (const n of datasetNames) {
      const expected = published(collectionOf[n])
        .map((e) => e.id)
        .sort();
      expect(expected.length, n).toBeGreaterThan(0);
      expect(data.json[n].items.map((i) => i.id).sort(), n).toEqual(expected);
    }
    for (const n of data.csvNames)
      expect(
        data.csv[n].map((r) => r.id),
        n,
      ).toEqual(data.json[n].items.map((i) => i.id));
  });

  it('leaves every held-back entry out of every file: no slug, no title, no name', () => {
    const held = Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
    needs(under, held, 'drafts and a profile without consent');
    const corpus = data.texts.join('\n');
    for (const e of held) {
      expect(corpus.includes(`"${e.id}"`), e.file).toBe(false);
      expect(corpus.includes(`/${e.id}/`), e.file).toBe(false);
      expect(corpus.includes(String(e.data.title ?? e.data.name)), e.file).toBe(false);
    }
  });

  it('writes CSV as UTF-8 with a byte order mark, CRLF line ends and an English header row', () => {
    for (const n of data.csvNames) {
      const raw = data.csvRaw[n];
      expect([...raw.subarray(0, 3)], n).toEqual([0xef, 0xbb, 0xbf]);
      const text = raw.toString('utf8');
      const header = text.slice(1, text.indexOf('\r\n'));
      expect(header).toBe(csvColumns[n].map((c) => c.header).join(','));
      expect(text.endsWith('\r\n')).toBe(true);
      // Every line break outside a quoted cell is CRLF: as many records as CRLFs.
      expect(parse(raw, { bom: true, record_delimiter: '\r\n' })).toHaveLength(data.json[n].items.length + 1);
    }
  });

  it('keeps Vietnamese text intact in CSV (same NFC strings as the JSON)', () => {
    const docs = data.json['van-ban'].items;
    data.csv['van-ban'].forEach((row, i) => {
      expect(row.title).toBe(docs[i]!.title);
      expect(row.title).toBe(row.title!.normalize('NFC'));
      expect(row.issuerName).toBe((docs[i]!.issuer as { name: string }).name);
    });
    // Marked letters of the published titles come through, as they are in the content.
    const all = data.csv['van-ban'].map((r) => r.title).join(' ');
    const marked = published('documents').filter((d) => /[ăâđêôơưàáảãạ]/i.test(String(d.data.title)));
    for (const d of needs(under, marked, 'a title with marked letters')) expect(all).toContain(String(d.data.title));
    data.csv['guong-dien-hinh'].forEach((row, i) => expect(row.name).toBe(data.json['guong-dien-hinh'].items[i]!.name));
  });

  it('keeps partial dates partial, as the content has them', () => {
    const partial = published('documents').filter((d) => String(d.data.issuedAt).length < 10);
    for (const doc of needs(under, partial, 'a document with a month-only date')) {
      const item = data.json['van-ban'].items.find((i) => i.id === doc.id)!;
      expect(item.issuedAt, doc.id).toBe(doc.data.issuedAt);
      expect(data.csv['van-ban'].find((r) => r.id === doc.id)!.issuedAt, doc.id).toBe(doc.data.issuedAt);
    }
  });

  it('gives absolute URLs that all lead to a built page or file', () => {
    const urls = new Set(datasetNames.flatMap((n) => urlsIn(data.json[n])));
    for (const n of data.csvNames)
      for (const r of data.csv[n])
        for (const u of [r.url!, ...(r.attachmentUrls ?? '').split('; ').filter(Boolean)]) urls.add(u);
    const own = [...urls].filter((u) => u.startsWith(SITE));
    // At least the address of every published entry.
    const entries = Object.values(collectionOf).flatMap((c) => published(c));
    expect(own.length).toBeGreaterThanOrEqual(entries.length);
    for (const u of urls) expect(u, 'absolute').toMatch(/^https:\/\//);
    for (const u of own) expect(fileFor(site.dist, decodeURI(new URL(u).pathname)), u).toBeDefined();
    // And of every attachment.
    for (const d of needs(
      under,
      published('documents').filter((d) => (d.data.attachments as unknown[]).length > 0),
      'a document with an attachment',
    ))
      for (const a of d.data.attachments as { file: string }[])
        expect(own, `${d.id}: ${a.file}`).toContain(`${SITE}van-ban/${d.id}/${path.basename(a.file)}`);
  });

  it('explains each data set on /du-lieu/ with its record count and real file sizes, every field on its own page', () => {
    const $ = cheerio.load(read(path.join(site.dist, 'du-lieu/index.html')));
    expect($('h1').text()).toBe('Dữ liệu mở');
    for (const n of datasetNames) {
      const section = $(`section[aria-labelledby="${n}"]`);
      expect(section.length, n).toBe(1);
      expect(section.find('dd').first().text().trim()).toBe(String(data.json[n].count));
      for (const ext of ['json', 'schema.json', ...(datasets[n].csv ? ['csv'] : [])]) {
        const link = section.find(`a[href="/du-lieu/${n}.${ext}"]`);
        expect(link.length, `${n}.${ext}`).toBe(1);
        const bytes = readFileSync(path.join(data.dir, `${n}.${ext}`)).length;
        expect(link.parent().text(), `${n}.${ext}`).toContain(formatBytes(bytes));
      }
      // The fields and columns are on the data set's own page, linked from its section.
      expect(section.find(`a[href="/du-lieu/${n}/"]`).length, n).toBe(1);
      const $set = cheerio.load(read(path.join(site.dist, `du-lieu/${n}/index.html`)));
      const detail = $set(`section[aria-labelledby="${n}"]`);
      expect(detail.find('dd').first().text().trim()).toBe(String(data.json[n].count));
      const documented = new Set(
        detail
          .find('table')
          .first()
          .find('tbody th code')
          .map((_, el) => $set(el).text())
          .get(),
      );
      for (const key of Object.keys(data.json[n].items[0]!)) expect(documented.has(key), `${n}: ${key}`).toBe(true);
      if (datasets[n].csv) {
        const columns = detail
          .find('table')
          .eq(1)
          .find('tbody th code')
          .map((_, el) => $set(el).text())
          .get();
        expect(columns).toEqual(Object.keys(data.csv[n as keyof typeof data.csv][0]!));
      }
    }
    expect($('a[rel="license"]').attr('href')).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
  });
});

describe('open data when an editor adds documents', () => {
  let before: BuiltSite;
  let after: BuiltSite;
  /** The data as published before the edits (the rebuild replaces dist/). */
  let was: ReturnType<typeof readOpenData>;
  // A decision that points at a draft campaign, a draft document and a profile without
  // consent, none of which may surface; and a notice.
  const slug = path.basename(added.decision, '.md');
  const notice = path.basename(added.notice, '.md');

  beforeAll(() => {
    ({ before, after } = fixtureRebuild());
    was = readOpenData(before.dist);
  });

  it('builds before and after', () => {
    expect(before.status, before.output.slice(-2000)).toBe(0);
    expect(after.status, after.output.slice(-2000)).toBe(0);
  });

  it('shows the new documents in van-ban.json and van-ban.csv, valid against the schema', () => {
    const now = readOpenData(after.dist);
    const ids = (d: ReturnType<typeof readOpenData>) => d.json['van-ban'].items.map((i) => i.id as string);
    expect(
      ids(now)
        .filter((id) => !ids(was).includes(id))
        .sort(),
    ).toEqual([slug, notice].sort());
    expect(now.json['van-ban'].count).toBe(was.json['van-ban'].count + 2);
    const item = now.json['van-ban'].items.find((i) => i.id === slug)!;
    expect(item).toMatchObject({
      url: `${SITE}van-ban/${slug}/`,
      number: '77/QĐ-UBND',
      title: 'Quyết định khen thưởng điển hình tiên tiến đợt mới',
      issuedAt: '2026-10',
      issuer: { id: 'ubnd-tinh-mau', name: 'Ủy ban nhân dân tỉnh Mẫu', url: `${SITE}co-quan/ubnd-tinh-mau/` },
      campaigns: [
        { id: 'thi-dua-mau-2026', name: 'Phong trào thi đua mẫu năm 2026', url: `${SITE}phong-trao/thi-dua-mau-2026/` },
      ],
      basis: [{ text: 'Căn cứ văn bản chưa công bố;', document: null }],
    });
    expect((item.awardees as { exemplar: { id: string } | null }[]).map((a) => a.exemplar?.id ?? null)).toEqual([
      'tap-the-mau',
      null,
    ]);
    expect(now.csv['van-ban'].find((r) => r.id === slug)?.title).toBe(
      'Quyết định khen thưởng điển hình tiên tiến đợt mới',
    );
    const validate = jsonSchemaValidator().compile(now.schema['van-ban']);
    expect(validate(now.json['van-ban']), JSON.stringify(validate.errors)).toBe(true);
    expect(existsSync(path.join(after.dist, 'van-ban', slug, 'index.html'))).toBe(true);
  });

  it('still leaves out what it refers to that is not published', () => {
    const corpus = readOpenData(after.dist).texts.join('\n');
    for (const held of [
      'van-ban-nhap-ngoc-lan',
      'phong-trao-nhap-hoa-ban',
      'tran-thi-chua-dong-y',
      'guong-nhap-son-tra',
      'tin-nhap-cau-vong',
      'ke-hoach-nhap-tuyet-tung',
    ]) {
      expect(corpus, held).not.toContain(held);
    }
    for (const word of ['Ngọc Lan Tím', 'Hoa Ban Trắng', 'Sơn Trà Nháp', 'Cầu Vồng Đỏ', 'Kim Tuyến', 'Tuyết Tùng'])
      expect(corpus, word).not.toContain(word);
  });
});
