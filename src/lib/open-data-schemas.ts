/**
 * The public contract of the open data at `/du-lieu/`: one zod schema per record, with
 * a Vietnamese description on every field. The same schemas give the JSON Schema files
 * published next to the data (`z.toJSONSchema`, draft 2020-12) and the field tables on
 * the `/du-lieu/` page, so the documentation cannot drift from the data.
 *
 * Conventions (also explained on the page):
 * - every field is always present; an unknown value is `null`, an empty list `[]`;
 * - `id` is the entry's slug, the last segment of its URL: stable across rebuilds;
 * - every `url` is absolute;
 * - dates are ISO 8601 strings; a document date whose day or month is blank on the
 *   paper stays partial (`YYYY-MM` or `YYYY`), never an invented day;
 * - an event time is local Vietnam time with its offset (`2026-12-15T08:00:00+07:00`),
 *   an all-day event a plain date.
 */
import { z } from 'astro/zod';
import { campaignKinds, documentKinds, exemplarKinds, newsCategories } from '../vocabulary/labels.ts';
import { campaignStatusLabel, type CampaignStatus } from './status.ts';
import { VALIDITY_STATES, validityLabel } from './validity.ts';

const campaignStatuses = Object.keys(campaignStatusLabel) as [CampaignStatus, ...CampaignStatus[]];

/** A slug: lowercase ASCII words joined by `-`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date that may lack its day or month: `2026-02-07`, `2026-02`, `2026`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** A day, or a local time in Vietnam with its offset: `2026-12-15`, `2026-12-15T08:00:00+07:00`. */
export const DAY_OR_TIME_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:00\+07:00)?$/;

const slug = (description: string) => z.string().regex(SLUG_PATTERN).describe(description);
const url = (description: string) => z.url().describe(description);
const day = (description: string) => z.iso.date().describe(description);
const partialDate = (description: string) => z.string().regex(PARTIAL_DATE_PATTERN).describe(description);
const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) => z.string().nullable().describe(description);
const texts = (description: string) => z.array(z.string()).describe(description);

/** A reference to another published entry: its id, name and page. */
const entryRef = (what: string) =>
  z.strictObject({
    id: slug(`Mã định danh của ${what}`),
    name: text(`Tên của ${what}`),
    url: url(`Địa chỉ trang của ${what}`),
  });

const ref = (what: string, description: string) => entryRef(what).describe(description);
const optionalRef = (what: string, description: string) => entryRef(what).nullable().describe(description);
const refs = (what: string, description: string) => z.array(entryRef(what)).describe(description);

/** Said of every derived validity field: it holds on the day the file was made, not for ever. */
const ON_GENERATED = 'tính vào ngày tạo tệp (generatedAt), nên có thể khác ở lần tạo sau';

/** One person or collective proposed for, or given, an award. */
const awardeeFields = {
  name: text('Họ tên cá nhân hoặc tên tập thể'),
  kind: z.enum(exemplarKinds).describe('Mã loại: ca-nhan (cá nhân) hoặc tap-the (tập thể)'),
  kindLabel: text('Tên loại: “Cá nhân” hoặc “Tập thể”'),
  unit: optionalText('Chức vụ, đơn vị công tác hoặc địa phương, như ghi trên văn bản'),
  award: text('Hình thức khen thưởng, ví dụ “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”'),
};

