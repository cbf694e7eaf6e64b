import { z } from 'astro/zod';
import { datePrecision, normalizeDateInput } from '../vocabulary/dates.ts';

const describe = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v));

/** A full date `YYYY-MM-DD`, kept as that string. */
export const isoDate = () =>
  z.unknown().transform((value, ctx) => {
    const n = normalizeDateInput(value);
    if (!n || datePrecision(n) !== 'day') {
      ctx.addIssue({
        code: 'custom',
        message: `Ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2025-01-10`,
        params: { expected: 'YYYY-MM-DD', received: describe(value) },
      });
      return z.NEVER;
    }
    return n;
  });

/**
 * A date whose day or month may be unknown: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, for
 * documents published with the day left blank ("ngày   tháng 02 năm 2022").
 */
export const partialDate = () =>
  z.unknown().transform((value, ctx) => {
    const n = normalizeDateInput(value);
    if (!n) {
      ctx.addIssue({
        code: 'custom',
        message: `Ngày phải viết dạng 2022-02-07, 2022-02 (chưa rõ ngày) hoặc 2022 (chưa rõ tháng)`,
        params: { expected: 'YYYY-MM-DD | YYYY-MM | YYYY', received: describe(value) },
      });
      return z.NEVER;
    }
    return n;
  });

/** A date with an optional time of day (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`), local Vietnam time. */
export const dateTime = () =>
  z.unknown().transform((value, ctx) => {
    const n = normalizeDateInput(value, true);
    if (!n || datePrecision(n) !== 'day') {
      ctx.addIssue({
        code: 'custom',
        message: `Thời điểm phải viết dạng 2025-01-10 hoặc 2025-01-10T08:00`,
        params: { expected: 'YYYY-MM-DD[THH:mm]', received: describe(value) },
      });
      return z.NEVER;
    }
    return n;
  });
