/** What the `/du-lieu/` page shows of the open data, without a build. */
import { describe, expect, it } from 'vitest';
import type { OpenDataFile } from '../../src/data/open-data.ts';
import { openDataPageView } from '../../src/data/open-data-page.ts';
import type { DatasetFiles } from '../../src/lib/open-data.ts';
import { datasetNames, type DatasetName } from '../../src/lib/open-data-schemas.ts';

const counts: Record<DatasetName, number> = { 'van-ban': 25, 'guong-dien-hinh': 12, 'phong-trao': 4, 'tin-tuc': 0 };
const sets = Object.fromEntries(
  datasetNames.map((name) => [name, { name, count: counts[name], json: '{}', schema: '{}' }]),
) as Record<DatasetName, DatasetFiles>;
const file = (dataset: DatasetName, format: OpenDataFile['format'], name: string): [string, OpenDataFile] => [
  name,
  { name, dataset, format, contentType: 'text/plain', body: 'x', bytes: 1 },
];
// In the order the files are made: per set, JSON, CSV when there is one, schema.
const files = new Map([
  file('van-ban', 'json', 'van-ban.json'),
  file('van-ban', 'csv', 'van-ban.csv'),
  file('van-ban', 'schema', 'van-ban.schema.json'),
  file('guong-dien-hinh', 'json', 'guong-dien-hinh.json'),
  file('guong-dien-hinh', 'csv', 'guong-dien-hinh.csv'),
  file('guong-dien-hinh', 'schema', 'guong-dien-hinh.schema.json'),
  file('phong-trao', 'json', 'phong-trao.json'),
  file('phong-trao', 'schema', 'phong-trao.schema.json'),
  file('tin-tuc', 'json', 'tin-tuc.json'),
  file('tin-tuc', 'schema', 'tin-tuc.schema.json'),
]);

describe('openDataPageView', () => {
  const v = openDataPageView({ sets, files }, new URL('https://thiduakhenthuong.mau.gov.vn/'));

  it('has one section per data set, in the order of the contract, with its title and record count', () => {
    expect(v.sections.map((s) => [s.name, s.title, s.count])).toEqual([
      ['van-ban', 'Văn bản', 25],
      ['guong-dien-hinh', 'Gương điển hình', 12],
      ['phong-trao', 'Phong trào thi đua', 4],
      ['tin-tuc', 'Tin tức', 0],
    ]);
  });

  it('gives each section its own files only, in the order they are made', () => {
    expect(v.sections.map((s) => s.files.map((f) => f.name))).toEqual([
      ['van-ban.json', 'van-ban.csv', 'van-ban.schema.json'],
      ['guong-dien-hinh.json', 'guong-dien-hinh.csv', 'guong-dien-hinh.schema.json'],
      ['phong-trao.json', 'phong-trao.schema.json'],
      ['tin-tuc.json', 'tin-tuc.schema.json'],
    ]);
  });

  it('describes the CSV columns of the sets published as CSV, and only those', () => {
    expect(v.sections.map((s) => s.csvRows !== undefined)).toEqual([true, true, false, false]);
    const documents = v.sections[0]!;
    expect(documents.recordRows.map((r) => r.name)).toContain('id');
    expect(documents.csvRows!.length).toBeGreaterThan(0);
  });

  it('quotes the site address and its own for attribution', () => {
    expect(v.siteHref).toBe('https://thiduakhenthuong.mau.gov.vn/');
    expect(v.pageHref).toBe('https://thiduakhenthuong.mau.gov.vn/du-lieu/');
  });
});
