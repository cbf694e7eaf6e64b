/**
 * Open data at `/du-lieu/`: records built from published entries, the JSON and CSV
 * files, and the field tables that document them. Pure TypeScript over plain entry data
 * and a small context (absolute URLs, names of published entries, attachment facts), so
 * it is unit-tested without Astro. The record schemas are in `open-data-schemas.ts`.
 *
 * A reference to an entry that is not published (a draft, a profile without consent)
 * is dropped here, with its slug: the context's `nameOf` knows only published entries.
 */
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import type { campaignSchema, documentSchema, exemplarSchema, newsSchema } from '../schemas/index.ts';
import type { SchemaContext } from '../schemas/context.ts';
import type { AttachmentInfo } from './files.ts';
import { campaignKindLabel, documentKindLabel, exemplarKindLabel, newsCategoryLabel } from '../vocabulary/labels.ts';
import {
  DAY_OR_TIME_PATTERN,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN,
  datasets,
  envelope,
  jsonSchemaOf,
  type CampaignRecord,
  type DatasetName,
  type DocumentRecord,
  type EntryRefRecord,
  type ExemplarRecord,
  type JsonSchema,
  type NewsRecord,
} from './open-data-schemas.ts';
import { campaignStatus, campaignStatusLabel } from './status.ts';
import { entryPath } from './routes.ts';
import { VIETNAM_UTC_OFFSET } from '../vocabulary/dates.ts';

export type DocumentData = z.output<ReturnType<typeof documentSchema<SchemaContext>>>;
export type CampaignData = z.output<ReturnType<typeof campaignSchema<SchemaContext>>>;
export type ExemplarData = z.output<ReturnType<typeof exemplarSchema<SchemaContext>>>;
export type NewsData = z.output<ReturnType<typeof newsSchema<SchemaContext>>>;

/** An entry as the site reads it: its slug and its parsed frontmatter. */
export interface EntryIn<D> {
  id: string;
  data: D;
}

/** Collections that records refer to. */
export type RefCollection = 'documents' | 'campaigns' | 'exemplars' | 'organizations';

/** What the record builders need to know beyond an entry's own data. */
export interface OpenDataContext {
  /** The site's public address, e.g. `https://thiduakhenthuong.lamdong.gov.vn/`. */
  site: string | URL;
  /** The name (or title) of a published entry; `undefined` for anything unpublished or unknown. */
  nameOf: (collection: RefCollection, id: string) => string | undefined;
  /** Where a document's attachment is published and its facts. */
  attachment: (doc: EntryIn<DocumentData>, file: string) => AttachmentInfo;
  /** The build date (`YYYY-MM-DD`), for campaign status and `generatedAt`. */
  today: string;
}

/** Licence of every data set: CC BY 4.0 (see docs/adr/0004-open-data.md). */
export const openDataLicense = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** Separator of several values in one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

/** The absolute URL of a path on the site. */
const absoluteUrl = (ctx: Pick<OpenDataContext, 'site'>, path: string) => new URL(path, ctx.site).href;

/** Absolute URL of a published data file, e.g. `dataUrl(ctx, 'van-ban', 'json')`. */
const dataUrl = (ctx: Pick<OpenDataContext, 'site'>, name: DatasetName, ext: 'json' | 'csv' | 'schema.json') =>
  absoluteUrl(ctx, `/du-lieu/${name}.${ext}`);

function refOf(
  ctx: OpenDataContext,
  collection: RefCollection,
  ref: { id: string } | undefined,
): EntryRefRecord | null {
  if (!ref) return null;
  const name = ctx.nameOf(collection, ref.id);
  return name === undefined ? null : { id: ref.id, name, url: absoluteUrl(ctx, entryPath(collection, ref.id)) };
}

/** A required reference: organizations are never held back and a dangling one fails the content check first. */
function requiredRef(
  ctx: OpenDataContext,
  collection: RefCollection,
  ref: { id: string },
  field: string,
): EntryRefRecord {
  const r = refOf(ctx, collection, ref);
  if (!r) throw new Error(`Open data: ${field} refers to "${ref.id}", which is not published`);
  return r;
}

function refsOf(ctx: OpenDataContext, collection: RefCollection, list: readonly { id: string }[]): EntryRefRecord[] {
  return list.flatMap((r) => refOf(ctx, collection, r) ?? []);
}

