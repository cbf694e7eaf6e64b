import { z } from 'astro/zod';
import { newsCategories } from '../vocabulary/labels.ts';
import type { SchemaContext } from './context.ts';
import {
  draft,
  fieldsOncePerHost,
  imageFields,
  isoDate,
  list,
  MAX_LENGTH,
  requireAlt,
  text,
  title,
  reviewNotes,
} from './pieces.ts';

const fields = fieldsOncePerHost((ctx) => ({
  /** Tiêu đề. */
  title: title(),
  /** Sa-pô: một hai câu mở đầu. */
  summary: text(),
  /** Ngày đăng. */
  publishedAt: isoDate(),
  /** Ngày cập nhật, nếu bài được sửa sau khi đăng. */
  updatedAt: isoDate().optional(),
  /** Chuyên mục. */
  category: z.enum(newsCategories),
  /** Tác giả. */
  author: text(MAX_LENGTH.label).optional(),
  /** Phong trào liên quan. */
  campaigns: list(ctx.reference('campaigns')),
  /** Văn bản liên quan. */
  documents: list(ctx.reference('documents')),
  /** Gương điển hình liên quan. */
  exemplars: list(ctx.reference('exemplars')),
  /** `true`: bản nháp. */
  draft: draft(),
  /** Chỗ cần kiểm tra do lệnh nhập đánh dấu; còn dòng nào thì chưa được xuất bản. */
  review: reviewNotes(),
}));

export const newsSchema = <C extends SchemaContext>(ctx: C) =>
  z
    .strictObject({
      ...fields(ctx),
      /** Ảnh bìa và mô tả ảnh. */
      ...imageFields(ctx, 'cover'),
    })
    .superRefine(requireAlt('cover'));
