/**
 * Dates as Vietnamese documents write them: "07/3/2022", "7-3-2022", "ngày 07 tháng 3
 * năm 2022", "tháng 01/2025", and the header with blanks ("ngày   tháng 02 năm 2022").
 * Results are the content contract's canonical strings (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
 */
import { normalizeDateInput } from '../../vocabulary/dates.ts';

const pad2 = (n: number | string) => String(n).padStart(2, '0');

/** Builds a canonical date from parts, or `undefined` if it is not a real date. */
export function isoFrom(year: number | string, month?: number | string, day?: number | string): string | undefined {
  let s = String(year);
  if (month !== undefined && month !== '') {
    s += `-${pad2(month)}`;
    if (day !== undefined && day !== '') s += `-${pad2(day)}`;
  }
  return normalizeDateInput(s);
}

/** A day date in numeric form: 07/3/2022, 7-3-2022, 07.03.2022. */
export const NUMERIC_DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
/** `12/02/2026`, a whole text that is one date in figures, in ISO form. */
export function isoOfNumericDate(text: string): string | undefined {
  const m = new RegExp(`^${NUMERIC_DATE}$`).exec(text.trim());
  return m ? isoFrom(m[3]!, m[2]!, m[1]!) : undefined;
}

/** A day date in words: "07 tháng 3 năm 2022". */
export const WORDS_DATE = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;

/**
 * The place-and-date line of a document header: "Ninh Thuận, ngày 07 tháng 02 năm 2022",
 * also with the day or month left blank (dots, underscores or spaces), which gives a
 * partial date. `place` is what precedes ", ngày".
 */
export function parsePlaceDate(line: string): { place?: string; date: string } | undefined {
  const m =
    /(?:^|[\s.;])(?:([\p{L}][\p{L}' .-]{0,40}?)\s*,\s*)?ngày\s*([0-9]{0,2})[\s._…-]*tháng\s*([0-9]{0,2})[\s._…-]*năm\s*(\d{4})/iu.exec(
      line,
    );
  if (!m) {
    // "Lâm Đồng, ngày 5/12/2025": the date line in figures.
    const n = /^([\p{L}][\p{L}' .-]{0,40}?)\s*,\s*ngày\s+(.+)$/iu.exec(line.trim());
    const date = n ? isoOfNumericDate(n[2]!) : undefined;
    return n && date ? { place: n[1]!.trim(), date } : undefined;
  }
  const [, place, day, month, year] = m;
  const date = month ? isoFrom(year!, month, day || undefined) : isoFrom(year!);
  if (!date) return undefined;
  const cleanPlace = place?.trim().replace(/^[-.\s]+/, '');
  return cleanPlace ? { place: cleanPlace, date } : { date };
}

/** A day and month as an article's dateline writes them, the year left out or not: "09/7", "21/9/2026", "9 tháng 7". */
export interface DayMonth {
  day: number;
  month: number;
  year?: number | undefined;
}

/** Part of day and weekday before a dateline's date: "Sáng", "Chiều nay", "Sáng thứ Hai", "Hôm nay". */
const LEAD_WHEN = String.raw`(?:(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm|hôm)(?:\s+nay|\s+qua)?\s*,?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?`;
const LEAD_DATE = new RegExp(
  String.raw`^${LEAD_WHEN}\(?\s*(?:ngày\s+)?(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)\s*\)?\s*[,:]`,
  'iu',
);

/**
 * The date a news article's lead opens with, before the first comma: "Ngày 21/9/2026, ...",
 * "Sáng ngày 09/7, ...", "Chiều 15-3, ...", "Sáng thứ Hai (12/10), ...". The year is
 * absent when the dateline leaves it out; a day that does not exist gives `undefined`.
 */
export function leadDate(text: string): DayMonth | undefined {
  const m = LEAD_DATE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  // Checked against a leap year, so that 29/2 without a year stays possible.
  if (!isoFrom(year ?? 2024, month, day)) return undefined;
  return { day: Number(day), month: Number(month), year: year ? Number(year) : undefined };
}