/** `2026-12-15T08:00` (local Vietnam time, as editors write it) to `2026-12-15T08:00:00+07:00`; a day stays a day. */
export function eventTime(value: string): string {
  return value.length > 10 ? `${value.slice(0, 16)}:00${VIETNAM_UTC_OFFSET}` : value;
}

/** The JSON record of a published document. */
export function documentRecordOf(doc: EntryIn<DocumentData>, ctx: OpenDataContext): DocumentRecord {
  const d = doc.data;
  const awardee = (a: {
    name: string;
    kind: DocumentData['awardees'][number]['kind'];
    unit?: string | undefined;
    award: string;
  }) => ({
    name: a.name,
    kind: a.kind,
    kindLabel: exemplarKindLabel[a.kind],
    unit: a.unit ?? null,
    award: a.award,
  });
  return {
    id: doc.id,
    url: absoluteUrl(ctx, entryPath('documents', doc.id)),
    kind: d.kind,
    kindLabel: documentKindLabel[d.kind],
    number: d.number ?? null,
    title: d.title,
    issuedAt: d.issuedAt,
    // As docPostedAt in src/data/content.ts: posted on the day of issue unless told otherwise.
    publishedAt: d.publishedAt ?? d.issuedAt,
    place: d.place ?? null,
    issuer: requiredRef(ctx, 'organizations', d.issuer, `${doc.id}: issuer`),
    signer: d.signer ? { name: d.signer.name, title: d.signer.title, authority: d.signer.authority ?? null } : null,
    basis: d.basis.map((b) => ({ text: b.text, document: refOf(ctx, 'documents', b.document) })),
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    fields: [...d.fields],
    deadlines: d.deadlines.map((dl) => ({
      date: dl.date,
      task: dl.task,
      assignee: refOf(ctx, 'organizations', dl.assignee),
    })),
    events: d.events.map((e) => ({
      title: e.title,
      start: eventTime(e.start),
      end: e.end ? eventTime(e.end) : null,
      location: e.location ?? null,
      online: e.online,
    })),
    recipients: [...d.recipients],
    attachments: d.attachments.map((a) => {
      const info = ctx.attachment(doc, a.file);
      return {
        title: a.title,
        fileName: info.fileName,
        url: absoluteUrl(ctx, info.href),
        format: info.type,
        bytes: info.bytes,
      };
    }),
    awardees: d.awardees.map((a) => ({ ...awardee(a), exemplar: refOf(ctx, 'exemplars', a.exemplar) })),
    consultation: d.consultation
      ? { until: d.consultation.until, contact: d.consultation.contact, proposed: d.consultation.proposed.map(awardee) }
      : null,
  };
}

/** The JSON record of a published exemplar: only what its page shows. */
export function exemplarRecordOf(exemplar: EntryIn<ExemplarData>, ctx: OpenDataContext): ExemplarRecord {
  const d = exemplar.data;
  return {
    id: exemplar.id,
    url: absoluteUrl(ctx, entryPath('exemplars', exemplar.id)),
    name: d.name,
    kind: d.kind,
    kindLabel: exemplarKindLabel[d.kind],
    summary: d.summary,
    unit: d.unit ?? null,
    locality: {
      province: d.locality.province,
      district: d.locality.district ?? null,
      commune: d.locality.commune ?? null,
    },
    fields: [...d.fields],
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    awards: [...d.awards]
      .sort((a, b) => b.year - a.year)
      .map((a) => ({ title: a.title, year: a.year, decision: refOf(ctx, 'documents', a.decision) })),
    publishedAt: d.publishedAt,
  };
}

/** The JSON record of a published campaign; its status is the one shown on the build date. */
export function campaignRecordOf(campaign: EntryIn<CampaignData>, ctx: OpenDataContext): CampaignRecord {
  const d = campaign.data;
  const status = campaignStatus(d.period, ctx.today);
  return {
    id: campaign.id,
    url: absoluteUrl(ctx, entryPath('campaigns', campaign.id)),
    title: d.title,
    theme: d.theme ?? null,
    kind: d.kind,
    kindLabel: campaignKindLabel[d.kind],
    launchedBy: requiredRef(ctx, 'organizations', d.launchedBy, `${campaign.id}: launchedBy`),
    launchedAt: d.launchedAt,
    period: { start: d.period.start, end: d.period.end ?? null },
    status,
    statusLabel: campaignStatusLabel[status],
    parent: d.parent ?? null,
    fields: [...d.fields],
  };
}

