import { z } from 'astro/zod';
import { documentKinds, exemplarKinds } from '../vocabulary/labels.ts';
import type { SchemaContext } from './context.ts';
import { dateTime } from './dates.ts';
import {
  draft,
  facetText,
  isoDate,
  list,
  MAX_LENGTH,
  partialDate,
  signer,
  text,
  title,
  reviewNotes,
} from './pieces.ts';

const attachmentExtensions = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods'] as const;

/** One person or unit proposed for, or given, an award. */
const awardee = () =>
  z.strictObject({
    /** Họ tên cá nhân hoặc tên tập thể. */
    name: title(),
    /** `ca-nhan` or `tap-the`. */
    kind: z.enum(exemplarKinds),
    /** Đơn vị công tác, e.g. "Trường THCS Lê Lợi". */
    unit: text().optional(),
    /** Hình thức khen thưởng, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
    award: title(),
  });

/** One person or unit in an award decision, linked to their profile when there is one. */
const decisionAwardee = <C extends SchemaContext>(ctx: C) =>
  awardee().extend({
    /** Hồ sơ gương điển hình trên cổng (tên tệp). */
    exemplar: ctx.reference('exemplars').optional(),
  });

export const documentSchema = <C extends SchemaContext>(ctx: C) =>
  z.strictObject({
    /** Trích yếu: "Kế hoạch tổ chức Hội nghị tổng kết ...". */
    title: title(),
    /** Loại văn bản. */
    kind: z.enum(documentKinds),
    /** Số, ký hiệu: "21/QĐ-UBND"; leave out when the published copy leaves it blank. */
    number: text(MAX_LENGTH.label).optional(),
    /** Ngày ban hành: 2022-02-07, or 2022-02 / 2022 when the day or month is blank. */
    issuedAt: partialDate(),
    /** Địa danh: "Ninh Thuận". */
    place: text(MAX_LENGTH.label).optional(),
    /** Cơ quan ban hành (tên tệp trong content/organizations). */
    issuer: ctx.reference('organizations'),
    /** Người ký. */
    signer: signer().optional(),
    /** Căn cứ ban hành; `document` links a basis that is in the library. */
    basis: list(
      z.strictObject({
        /** Câu căn cứ như trên văn bản. */
        text: text(),
        /** Văn bản được viện dẫn, nếu có trong thư viện (tên tệp). */
        document: ctx.reference('documents').optional(),
      }),
    ),
    /** Ngày có hiệu lực, khi văn bản ghi ("có hiệu lực kể từ ngày ..."). */
    effectiveFrom: isoDate().optional(),
    /** Ngày hết hiệu lực, chỉ khi chính văn bản ghi; văn bản bị thay thế, bãi bỏ thì không cần ghi. */
    effectiveUntil: isoDate().optional(),
    /** Văn bản này thay thế (tên tệp các văn bản trong thư viện). */
    replaces: list(ctx.reference('documents')),
    /** Văn bản này sửa đổi, bổ sung. */
    amends: list(ctx.reference('documents')),
    /** Văn bản này bãi bỏ. */
    repeals: list(ctx.reference('documents')),
    /** Văn bản này hướng dẫn thi hành. */
    guides: list(ctx.reference('documents')),
    /** Phong trào thi đua mà văn bản kế hoạch, phát động hoặc tổng kết. */
    campaigns: list(ctx.reference('campaigns')),
    /** Lĩnh vực (nhãn tự do). */
    fields: list(facetText()),
    /** Thời hạn phải hoàn thành. */
    deadlines: list(
      z.strictObject({
        /** Hạn chót, YYYY-MM-DD (or YYYY-MM for "trong tháng 01/2025"). */
        date: partialDate(),
        /** Việc phải làm, như câu trong văn bản. */
        task: text(),
        /** Đơn vị chịu trách nhiệm (tên tệp trong content/organizations). */
        assignee: ctx.reference('organizations').optional(),
      }),
    ),
    /** Hội nghị, lễ phát động và các sự kiện có ngày giờ. */
    events: list(
      z.strictObject({
        /** Tên sự kiện. */
        title: title(),
        /** Bắt đầu: 2025-01-10 or 2025-01-10T08:00. */
        start: dateTime(),
        /** Kết thúc, nếu có. */
        end: dateTime().optional(),
        /** Địa điểm. */
        location: text().optional(),
        /** Tổ chức trực tuyến. */
        online: z.boolean().default(false),
      }),
    ),
    /** Nơi nhận. */
    recipients: list(text()),
    /** Tệp đính kèm (PDF, DOCX ...) đặt cạnh tệp văn bản. */
    attachments: list(
      z.strictObject({
        /** Đường dẫn tương đối tới tệp, e.g. "./ke-hoach-02.pdf". */
        file: text().pipe(
          z.string().regex(new RegExp(`\\.(${attachmentExtensions.join('|')})$`, 'i'), {
            error: `Tệp đính kèm phải có đuôi ${attachmentExtensions.map((e) => '.' + e).join(', ')}`,
          }),
        ),
        /** Tên hiển thị của tệp. */
        title: title(),
      }),
    ),
    /** Người, tập thể được khen thưởng (quyết định khen thưởng). */
    awardees: list(decisionAwardee(ctx)),
    /** Lấy ý kiến nhân dân về đề nghị khen thưởng, trên căn cứ pháp lý ghi ở `basis`. */
    consultation: z
      .strictObject({
        /** Căn cứ pháp lý của việc lấy ý kiến, như văn bản ghi: "Điều 44 Nghị định số 152/2025/NĐ-CP". */
        basis: text(MAX_LENGTH.title).optional(),
        /** Hết hạn nhận ý kiến (ngày cuối cùng). */
        until: isoDate(),
        /** Nơi nhận ý kiến: địa chỉ, điện thoại, thư điện tử. */
        contact: text(),
        /** Danh sách đề nghị khen thưởng. */
        proposed: z.array(awardee()).min(1, { error: 'Cần ít nhất một người hoặc tập thể được đề nghị' }),
      })
      .optional(),
    /** Ngày đăng lên cổng; mặc định là ngày ban hành. */
    publishedAt: isoDate().optional(),
    /** `true`: bản nháp, không xuất bản. */
    draft: draft(),
    /** Chỗ cần kiểm tra do lệnh nhập đánh dấu; còn dòng nào thì chưa được xuất bản. */
    review: reviewNotes(),
  });
