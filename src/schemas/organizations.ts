import { z } from 'astro/zod';
import { organizationKinds } from '../vocabulary/labels.ts';
import { isWebsite, WEBSITE_MESSAGE } from '../vocabulary/website.ts';
import type { SchemaContext } from './context.ts';
import { draft, MAX_LENGTH, text, title, reviewNotes } from './pieces.ts';

export const organizationSchema = <C extends SchemaContext>(ctx: C) =>
  z.strictObject({
    /** Tên đầy đủ: "Ủy ban nhân dân tỉnh Ninh Thuận". */
    name: title(),
    /** Tên viết tắt: "UBND tỉnh". */
    shortName: text(MAX_LENGTH.label).optional(),
    /** Loại cơ quan, đơn vị. */
    kind: z.enum(organizationKinds),
    /** Cơ quan cấp trên (tên tệp). */
    parent: ctx.reference('organizations').optional(),
    /** Trang thông tin điện tử: địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://). */
    website: z
      .url({ protocol: /^https?$/, abort: true, error: WEBSITE_MESSAGE })
      .refine(isWebsite, { error: WEBSITE_MESSAGE })
      .optional(),
    /** `true`: chưa xuất bản, chờ biên tập viên xác nhận (cơ quan do lệnh import đề xuất). */
    draft: draft(),
    /** Chỗ cần kiểm tra do lệnh nhập đánh dấu; còn dòng nào thì chưa được xuất bản. */
    review: reviewNotes(),
  });