/** The JSON record of a published news article. */
export function newsRecordOf(article: EntryIn<NewsData>, ctx: OpenDataContext): NewsRecord {
  const d = article.data;
  return {
    id: article.id,
    url: absoluteUrl(ctx, entryPath('news', article.id)),
    title: d.title,
    summary: d.summary,
    category: d.category,
    categoryLabel: newsCategoryLabel[d.category],
    publishedAt: d.publishedAt,
    updatedAt: d.updatedAt ?? null,
    author: d.author ?? null,
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    documents: refsOf(ctx, 'documents', d.documents),
    exemplars: refsOf(ctx, 'exemplars', d.exemplars),
  };
}

// ---------------------------------------------------------------------------------
// Field documentation, generated from the JSON Schemas

/** One row of a field table: dotted name (`issuer.name`, `deadlines[].date`), type and meaning. */
export interface FieldRow {
  name: string;
  type: string;
  description: string;
}

/** The slice of JSON Schema the field tables read. */
interface SchemaNode {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  description?: string | undefined;
}

/** The non-null branch of a nullable schema, and whether it was nullable. */
function unwrapNullable(node: SchemaNode): { node: SchemaNode; nullable: boolean } {
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = node.type.filter((t) => t !== 'null');
    return { node: { ...node, type: rest.length === 1 ? rest[0]! : rest }, nullable: true };
  }
  if (node.anyOf?.some((b) => b.type === 'null')) {
    const rest = node.anyOf.filter((b) => b.type !== 'null');
    if (rest.length === 1)
      return { node: { ...rest[0]!, description: node.description ?? rest[0]!.description }, nullable: true };
  }
  return { node, nullable: false };
}

/** A Vietnamese name for a JSON Schema type: "ngày (YYYY-MM-DD)", "danh sách đối tượng", "chuỗi ký tự hoặc null". */
export function typeLabel(schema: SchemaNode): string {
  const { node, nullable } = unwrapNullable(schema);
  const base = (() => {
    if (node.enum) return `mã, một trong: ${node.enum.map(String).join(', ')}`;
    if (node.const !== undefined) return `hằng “${String(node.const)}”`;
    switch (node.type) {
      case 'string':
        if (node.format === 'date') return 'ngày (YYYY-MM-DD)';
        if (node.format === 'uri') return 'địa chỉ URL';
        if (node.pattern === PARTIAL_DATE_PATTERN.source) return 'ngày (YYYY-MM-DD, YYYY-MM hoặc YYYY)';
        if (node.pattern === DAY_OR_TIME_PATTERN.source) return 'ngày hoặc ngày giờ (ISO 8601)';
        if (node.pattern === SLUG_PATTERN.source) return 'mã (chữ thường không dấu, gạch nối)';
        return 'chuỗi ký tự';
      case 'integer':
        return 'số nguyên';
      case 'number':
        return 'số';
      case 'boolean':
        return 'đúng/sai (true/false)';
      case 'object':
        return 'đối tượng';
      case 'array': {
        const item = node.items ? typeLabel(node.items) : 'giá trị';
        return item === 'chuỗi ký tự'
          ? 'danh sách chuỗi ký tự'
          : `danh sách ${item === 'đối tượng' ? 'đối tượng' : `(${item})`}`;
      }
      default:
        return 'giá trị';
    }
  })();
  return nullable ? `${base} hoặc null` : base;
}

/**
 * The rows of a field table, one per property at any depth, from a JSON Schema object:
 * `issuer`, `issuer.id`, ..., `deadlines[].date`. Properties named in `leaves` are listed
 * without their children.
 */
function fieldRows(schema: JsonSchema | SchemaNode, leaves: readonly string[] = [], prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const props = (schema as SchemaNode).properties ?? {};
  for (const [key, raw] of Object.entries(props)) {
    const name = `${prefix}${key}`;
    rows.push({ name, type: typeLabel(raw), description: raw.description ?? '' });
    if (leaves.includes(name)) continue;
    const { node } = unwrapNullable(raw);
    if (node.type === 'object') rows.push(...fieldRows(node, leaves, `${name}.`));
    else if (node.type === 'array' && node.items?.type === 'object')
      rows.push(...fieldRows(node.items, leaves, `${name}[].`));
  }
  return rows;
}

