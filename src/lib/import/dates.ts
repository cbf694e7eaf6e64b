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
/** A day date in words: "07 tháng 3 năm 2022". */
export const WORDS_DATE = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;

/** The first full date written in the text (either form), with where it was found. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  const re = new RegExp(`${NUMERIC_DATE}|${WORDS_DATE}`, 'u');
  const m = re.exec(text);
  if (!m) return undefined;
  const iso = m[1] ? isoFrom(m[3]!, m[2], m[1]) : isoFrom(m[6]!, m[5], m[4]);
  return iso ? { iso, index: m.index, length: m[0].length } : undefined;
}

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
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  const date = month ? isoFrom(year!, month, day || undefined) : isoFrom(year!);
  if (!date) return undefined;
  const cleanPlace = place?.trim().replace(/^[-.\s]+/, '');
  return cleanPlace ? { place: cleanPlace, date } : { date };
}
