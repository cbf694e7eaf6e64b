/**
 * Calendar dates as plain strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally
 * `YYYY-MM-DDTHH:mm`): documents are dated by day, not by instant, so no time zone
 * ever shifts a date. Vietnamese formats follow Nghị định 30/2020/NĐ-CP (days below 10
 * and the months January and February take a leading zero).
 */

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const PARTIAL_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z)?)?)?)?$/;

/** Splits an ISO-like date string into its known parts; `undefined` if it is not one or not a real date. */
export function parseDateParts(value: string): DateParts | undefined {
  const m = PARTIAL_RE.exec(value.trim());
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
  }
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return undefined;
  if (parts.day !== undefined) {
    const last = new Date(Date.UTC(parts.year, parts.month!, 0)).getUTCDate();
    if (parts.day < 1 || parts.day > last) return undefined;
  }
  if (parts.hour !== undefined && (parts.hour > 23 || parts.minute! > 59)) return undefined;
  return parts;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Turns what a YAML parser gives for a date (a `Date` at UTC midnight, a number such
 * as `2022`, or a string) into a canonical string, or `undefined` when it is not a date.
 */
export function normalizeDateInput(value: unknown, allowTime = false): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const day = `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
    const hasTime = value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0;
    return allowTime && hasTime ? `${day}T${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}` : day;
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const parts = parseDateParts(value);
  if (!parts) return undefined;
  let out = String(parts.year);
  if (parts.month !== undefined) out += `-${pad2(parts.month)}`;
  if (parts.day !== undefined) out += `-${pad2(parts.day)}`;
  if (parts.hour !== undefined) {
    if (!allowTime) return out;
    out += `T${pad2(parts.hour)}:${pad2(parts.minute!)}`;
  }
  return out;
}

/** Precision of a canonical date string. */
export function datePrecision(value: string): 'year' | 'month' | 'day' {
  const p = parseDateParts(value);
  if (!p || p.month === undefined) return 'year';
  return p.day === undefined ? 'month' : 'day';
}

const dayVi = (d: number) => (d < 10 ? pad2(d) : String(d));
const monthVi = (m: number) => (m <= 2 ? pad2(m) : String(m));

/**
 * Long Vietnamese form, as on the paper: "ngày 07 tháng 3 năm 2022", "tháng 02 năm 2022",
 * "năm 2022". A partial date is shown as far as it is known, never with an invented day.
 */
export function formatDateLong(value: string): string {
  const p = parseDateParts(value);
  if (!p) return value;
  if (p.month === undefined) return `năm ${p.year}`;
  if (p.day === undefined) return `tháng ${monthVi(p.month)} năm ${p.year}`;
  const time = p.hour !== undefined ? `${pad2(p.hour)} giờ ${pad2(p.minute!)}, ` : '';
  return `${time}ngày ${dayVi(p.day)} tháng ${monthVi(p.month)} năm ${p.year}`;
}

/** Short form for lists: "07/03/2022", "02/2022", "2022"; with a time, "08:00 07/03/2022". */
export function formatDateShort(value: string): string {
  const p = parseDateParts(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${pad2(p.month)}/${p.year}`;
  const date = `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
  return p.hour !== undefined ? `${pad2(p.hour)}:${pad2(p.minute!)} ${date}` : date;
}

/** The year of any canonical date string. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * Sort keys already computed: lists are sorted by date on many pages (related news,
 * latest items), and parsing the same dates again for every comparison cost about 1 s of
 * a 15-second page phase at 7,000 entries (ADR 0007).
 */
const sortKeys = new Map<string, string>();

/**
 * A key that sorts dates of mixed precision: a month-only date sorts with the first
 * day of its month, a year-only date with 1 January.
 */
export function dateSortKey(value: string): string {
  let key = sortKeys.get(value);
  if (key === undefined) {
    const p = parseDateParts(value);
    key = p ? `${p.year}-${pad2(p.month ?? 1)}-${pad2(p.day ?? 1)}T${pad2(p.hour ?? 0)}:${pad2(p.minute ?? 0)}` : value;
    // A site has at most a few dates per entry; the bound only guards a long-lived process.
    if (sortKeys.size > 100_000) sortKeys.clear();
    sortKeys.set(value, key);
  }
  return key;
}

/** Newest first; ties keep a stable order by the given tie-breaker. */
export function compareDatesDesc(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

/** The date part (`YYYY-MM-DD`) of a canonical date or date-time. */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** Vietnam is UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_UTC_OFFSET_HOURS = 7;
/** The same offset as ISO 8601 writes it. */
export const VIETNAM_UTC_OFFSET = '+07:00';

/**
 * The instant of a wall-clock date or time in Vietnam: `2026-12-15T08:00` is 01:00 UTC.
 * A day is its midnight; a partial date (`2022-02`) its first day.
 */
export function vietnamInstant(value: string): Date {
  const p = parseDateParts(value);
  if (!p) throw new Error(`Not a date: ${value}`);
  return new Date(
    Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) - VIETNAM_UTC_OFFSET_HOURS, p.minute ?? 0),
  );
}

/**
 * The build date in Vietnam (UTC+7), `YYYY-MM-DD`. `BUILD_DATE=YYYY-MM-DD` overrides it,
 * so that tests and reproducible builds can pin "today".
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const pinned = env.BUILD_DATE?.trim();
  if (pinned) {
    const n = normalizeDateInput(pinned);
    if (!n || datePrecision(n) !== 'day') throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${pinned}"`);
    return n;
  }
  const vn = new Date(now.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3600 * 1000);
  return `${vn.getUTCFullYear()}-${pad2(vn.getUTCMonth() + 1)}-${pad2(vn.getUTCDate())}`;
}

/**
 * When an event takes place, in one phrase: "08 giờ 00 đến 11 giờ 30, ngày 15 tháng 12
 * năm 2026" for one day, "từ ngày 22 tháng 02 năm 2022 đến ngày 25 tháng 02 năm 2022"
 * across days.
 */
export function formatEventTime(start: string, end?: string): string {
  if (!end) return formatDateLong(start);
  const s = parseDateParts(start);
  const e = parseDateParts(end);
  if (s && e && dayOf(start) === dayOf(end) && s.hour !== undefined && e.hour !== undefined) {
    return `${pad2(s.hour)} giờ ${pad2(s.minute!)} đến ${pad2(e.hour)} giờ ${pad2(e.minute!)}, ${formatDateLong(dayOf(start))}`;
  }
  return `từ ${formatDateLong(start)} đến ${formatDateLong(end)}`;
}

/** The last day covered by a partial date: "2025-02" -> "2025-02-28". */
export function lastDayOf(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (d) return value.slice(0, 10);
  if (m) {
    const last = new Date(Date.UTC(y!, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}