/** A record of `van-ban.json`: one published document. */
export const documentRecord = z
  .strictObject({
    id: slug('Mã định danh văn bản, không đổi; là đoạn cuối của địa chỉ trang'),
    url: url('Địa chỉ trang văn bản trên cổng'),
    kind: z.enum(documentKinds).describe('Mã loại văn bản'),
    kindLabel: text('Tên loại văn bản: Kế hoạch, Chỉ thị, Quyết định, ...'),
    number: optionalText('Số, ký hiệu văn bản, ví dụ “21/QĐ-UBND”; null khi bản công bố để trống số'),
    title: text('Trích yếu nội dung văn bản'),
    issuedAt: partialDate(
      'Ngày ban hành; chỉ có năm-tháng (YYYY-MM) hoặc năm (YYYY) khi văn bản để trống ngày hoặc tháng',
    ),
    publishedAt: partialDate(
      'Ngày đăng lên cổng; khi không ghi riêng là ngày ban hành (nên cũng có thể thiếu ngày hoặc tháng)',
    ),
    effectiveFrom: day('Ngày có hiệu lực')
      .nullable()
      .describe('Ngày có hiệu lực, khi văn bản ghi (“có hiệu lực kể từ ngày …”); null khi không ghi'),
    effectiveUntil: day('Ngày hết hiệu lực')
      .nullable()
      .describe('Ngày cuối cùng còn hiệu lực, chỉ khi chính văn bản ghi; null khi không ghi'),
    validity: z
      .strictObject({
        state: z
          .enum(VALIDITY_STATES)
          .describe(`Mã tình trạng hiệu lực, ${ON_GENERATED}: ${VALIDITY_STATES.join(', ')}`),
        label: text(`Tình trạng hiệu lực: ${Object.values(validityLabel).join('; ')}`),
        from: partialDate(
          'Ngày bắt đầu có hiệu lực: effectiveFrom, hoặc ngày ban hành khi văn bản không ghi ngày có hiệu lực',
        ),
        until: day('Ngày cuối cùng còn hiệu lực')
          .nullable()
          .describe(
            'Ngày cuối cùng còn hiệu lực, khi đã biết: effectiveUntil, hoặc ngày liền trước ngày văn bản thay thế, bãi bỏ có hiệu lực (có thể là một ngày sắp tới); null khi chưa biết',
          ),
        endedBy: optionalRef(
          'văn bản thay thế hoặc bãi bỏ',
          'Văn bản thay thế hoặc bãi bỏ văn bản này, kể cả khi văn bản đó chưa có hiệu lực; null khi văn bản hết hiệu lực theo ngày của chính nó hoặc chưa bị thay thế, bãi bỏ',
        ),
      })
      .nullable()
      .describe(
        `Tình trạng hiệu lực, suy ra từ ngày có hiệu lực, ngày hết hiệu lực và quan hệ thay thế, sửa đổi, bãi bỏ giữa các văn bản trên cổng, ${ON_GENERATED}; null với văn bản không xét hiệu lực (kế hoạch, thông báo …)`,
      ),
    place: optionalText('Địa danh ghi trên văn bản'),
    issuer: ref('cơ quan ban hành', 'Cơ quan ban hành'),
    signer: z
      .strictObject({
        name: text('Họ và tên người ký'),
        title: text('Chức vụ người ký'),
        authority: optionalText('Thẩm quyền ký, ví dụ “TM. Ủy ban nhân dân”, “KT. Chủ tịch”'),
      })
      .nullable()
      .describe('Người ký; null khi không ghi'),
    basis: z
      .array(
        z.strictObject({
          text: text('Câu căn cứ, như trên văn bản'),
          document: optionalRef('văn bản được viện dẫn', 'Văn bản được viện dẫn, khi văn bản đó có trên cổng'),
        }),
      )
      .describe('Căn cứ ban hành'),
    replaces: refs('văn bản bị thay thế', 'Văn bản mà văn bản này thay thế'),
    amends: refs('văn bản được sửa đổi, bổ sung', 'Văn bản mà văn bản này sửa đổi, bổ sung'),
    repeals: refs('văn bản bị bãi bỏ', 'Văn bản mà văn bản này bãi bỏ'),
    guides: refs('văn bản được hướng dẫn', 'Văn bản mà văn bản này hướng dẫn thi hành'),
    replacedBy: refs('văn bản thay thế', 'Văn bản thay thế văn bản này (chiều ngược của replaces)'),
    amendedBy: refs(
      'văn bản sửa đổi, bổ sung',
      'Văn bản sửa đổi, bổ sung văn bản này (chiều ngược của amends), kể cả văn bản chưa có hiệu lực',
    ),
    repealedBy: refs('văn bản bãi bỏ', 'Văn bản bãi bỏ văn bản này (chiều ngược của repeals)'),
    guidedBy: refs('văn bản hướng dẫn', 'Văn bản hướng dẫn thi hành văn bản này (chiều ngược của guides)'),
    campaigns: refs('phong trào', 'Phong trào thi đua mà văn bản kế hoạch, phát động hoặc tổng kết'),
    fields: texts('Lĩnh vực'),
    deadlines: z
      .array(
        z.strictObject({
          date: partialDate('Hạn chót; YYYY-MM khi hạn là cả tháng'),
          task: text('Việc phải làm'),
          assignee: optionalRef(
            'đơn vị thực hiện',
            'Đơn vị chịu trách nhiệm; null khi văn bản không giao cho một đơn vị có trên cổng',
          ),
        }),
      )
      .describe('Thời hạn thực hiện'),
    events: z
      .array(
        z.strictObject({
          title: text('Tên hội nghị, sự kiện'),
          start: z
            .string()
            .regex(DAY_OR_TIME_PATTERN)
            .describe('Bắt đầu: ngày, hoặc ngày giờ theo giờ Việt Nam (+07:00)'),
          end: z
            .string()
            .regex(DAY_OR_TIME_PATTERN)
            .nullable()
            .describe('Kết thúc, cùng dạng với start; null khi không ghi'),
          location: optionalText('Địa điểm'),
          online: z.boolean().describe('Có tổ chức trực tuyến hay không'),
        }),
      )
      .describe('Hội nghị, sự kiện do văn bản tổ chức hoặc triệu tập'),
    recipients: texts('Nơi nhận'),
    attachments: z
      .array(
        z.strictObject({
          title: text('Tên tệp đính kèm'),
          fileName: text('Tên tệp'),
          url: url('Địa chỉ tải tệp'),
          format: text('Định dạng: PDF, Word, Excel, OpenDocument'),
          bytes: z.int().nonnegative().describe('Dung lượng tệp, tính bằng byte'),
        }),
      )
      .describe('Tệp đính kèm'),
    awardees: z
      .array(
        z.strictObject({
          ...awardeeFields,
          exemplar: optionalRef('gương điển hình', 'Hồ sơ gương điển hình trên cổng, nếu có'),
        }),
      )
      .describe('Tập thể, cá nhân được khen thưởng (quyết định khen thưởng)'),
    consultation: z
      .strictObject({
        basis: optionalText(
          'Căn cứ pháp lý của việc lấy ý kiến, như văn bản ghi, ví dụ “Điều 44 Nghị định số 152/2025/NĐ-CP”; null khi không ghi',
        ),
        until: day('Ngày cuối cùng nhận ý kiến'),
        contact: text('Nơi nhận ý kiến: địa chỉ, điện thoại, thư điện tử'),
        proposed: z.array(z.strictObject(awardeeFields)).describe('Danh sách đề nghị khen thưởng'),
      })
      .nullable()
      .describe('Lấy ý kiến nhân dân về đề nghị khen thưởng, theo căn cứ pháp lý ghi trong basis; null khi không có'),
  })
  .describe('Một văn bản');

