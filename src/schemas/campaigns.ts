import { z } from 'astro/zod';
import { campaignKinds } from '../vocabulary/labels.ts';
import { dateSortKey, lastDayOf } from '../vocabulary/dates.ts';
import type { SchemaContext } from './context.ts';
import {
  draft,
  facetText,
  fieldsOncePerHost,
  imageFields,
  isoDate,
  list,
  partialDate,
  requireAlt,
  text,
  title,
} from './pieces.ts';

const fields = fieldsOncePerHost((ctx) => ({
  /** Tên phong trào: "Phong trào thi đua thực hiện thắng lợi nhiệm vụ ... năm 2025". */
  title: title(),
  /** Chủ đề: "Đoàn kết, đổi mới, chia sẻ, cùng phát triển". */
  theme: text().optional(),
  /** Hình thức: thường xuyên, chuyên đề, theo đợt. */
  kind: z.enum(campaignKinds),
  /** Cơ quan phát động (tên tệp trong content/organizations). */
  launchedBy: ctx.reference('organizations'),
  /** Ngày phát động. */
  launchedAt: isoDate(),
  /** Thời gian thực hiện; trạng thái hiển thị suy ra từ đây và ngày xây dựng trang. */
  period: z.strictObject({
    /** Bắt đầu. */
    start: partialDate(),
    /** Kết thúc (bỏ trống nếu chưa định). */
    end: partialDate().optional(),
  }),
  /** Phong trào toàn quốc mà phong trào này hưởng ứng. */
  parent: text().optional(),
  /** Lĩnh vực. */
  fields: list(facetText()),
  /** `true`: bản nháp. */
  draft: draft(),
}));

export const campaignSchema = <C extends SchemaContext>(ctx: C) =>
  z
    .strictObject({
      ...fields(ctx),
      /** Ảnh bìa và mô tả ảnh. */
      ...imageFields(ctx, 'cover'),
    })
    .superRefine(requireAlt('cover'))
    .superRefine((data, issue) => {
      // Partial dates cover a span: `end: 2026` ends on 31 December, `start: 2026-01` starts on 1 January.
      if (data.period.end && lastDayOf(data.period.end) < dateSortKey(data.period.start)) {
        issue.addIssue({
          code: 'custom',
          path: ['period', 'end'],
          message: `Ngày kết thúc (${data.period.end}) đứng trước ngày bắt đầu (${data.period.start})`,
        });
      }
    });