/** The rows describing a data file's envelope (everything but the records). */
export function envelopeRows(name: DatasetName, schemaUrl = 'https://example.invalid/'): FieldRow[] {
  return fieldRows(jsonSchemaOf(name, schemaUrl), ['items']);
}

/** The rows describing one record of a data set. */
export function recordRows(name: DatasetName): FieldRow[] {
  const schema = jsonSchemaOf(name, 'https://example.invalid/') as SchemaNode;
  return fieldRows(schema.properties!.items!.items!);
}

// ---------------------------------------------------------------------------------
// CSV

type Cell = string | number | boolean | null;

/** One CSV column: its header (an English field name) and how to read it from a record. */
export interface CsvColumn<R> {
  header: string;
  /** The record field it comes from, for its description (`issuer.name`, `campaigns[].id`). */
  from?: string;
  /** Own description, when the column is not one field. */
  description?: string;
  /** Several values joined in one cell (implied by a list field in `from`). */
  list?: boolean;
  value: (record: R) => Cell | readonly Cell[];
}

const join = (values: readonly Cell[]) => values.filter((v) => v !== null && v !== '').join(CSV_LIST_SEPARATOR);

const documentColumns: CsvColumn<DocumentRecord>[] = [
  { header: 'id', from: 'id', value: (r) => r.id },
  { header: 'url', from: 'url', value: (r) => r.url },
  { header: 'kind', from: 'kind', value: (r) => r.kind },
  { header: 'kindLabel', from: 'kindLabel', value: (r) => r.kindLabel },
  { header: 'number', from: 'number', value: (r) => r.number },
  { header: 'title', from: 'title', value: (r) => r.title },
  { header: 'issuedAt', from: 'issuedAt', value: (r) => r.issuedAt },
  { header: 'publishedAt', from: 'publishedAt', value: (r) => r.publishedAt },
  { header: 'place', from: 'place', value: (r) => r.place },
  { header: 'issuerId', from: 'issuer.id', value: (r) => r.issuer.id },
  { header: 'issuerName', from: 'issuer.name', value: (r) => r.issuer.name },
  { header: 'signerName', from: 'signer.name', value: (r) => r.signer?.name ?? null },
  { header: 'signerTitle', from: 'signer.title', value: (r) => r.signer?.title ?? null },
  { header: 'signerAuthority', from: 'signer.authority', value: (r) => r.signer?.authority ?? null },
  { header: 'campaignIds', from: 'campaigns[].id', value: (r) => r.campaigns.map((c) => c.id) },
  { header: 'campaignNames', from: 'campaigns[].name', value: (r) => r.campaigns.map((c) => c.name) },
  { header: 'fields', from: 'fields', value: (r) => r.fields },
  {
    header: 'deadlines',
    list: true,
    description: 'Thời hạn thực hiện, mỗi hạn dạng “ngày: việc phải làm”',
    value: (r) => r.deadlines.map((d) => `${d.date}: ${d.task}`),
  },
  {
    header: 'events',
    list: true,
    description: 'Hội nghị, sự kiện, mỗi sự kiện dạng “thời điểm bắt đầu: tên”',
    value: (r) => r.events.map((e) => `${e.start}: ${e.title}`),
  },
  { header: 'recipients', from: 'recipients', value: (r) => r.recipients },
  { header: 'attachmentUrls', from: 'attachments[].url', value: (r) => r.attachments.map((a) => a.url) },
  {
    header: 'awardees',
    list: true,
    description: 'Tập thể, cá nhân được khen thưởng, mỗi người dạng “tên: hình thức khen thưởng”',
    value: (r) => r.awardees.map((a) => `${a.name}: ${a.award}`),
  },
  { header: 'consultationUntil', from: 'consultation.until', value: (r) => r.consultation?.until ?? null },
];

