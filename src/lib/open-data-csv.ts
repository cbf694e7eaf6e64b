/**
 * The CSV files of the open data: which columns each data set has, the field table that
 * documents them, and the writing itself, made safe for spreadsheets.
 */
import { stringify } from 'csv-stringify/sync';
import { recordRows, type FieldRow } from './open-data-fields.ts';
import type { DatasetName, DocumentRecord, ExemplarRecord } from './open-data-schemas.ts';

/** Separator of several values in one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

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
  { header: 'effectiveFrom', from: 'effectiveFrom', value: (r) => r.effectiveFrom },
  { header: 'effectiveUntil', from: 'effectiveUntil', value: (r) => r.effectiveUntil },
  {
    header: 'validity',
    from: 'validity.state',
    description: 'Mã tình trạng hiệu lực, tính vào ngày tạo tệp; để trống với văn bản không xét hiệu lực',
    value: (r) => r.validity?.state ?? null,
  },
  {
    header: 'validityLabel',
    from: 'validity.label',
    description: 'Tình trạng hiệu lực, tính vào ngày tạo tệp; để trống với văn bản không xét hiệu lực',
    value: (r) => r.validity?.label ?? null,
  },
  { header: 'validUntil', from: 'validity.until', value: (r) => r.validity?.until ?? null },
  { header: 'place', from: 'place', value: (r) => r.place },
  { header: 'issuerId', from: 'issuer.id', value: (r) => r.issuer.id },
  { header: 'issuerName', from: 'issuer.name', value: (r) => r.issuer.name },
  { header: 'signerName', from: 'signer.name', value: (r) => r.signer?.name ?? null },
  { header: 'signerTitle', from: 'signer.title', value: (r) => r.signer?.title ?? null },
  { header: 'signerAuthority', from: 'signer.authority', value: (r) => r.signer?.authority ?? null },
  { header: 'replacesIds', from: 'replaces[].id', value: (r) => r.replaces.map((x) => x.id) },
  { header: 'amendsIds', from: 'amends[].id', value: (r) => r.amends.map((x) => x.id) },
  { header: 'repealsIds', from: 'repeals[].id', value: (r) => r.repeals.map((x) => x.id) },
  { header: 'guidesIds', from: 'guides[].id', value: (r) => r.guides.map((x) => x.id) },
  { header: 'replacedByIds', from: 'replacedBy[].id', value: (r) => r.replacedBy.map((x) => x.id) },
  { header: 'amendedByIds', from: 'amendedBy[].id', value: (r) => r.amendedBy.map((x) => x.id) },
  { header: 'repealedByIds', from: 'repealedBy[].id', value: (r) => r.repealedBy.map((x) => x.id) },
  { header: 'guidedByIds', from: 'guidedBy[].id', value: (r) => r.guidedBy.map((x) => x.id) },
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
  { header: 'consultationBasis', from: 'consultation.basis', value: (r) => r.consultation?.basis ?? null },
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