/** A record of `guong-dien-hinh.json`: one published exemplar. */
export const exemplarRecord = z
  .strictObject({
    id: slug('Mã định danh gương điển hình, không đổi; là đoạn cuối của địa chỉ trang'),
    url: url('Địa chỉ trang gương điển hình trên cổng'),
    name: text('Họ tên cá nhân hoặc tên tập thể'),
    kind: z.enum(exemplarKinds).describe('Mã loại: ca-nhan (cá nhân) hoặc tap-the (tập thể)'),
    kindLabel: text('Tên loại: “Cá nhân” hoặc “Tập thể”'),
    summary: text('Tóm tắt việc làm, thành tích trong một câu'),
    unit: optionalText('Đơn vị công tác'),
    locality: z
      .strictObject({
        province: text('Tỉnh, thành phố'),
        district: optionalText('Huyện, thị xã, thành phố thuộc tỉnh (nếu có)'),
        commune: optionalText('Xã, phường, đặc khu (nếu có)'),
      })
      .describe('Địa bàn'),
    fields: texts('Lĩnh vực'),
    campaigns: refs('phong trào', 'Phong trào thi đua liên quan'),
    awards: z
      .array(
        z.strictObject({
          title: text('Hình thức khen thưởng'),
          year: z.int().min(1945).max(2100).describe('Năm được khen thưởng'),
          decision: optionalRef('quyết định khen thưởng', 'Quyết định khen thưởng, khi quyết định có trên cổng'),
        }),
      )
      .describe('Các hình thức khen thưởng đã nhận, năm gần nhất trước'),
    publishedAt: day('Ngày đăng lên cổng'),
  })
  .describe('Một gương điển hình');

/** A record of `phong-trao.json`: one published campaign. */
const campaignRecord = z
  .strictObject({
    id: slug('Mã định danh phong trào, không đổi; là đoạn cuối của địa chỉ trang'),
    url: url('Địa chỉ trang phong trào trên cổng'),
    title: text('Tên phong trào thi đua'),
    theme: optionalText('Chủ đề, khẩu hiệu thi đua'),
    kind: z.enum(campaignKinds).describe('Mã hình thức thi đua: thuong-xuyen, chuyen-de, dot'),
    kindLabel: text('Tên hình thức thi đua'),
    launchedBy: ref('cơ quan phát động', 'Cơ quan phát động'),
    launchedAt: day('Ngày phát động'),
    period: z
      .strictObject({
        start: partialDate('Bắt đầu (có thể chỉ có năm-tháng hoặc năm)'),
        end: partialDate('Kết thúc (có thể chỉ có năm-tháng hoặc năm)')
          .nullable()
          .describe('Kết thúc; null khi chưa định'),
      })
      .describe('Thời gian thực hiện'),
    status: z.enum(campaignStatuses).describe('Mã trạng thái vào ngày tạo tệp (generatedAt)'),
    statusLabel: text('Trạng thái: Sắp triển khai, Đang triển khai, Đã tổng kết'),
    parent: optionalText('Phong trào toàn quốc mà phong trào này hưởng ứng'),
    fields: texts('Lĩnh vực'),
  })
  .describe('Một phong trào thi đua');

