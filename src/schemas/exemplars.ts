import { z } from 'astro/zod';
import { exemplarKinds } from '../vocabulary/labels.ts';
import type { SchemaContext } from './context.ts';
import {
  award,
  draft,
  facetText,
  fieldsOncePerHost,
  imageFields,
  isoDate,
  list,
  locality,
  requireAlt,
  text,
  title,
} from './pieces.ts';

const fields = fieldsOncePerHost((ctx) => ({
  /** Họ tên cá nhân hoặc tên tập thể. */
  name: title(),
  /** `ca-nhan` (cá nhân) or `tap-the` (tập thể). */
  kind: z.enum(exemplarKinds),
  /** Một câu tóm tắt việc làm, như người đọc sẽ trích dẫn. */
  summary: text(),
  /** Đơn vị: "Công an xã Nhơn Hải". */
  unit: text().optional(),
  /** Địa bàn. */
  locality: locality(),
  /** Lĩnh vực. */
  fields: list(facetText()),
  /** Phong trào thi đua liên quan. */
  campaigns: list(ctx.reference('campaigns')),
  /** Các hình thức khen thưởng đã nhận. */
  awards: list(award(ctx)),
  /** Hồ sơ cá nhân chỉ được đăng khi người đó đã đồng ý (`consent: true`). */
  consent: z.boolean({ error: 'consent chỉ nhận true hoặc false' }).default(false),
  /** Ngày đăng. */
  publishedAt: isoDate(),
  /** `true`: bản nháp. */
  draft: draft(),
}));

export const exemplarSchema = <C extends SchemaContext>(ctx: C) =>
  z
    .strictObject({
      ...fields(ctx),
      /** Ảnh chân dung hoặc ảnh tập thể, và mô tả ảnh. */
      ...imageFields(ctx, 'photo'),
    })
    .superRefine(requireAlt('photo'));
