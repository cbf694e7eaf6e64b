/**
 * Open data at `/du-lieu/`: records built from published entries, the JSON and CSV
 * files, and the field tables that document them. Pure TypeScript over plain entry data
 * and a small context (absolute URLs, names of published entries, attachment facts), so
 * it is unit-tested without Astro. This module assembles the files; the records are built
 * in `open-data-records.ts`, the CSV written in `open-data-csv.ts`, the field tables
 * generated in `open-data-fields.ts`, and the record schemas are in `open-data-schemas.ts`.
 */
import type { z } from 'astro/zod';
import { csvColumns, toCsv } from './open-data-csv.ts';
import {
  absoluteUrl,
  campaignRecordOf,
  documentRecordOf,
  exemplarRecordOf,
  newsRecordOf,
  type CampaignData,
  type DocumentData,
  type EntryIn,
  type ExemplarData,
  type NewsData,
  type OpenDataContext,
} from './open-data-records.ts';
import { datasets, envelope, jsonSchemaOf, type DatasetName } from './open-data-schemas.ts';
import { dataFilePath, pagePath } from './routes.ts';

/** Licence of every data set: CC BY 4.0 (see docs/adr/0004-open-data.md). */
export const openDataLicense = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** Absolute URL of a published data file, e.g. `dataUrl(ctx, 'van-ban', 'json')`. */
const dataUrl = (ctx: Pick<OpenDataContext, 'site'>, name: DatasetName, ext: 'json' | 'csv' | 'schema.json') =>
  absoluteUrl(ctx, dataFilePath(`${name}.${ext}`));

/** Entries of the site, as published. */
export interface OpenDataInput {
  documents: readonly EntryIn<DocumentData>[];
  exemplars: readonly EntryIn<ExemplarData>[];
  campaigns: readonly EntryIn<CampaignData>[];
  news: readonly EntryIn<NewsData>[];
}

/** A data set's files, ready to write. */
export interface DatasetFiles {
  name: DatasetName;
  count: number;
  json: string;
  schema: string;
  csv?: string | undefined;
}

/**
 * Every data set's JSON file, JSON Schema and (for documents and exemplars) CSV file.
 * Each JSON file is checked against its own schema here, so the build fails rather
 * than publish a file that breaks the published contract.
 */
export function buildOpenData(
  input: OpenDataInput,
  ctx: OpenDataContext & { publisher: string },
): Record<DatasetName, DatasetFiles> {
  const records = {
    'van-ban': input.documents.map((d) => documentRecordOf(d, ctx)),
    'guong-dien-hinh': input.exemplars.map((e) => exemplarRecordOf(e, ctx)),
    'phong-trao': input.campaigns.map((c) => campaignRecordOf(c, ctx)),
    'tin-tuc': input.news.map((n) => newsRecordOf(n, ctx)),
  } satisfies Record<DatasetName, unknown[]>;
  const file = <N extends DatasetName>(name: N): DatasetFiles => {
    const set = datasets[name];
    const items = records[name];
    const body = {
      $schema: dataUrl(ctx, name, 'schema.json'),
      title: set.title,
      description: set.description,
      generatedAt: ctx.today,
      license: { ...openDataLicense },
      source: { name: ctx.publisher, url: absoluteUrl(ctx, pagePath('openData')) },
      count: items.length,
      items,
    };
    const checked = envelope(set.record as z.ZodType).safeParse(body);
    if (!checked.success) throw new Error(`Open data ${name}.json breaks its schema: ${checked.error.message}`);
    return {
      name,
      count: items.length,
      json: JSON.stringify(body) + '\n',
      schema: JSON.stringify(jsonSchemaOf(name, dataUrl(ctx, name, 'schema.json')), null, 2) + '\n',
      csv:
        name === 'van-ban'
          ? toCsv(records['van-ban'], csvColumns['van-ban'])
          : name === 'guong-dien-hinh'
            ? toCsv(records['guong-dien-hinh'], csvColumns['guong-dien-hinh'])
            : undefined,
    };
  };
  return {
    'van-ban': file('van-ban'),
    'guong-dien-hinh': file('guong-dien-hinh'),
    'phong-trao': file('phong-trao'),
    'tin-tuc': file('tin-tuc'),
  };
}