const exemplarColumns: CsvColumn<ExemplarRecord>[] = [
  { header: 'id', from: 'id', value: (r) => r.id },
  { header: 'url', from: 'url', value: (r) => r.url },
  { header: 'name', from: 'name', value: (r) => r.name },
  { header: 'kind', from: 'kind', value: (r) => r.kind },
  { header: 'kindLabel', from: 'kindLabel', value: (r) => r.kindLabel },
  { header: 'summary', from: 'summary', value: (r) => r.summary },
  { header: 'unit', from: 'unit', value: (r) => r.unit },
  { header: 'province', from: 'locality.province', value: (r) => r.locality.province },
  { header: 'district', from: 'locality.district', value: (r) => r.locality.district },
  { header: 'commune', from: 'locality.commune', value: (r) => r.locality.commune },
  { header: 'fields', from: 'fields', value: (r) => r.fields },
  { header: 'campaignIds', from: 'campaigns[].id', value: (r) => r.campaigns.map((c) => c.id) },
  { header: 'campaignNames', from: 'campaigns[].name', value: (r) => r.campaigns.map((c) => c.name) },
  {
    header: 'awards',
    list: true,
    description: 'Khen thưởng đã nhận, mỗi lần dạng “năm: hình thức khen thưởng”',
    value: (r) => r.awards.map((a) => `${a.year}: ${a.title}`),
  },
  { header: 'publishedAt', from: 'publishedAt', value: (r) => r.publishedAt },
];

/** The CSV columns of the data sets that have a CSV file. */
export const csvColumns = {
  'van-ban': documentColumns,
  'guong-dien-hinh': exemplarColumns,
} satisfies Partial<Record<DatasetName, CsvColumn<never>[]>>;

export type CsvDatasetName = keyof typeof csvColumns;

/** The rows describing a data set's CSV columns, with descriptions taken from the record schema. */
export function csvRows(name: CsvDatasetName): FieldRow[] {
  const fields = new Map(recordRows(name).map((r) => [r.name, r]));
  return (csvColumns[name] as CsvColumn<unknown>[]).map((c) => {
    const field = c.from ? fields.get(c.from) : undefined;
    if (c.from && !field) throw new Error(`CSV column ${c.header} of ${name} reads unknown field ${c.from}`);
    if (!field && !c.description) throw new Error(`CSV column ${c.header} of ${name} has no description`);
    const isList = c.list ?? (field?.type.startsWith('danh sách') || c.from?.includes('[]') || false);
    return {
      name: c.header,
      type: isList
        ? `chuỗi ký tự; nhiều giá trị cách nhau bởi “${CSV_LIST_SEPARATOR.trim()}”`
        : (field?.type ?? 'chuỗi ký tự').replace(/ hoặc null$/, ', có thể để trống'),
      // In a CSV file a missing value is an empty cell, not null.
      description: (c.description ?? field!.description).replace(/\bnull\b/g, 'để trống'),
    };
  });
}

/** A line break inside a cell, followed by what a spreadsheet would read as the start of a formula. */
const FORMULA_AFTER_BREAK = /(\r\n|\r|\n)(?=[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g;
/** The start of a formula at the start of a cell; the full-width forms are read as formulas by Apple Numbers. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that no spreadsheet reads as a formula: a `'` before the cell, and before every
 * line in it, that starts with `=`, `+`, `-`, `@` (or their full-width forms), a tab or
 * a carriage return. Lines count too: a program that splits the file on line ends, or a
 * spreadsheet that is handed one line of a cell, must not meet a formula either.
 */
function formulaSafe(text: string): string {
  const lines = text.replace(FORMULA_AFTER_BREAK, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/**
 * A CSV file for Excel and for programs: UTF-8 with a byte order mark (Excel reads
 * Vietnamese correctly only with it), CRLF line ends, a header row of English field
 * names, one row per record, lists joined with "; ", empty cells for null. Text is made
 * formula-safe (`formulaSafe`); a number stays a number, so a negative one is not
 * written as text. A cell holding a line feed or carriage return of its own is quoted:
 * csv-stringify quotes only the record delimiter once one is set, and a bare `\n` left
 * unquoted would start a new record (one a forged row could hide in).
 */
export function toCsv<R>(records: readonly R[], columns: readonly CsvColumn<R>[]): string {
  const cell = (v: Cell | readonly Cell[]): string | number =>
    Array.isArray(v) ? formulaSafe(join(v)) : typeof v === 'number' ? v : v === null ? '' : formulaSafe(String(v));
  return stringify(
    records.map((r) => columns.map((c) => cell(c.value(r)))),
    {
      bom: true,
      header: true,
      columns: columns.map((c) => c.header),
      record_delimiter: 'windows',
      quote_record_delimiter: true,
    },
  );
}

// ---------------------------------------------------------------------------------
// Whole files

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
      source: { name: ctx.publisher, url: absoluteUrl(ctx, '/du-lieu/') },
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
