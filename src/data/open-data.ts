/**
 * The open data of this build: every data set's files, made once from the published
 * content (`site()`) and shared by the file endpoints and the `/du-lieu/` page, which
 * shows their record counts and sizes.
 */
import { buildDate } from '../vocabulary/dates.ts';
import { attachmentInfo } from '../lib/files.ts';
import { buildOpenData, type DatasetFiles } from '../lib/open-data.ts';
import type { RefCollection } from '../lib/open-data-records.ts';
import { datasetNames, datasets, type DatasetName } from '../lib/open-data-schemas.ts';
import { board } from '../site.ts';
import { site } from './content.ts';
import { libraryRelations } from './relations.ts';

/** One published file under `/du-lieu/`. */
export interface OpenDataFile {
  /** File name, e.g. `van-ban.csv`. */
  name: string;
  dataset: DatasetName;
  format: 'json' | 'csv' | 'schema';
  contentType: string;
  body: string;
  bytes: number;
}

/**
 * The `getStaticPaths` of one kind of file: every data set has JSON and a schema, the
 * sets the contract names also CSV. The route files carry the extension in their name
 * (`[set].json.ts`) so that `trailingSlash: 'always'` leaves their URLs alone.
 */
export function openDataPaths(format: OpenDataFile['format']) {
  return datasetNames.filter((n) => format !== 'csv' || datasets[n].csv).map((set) => ({ params: { set } }));
}

const cache = new Map<string, Promise<{ sets: Record<DatasetName, DatasetFiles>; files: Map<string, OpenDataFile> }>>();

async function make(base: URL) {
  const s = await site();
  const names: Record<RefCollection, (id: string) => string | undefined> = {
    documents: (id) => s.doc.get(id)?.data.title,
    campaigns: (id) => s.campaign.get(id)?.data.title,
    exemplars: (id) => s.exemplar.get(id)?.data.name,
    organizations: (id) => s.org.get(id)?.data.name,
  };
  const sets = buildOpenData(s, {
    site: base,
    nameOf: (collection, id) => names[collection](id),
    attachment: (doc, file) => attachmentInfo(process.cwd(), s.doc.get(doc.id)?.filePath ?? '', file, doc.id),
    today: buildDate(),
    relations: libraryRelations(s),
    publisher: board.name,
  });
  const files = new Map<string, OpenDataFile>();
  const add = (dataset: DatasetName, format: OpenDataFile['format'], name: string, contentType: string, body: string) =>
    files.set(name, { name, dataset, format, contentType, body, bytes: Buffer.byteLength(body, 'utf8') });
  for (const n of datasetNames) {
    const set = sets[n];
    add(n, 'json', `${n}.json`, 'application/json; charset=utf-8', set.json);
    if (set.csv !== undefined) add(n, 'csv', `${n}.csv`, 'text/csv; charset=utf-8', set.csv);
    add(n, 'schema', `${n}.schema.json`, 'application/schema+json; charset=utf-8', set.schema);
  }
  return { sets, files };
}

/** The data sets and their files for a site address (`Astro.site`), made once per build. */
export function openData(base: URL) {
  const key = base.href;
  let made = cache.get(key);
  if (!made) {
    made = make(base);
    cache.set(key, made);
  }
  return made;
}

/** The response for one file under `/du-lieu/`, by file name (`van-ban.csv`). */
export async function openDataFile(base: URL, name: string): Promise<Response> {
  const file = (await openData(base)).files.get(name);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
}
