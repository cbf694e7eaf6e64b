import { z } from 'astro/zod';
import { organizationKinds } from '../lib/labels.ts';
import type { SchemaContext } from './context.ts';
import { text } from './pieces.ts';

export const organizationSchema = <C extends SchemaContext>(ctx: C) =>
  z.strictObject({
    /** Tên đầy đủ: "Ủy ban nhân dân tỉnh Ninh Thuận". */
    name: text(),
    /** Tên viết tắt: "UBND tỉnh". */
    shortName: text().optional(),
    /** Loại cơ quan, đơn vị. */
    kind: z.enum(organizationKinds),
    /** Cơ quan cấp trên (tên tệp). */
    parent: ctx.reference('organizations').optional(),
    /** Trang thông tin điện tử. */
    website: z.url({ error: 'Địa chỉ trang web phải đầy đủ, bắt đầu bằng https://' }).optional(),
  });
