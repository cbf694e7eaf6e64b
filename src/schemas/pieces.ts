import { z } from 'astro/zod';
import { slugify } from '../vocabulary/slug.ts';
import type { SchemaContext } from './context.ts';
import { isoDate, partialDate } from './dates.ts';

/**
 * Longest texts a field takes, in characters. Generous for real documents (a long
 * trích yếu is about 300 characters), but bounded: a pasted page as a title would
 * otherwise flow into every card, feed and search record (ADR 0009).
 */
export const MAX_LENGTH = { text: 2000, title: 500, label: 150 } as const;

/** A non-empty line of text, trimmed and normalized to NFC, at most `max` characters. */
export const text = (max: number = MAX_LENGTH.text) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'Trường này bắt buộc, chưa có giá trị' : 'Phải là một đoạn chữ') })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'Không được để trống' })
        .max(max, { error: `Quá dài: tối đa ${max} ký tự` }),
    );

/** A title or a name: shown on cards, share images and feeds. */
export const title = () => text(MAX_LENGTH.title);

/**
 * A value readers filter by (lĩnh vực, địa bàn): its slug is a page address
 * (`/guong-dien-hinh/dia-phuong/<slug>/`), so it needs a letter or a digit.
 */
export const facetText = () =>
  text(MAX_LENGTH.label).refine((s) => slugify(s) !== '', {
    error: 'Giá trị dùng để lọc phải có ít nhất một chữ cái hoặc chữ số',
  });

/** A list that may be left out (it is then empty). */
export const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/** Người ký: the signer of a document, as on the signature block. */
export const signer = () =>
  z.strictObject({
    /** Họ và tên người ký, e.g. "Trần Văn An". */
    name: text(MAX_LENGTH.label),
    /** Chức vụ, e.g. "Chủ tịch", "Phó Chủ tịch". */
    title: text(MAX_LENGTH.label),
    /** Thẩm quyền ký, e.g. "TM. Ủy ban nhân dân", "KT. Chủ tịch". */
    authority: text().optional(),
  });

/** Địa bàn: where an exemplar lives or works; filterable. */
export const locality = () =>
  z.strictObject({
    /** Tỉnh, thành phố trực thuộc trung ương, e.g. "Ninh Thuận". */
    province: facetText(),
    /** Huyện, thị xã, thành phố thuộc tỉnh. */
    district: facetText().optional(),
    /** Xã, phường, thị trấn. */
    commune: facetText().optional(),
  });

/** Hình thức khen thưởng một gương điển hình đã nhận. */
export const award = (ctx: Pick<SchemaContext, 'reference'>) =>
  z.strictObject({
    /** Tên hình thức, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
    title: title(),
    /** Năm được khen thưởng. */
    year: z.number({ error: 'Năm phải là một số, ví dụ 2024' }).int().min(1945).max(2100),
    /** Quyết định khen thưởng trong thư viện văn bản (tên tệp, không có đuôi). */
    decision: ctx.reference('documents').optional(),
  });

/**
 * A collection's fields other than its image, built once per host (Astro, the checker)
 * and shared by every entry. Astro calls a schema written as a function once per entry,
 * to hand that entry its own `image()`; building every field again each time cost
 * seconds of a cold build at 15,000 entries (ADR 0007). Zod schemas are immutable, so
 * one field schema can sit in many objects.
 */
export function fieldsOncePerHost<T>(build: (ctx: Pick<SchemaContext, 'reference'>) => T): (ctx: SchemaContext) => T {
  const built = new WeakMap<SchemaContext['reference'], T>();
  return (ctx) => {
    let fields = built.get(ctx.reference);
    if (!fields) {
      fields = build({ reference: ctx.reference });
      built.set(ctx.reference, fields);
    }
    return fields;
  };
}

/**
 * An optional image with its required alt text, under the given field names
 * (`photo`/`photoAlt`, `cover`/`coverAlt`). The pair rule is added by `requireAlt`.
 */
export const imageFields = <C extends SchemaContext, K extends string>(ctx: C, key: K) =>
  ({
    [key]: ctx.image().optional(),
    [`${key}Alt`]: text().optional(),
  }) as { [P in K]: z.ZodOptional<ReturnType<C['image']>> } & {
    [P in `${K}Alt`]: z.ZodOptional<ReturnType<typeof text>>;
  };

/** Every image has alt text: "Ảnh cần có mô tả (photoAlt)". */
export function requireAlt(key: string) {
  return (data: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (data[key] !== undefined && !data[`${key}Alt`]) {
      ctx.addIssue({
        code: 'custom',
        path: [`${key}Alt`],
        message: `Ảnh (${key}) cần có mô tả ngắn cho người không nhìn thấy ảnh: thêm trường ${key}Alt`,
        params: { expected: 'alt text', received: 'nothing' },
      });
    }
  };
}

/** `draft: true` keeps the entry out of every output. */
export const draft = () => z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false);

/**
 * Chỗ cần kiểm tra: the values `npm run import` was not sure of, one line each
 * ("number: đọc bằng OCR, chưa chắc chữ …"). Kept as data, not only as YAML comments,
 * because the form editor rewrites the YAML and drops comments; the check refuses to
 * publish an entry that still has one.
 */
export const reviewNotes = () => list(text());

export { isoDate, partialDate };
