/**
 * Working days (ngày làm việc) as a consultation counts them: Monday to Friday, minus the
 * public holidays and swapped days off the site lists, plus the weekend days worked in
 * exchange (src/site.ts, `workingCalendar`). Days are `YYYY-MM-DD` strings in Vietnam
 * time; "today" is the build date (`buildDate`, pinned by `BUILD_DATE`), since the site
 * is static and rebuilt daily.
 */
import { buildDate, parseDateParts, VIETNAM_UTC_OFFSET, vietnamInstant } from '../vocabulary/dates.ts';

/** The days off and the weekend days worked instead, as `YYYY-MM-DD`. */
export interface WorkingCalendar {
  /** Public holidays, Tết and swapped days off that fall on a weekday. */
  holidays: readonly string[];
  /** Saturdays or Sundays worked in exchange for a swapped day off (làm bù). */
  makeUpDays?: readonly string[] | undefined;
}

const DAY_MS = 24 * 3600 * 1000;

/** Midnight UTC of a calendar day: arithmetic on days without any time zone. */
function dayNumber(day: string): number {
  const p = parseDateParts(day);
  if (!p || p.month === undefined || p.day === undefined) throw new Error(`Not a day: ${day}`);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return dayString(dayNumber(day) + 1);
}

function isWorking(n: number, holidays: ReadonlySet<string>, makeUp: ReadonlySet<string>): boolean {
  const day = dayString(n);
  if (makeUp.has(day)) return true;
  const weekday = new Date(n * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** Whether offices work on `day`: a weekday that is no holiday, or a listed make-up day. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  return isWorking(dayNumber(day), new Set(calendar.holidays), new Set(calendar.makeUpDays ?? []));
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  const holidays = new Set(calendar.holidays);
  const makeUp = new Set(calendar.makeUpDays ?? []);
  let count = 0;
  for (let n = dayNumber(from), last = dayNumber(to); n <= last; n++) if (isWorking(n, holidays, makeUp)) count++;
  return count;
}

/**
 * The instant a consultation closes: the end of its last day in Vietnam, that is the next
 * day's midnight at UTC+7 (`2026-12-04` closes at 2026-12-04T17:00Z).
 */
export function closingInstant(until: string): Date {
  return vietnamInstant(nextDay(until));
}

/** The same instant as ISO 8601 in Vietnam time, for `<time datetime>`: `2026-12-05T00:00+07:00`. */
export function closingTime(until: string): string {
  return `${nextDay(until)}T00:00${VIETNAM_UTC_OFFSET}`;
}

/** Whether opinions are still accepted at `now`. */
export function isOpenAt(until: string, now: Date): boolean {
  return now.getTime() < closingInstant(until).getTime();
}

/**
 * Where a consultation stands on `today`. `open` counts the working days left, today
 * included when it is one: opinions are accepted until the end of `until`, so a notice
 * read on a working Monday closing that Friday has 5 days. The last day is `last-day`
 * whatever its weekday; after it, `closed`.
 */
export type ConsultationCountdown =
  | { state: 'open'; workingDays: number }
  | { state: 'last-day'; workingDays: number }
  | { state: 'closed'; workingDays: 0 };

export function consultationCountdown(
  until: string,
  calendar: WorkingCalendar,
  today: string = buildDate(),
): ConsultationCountdown {
  if (until < today) return { state: 'closed', workingDays: 0 };
  const workingDays = workingDaysBetween(today, until, calendar);
  return until === today ? { state: 'last-day', workingDays } : { state: 'open', workingDays };
}

/**
 * The countdown's words: "Còn 7 ngày làm việc", "Hôm nay là ngày cuối nhận ý kiến",
 * "Đã hết hạn nhận ý kiến".
 */
export function countdownLead(c: ConsultationCountdown): string {
  if (c.state === 'closed') return 'Đã hết hạn nhận ý kiến';
  if (c.state === 'last-day') return 'Hôm nay là ngày cuối nhận ý kiến';
  return c.workingDays === 0 ? 'Không còn ngày làm việc nào trước hạn' : `Còn ${c.workingDays} ngày làm việc`;
}

/**
 * The countdown in one sentence, the last day written long by the caller: "Còn 7 ngày
 * làm việc (đến hết ngày 15 tháng 12 năm 2026)"; the last day names its date too, so a
 * page built that day and read later is not misread.
 */
export function countdownText(c: ConsultationCountdown, untilLong: string): string {
  const lead = countdownLead(c);
  return c.state === 'closed' ? lead : `${lead} (đến hết ${untilLong})`;
}