/** A record of `tin-tuc.json`: one published article. */
const newsRecord = z
  .strictObject({
    id: slug('Mã định danh bài viết, không đổi; là đoạn cuối của địa chỉ trang'),
    url: url('Địa chỉ bài viết trên cổng'),
    title: text('Tiêu đề'),
    summary: text('Sa-pô: một hai câu mở đầu'),
    category: z.enum(newsCategories).describe('Mã chuyên mục'),
    categoryLabel: text('Tên chuyên mục'),
    publishedAt: day('Ngày đăng'),
    updatedAt: day('Ngày cập nhật').nullable().describe('Ngày cập nhật; null khi bài chưa sửa sau khi đăng'),
    author: optionalText('Tác giả'),
    campaigns: refs('phong trào', 'Phong trào liên quan'),
    documents: refs('văn bản', 'Văn bản liên quan'),
    exemplars: refs('gương điển hình', 'Gương điển hình liên quan'),
  })
  .describe('Một bài tin tức');

export type DocumentRecord = z.output<typeof documentRecord>;
export type ExemplarRecord = z.output<typeof exemplarRecord>;
export type CampaignRecord = z.output<typeof campaignRecord>;
export type NewsRecord = z.output<typeof newsRecord>;
export type EntryRefRecord = z.output<ReturnType<typeof entryRef>>;

/**
 * A published JSON file: what the data set is, when it was made, under which licence,
 * from whom, then the records.
 */
export const envelope = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    $schema: url('Địa chỉ lược đồ JSON Schema mô tả tệp này'),
    title: text('Tên bộ dữ liệu'),
    description: text('Bộ dữ liệu chứa gì'),
    generatedAt: day('Ngày tạo tệp: ngày cổng được xuất bản lần gần nhất'),
    license: z
      .strictObject({
        name: text('Tên giấy phép'),
        url: url('Địa chỉ toàn văn giấy phép'),
      })
      .describe('Giấy phép sử dụng dữ liệu'),
    source: z
      .strictObject({
        name: text('Cơ quan công bố dữ liệu'),
        url: url('Trang giới thiệu dữ liệu mở của cổng'),
      })
      .describe('Nguồn dữ liệu, ghi khi sử dụng lại'),
    count: z.int().nonnegative().describe('Số bản ghi trong items'),
    items: z.array(item).describe('Các bản ghi'),
  });

/** The public data sets: file name (without extension), Vietnamese title and record schema. */
export const datasets = {
  'van-ban': {
    title: 'Văn bản',
    description:
      'Các văn bản đã đăng trên cổng: kế hoạch, chỉ thị, quyết định, hướng dẫn, thông báo, công văn, báo cáo; kèm cơ quan ban hành, người ký, căn cứ, tình trạng hiệu lực, quan hệ thay thế, sửa đổi, bãi bỏ, hướng dẫn giữa các văn bản, thời hạn, hội nghị, tệp đính kèm, danh sách khen thưởng và lấy ý kiến nhân dân.',
    record: documentRecord,
    csv: true,
  },
  'guong-dien-hinh': {
    title: 'Gương điển hình',
    description:
      'Các gương điển hình tiên tiến, “Người tốt, việc tốt” đã đăng trên cổng: cá nhân (chỉ khi người đó đồng ý công bố) và tập thể, với địa bàn, lĩnh vực, phong trào và khen thưởng đã nhận.',
    record: exemplarRecord,
    csv: true,
  },
  'phong-trao': {
    title: 'Phong trào thi đua',
    description: 'Các phong trào thi đua: hình thức, cơ quan phát động, thời gian thực hiện và trạng thái.',
    record: campaignRecord,
    csv: false,
  },
  'tin-tuc': {
    title: 'Tin tức',
    description:
      'Các bài tin tức đã đăng: tiêu đề, sa-pô, chuyên mục, ngày đăng và các phong trào, văn bản, gương điển hình liên quan.',
    record: newsRecord,
    csv: false,
  },
} as const;

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

/** A JSON Schema document (draft 2020-12), as `z.toJSONSchema` returns it. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema (draft 2020-12) of a published data file, envelope and records, with
 * its own absolute address as `$id`.
 */
export function jsonSchemaOf(name: DatasetName, schemaUrl: string): JsonSchema {
  const set = datasets[name];
  const generated = z.toJSONSchema(envelope(set.record), { target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    ...($schema ? { $schema } : {}),
    $id: schemaUrl,
    title: `${set.title}: dữ liệu mở`,
    description: set.description,
    ...rest,
  };
}
