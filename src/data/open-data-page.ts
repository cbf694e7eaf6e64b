/**
 * What the `/du-lieu/` page shows of the open data made for this build: one section per
 * data set, in the order of the contract, with its record count, its files and sizes,
 * the table of its record fields and, for the sets published as CSV, of its columns;
 * and the addresses the page quotes (the site's, for full URLs, and the page's own, for
 * attribution).
 */
import type { DatasetFiles } from '../lib/open-data.ts';
import { csvColumns, csvRows, type CsvDatasetName } from '../lib/open-data-csv.ts';
import { recordRows, type FieldRow } from '../lib/open-data-fields.ts';
import { datasetNames, datasets, type DatasetName } from '../lib/open-data-schemas.ts';
import { pagePath } from '../lib/routes.ts';
import type { OpenDataFile } from './open-data.ts';

/** One data set's section, as `DatasetSection` takes it. */
interface DatasetSectionData {
  /** Data set name, also the section's anchor: `van-ban`. */
  name: DatasetName;
  title: string;
  description: string;
  count: number;
  /** Its files in the order they are made: JSON, CSV when there is one, schema. */
  files: OpenDataFile[];
  recordRows: FieldRow[];
  /** The CSV columns, for the sets published as CSV. */
  csvRows: FieldRow[] | undefined;
}

export interface OpenDataPageView {
  sections: DatasetSectionData[];
  /** The site's address, which every `url` of the data starts with. */
  siteHref: string;
  /** This page's address, to be quoted when crediting the data. */
  pageHref: string;
}

/** The data sets whose CSV columns are declared, i.e. that are published as CSV. */
const hasCsv = (name: DatasetName): name is CsvDatasetName => name in csvColumns;

export function openDataPageView(
  data: { sets: Record<DatasetName, DatasetFiles>; files: Map<string, OpenDataFile> },
  siteUrl: URL,
): OpenDataPageView {
  const files = [...data.files.values()];
  return {
    sections: datasetNames.map((name) => ({
      name,
      title: datasets[name].title,
      description: datasets[name].description,
      count: data.sets[name].count,
      files: files.filter((f) => f.dataset === name),
      recordRows: recordRows(name),
      csvRows: hasCsv(name) ? csvRows(name) : undefined,
    })),
    siteHref: new URL('/', siteUrl).href,
    pageHref: new URL(pagePath('openData'), siteUrl).href,
  };
}
