/**
 * Calendar items as the `/lich/` pages list them: upcoming and past, by month and by
 * year, and when each falls in words.
 */
import { formatDateShort } from '../vocabulary/dates.ts';
import { compareItems, pad2, partialDatePhrase, type CalendarItem } from './calendar.ts';

/** Whether the item is still to come (or under way) on `today` (`YYYY-MM-DD`). */
export const isUpcoming = (item: CalendarItem, today: string) => item.lastDay >= today;

/** Splits items into upcoming (soonest first) and past (latest first). */
export function splitByDate(items: readonly CalendarItem[], today: string) {
  const upcoming = items.filter((i) => isUpcoming(i, today)).sort(compareItems);
  const past = items.filter((i) => !isUpcoming(i, today)).sort((a, b) => compareItems(b, a));
  return { upcoming, past };
}

/** "Tháng 02 năm 2026", "Tháng 12 năm 2026" (months 1 and 2 with a leading zero, as on official papers). */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `Tháng ${m! <= 2 ? pad2(m!) : m} năm ${y}`;
}

export interface MonthGroup {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  items: CalendarItem[];
}

/** Consecutive items grouped by the month of their day, keeping the given order. */
export function groupByMonth(items: readonly CalendarItem[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const item of items) {
    const month = item.day.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, label: monthLabel(month), items: [item] });
  }
  return groups;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Vietnamese day of the week of a `YYYY-MM-DD` date: "Thứ Năm", "Chủ nhật". */
export function weekdayVi(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * When an item falls, for a list: "Thứ Năm, 10/12/2026", "Trong tháng 03/2026",
 * "14:00 - 17:00, Thứ Ba, 08/12/2026", "Từ 22/02/2026 đến 25/02/2026".
 */
export function itemWhen(item: CalendarItem): string {
  if (item.precision === 'month' || item.precision === 'year') {
    const phrase = partialDatePhrase(item.start);
    return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  }
  if (isMultiDay(item)) return `Từ ${formatDateShort(item.start)} đến ${formatDateShort(item.end!)}`;
  const date = `${weekdayVi(item.day)}, ${shortDay(item.day)}`;
  if (item.precision !== 'time') return date;
  const time = item.end?.includes('T')
    ? `${item.start.slice(11, 16)} - ${item.end.slice(11, 16)}`
    : item.start.slice(11, 16);
  return `${time}, ${date}`;
}

/** An event that ends on another day than it starts. */
export const isMultiDay = (item: CalendarItem) => item.lastDay !== item.day;

/** The same calendar day one year earlier (29 February falls back to 28). */
export function oneYearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y! - 1, m!, 0)).getUTCDate();
  return `${y! - 1}-${pad2(m!)}-${pad2(Math.min(d!, last))}`;
}

export interface CalendarOverview {
  /** Still to come or under way, soonest first. */
  upcoming: CalendarItem[];
  /** Past within the last year, latest first. */
  recent: CalendarItem[];
  /** The first day `recent` covers. */
  since: string;
  /** Past items older than `since`, listed on the year pages. */
  olderCount: number;
  /** Every year with an item, latest first: each has its page. */
  years: string[];
}

/**
 * What `/lich/` shows: everything upcoming and the past year, so the page stays light
 * as the archive grows; older items stay reachable on one page per year (`itemsOfYear`).
 */
export function calendarOverview(items: readonly CalendarItem[], today: string): CalendarOverview {
  const { upcoming, past } = splitByDate(items, today);
  const since = oneYearBefore(today);
  const recent = past.filter((i) => i.lastDay >= since);
  return { upcoming, recent, since, olderCount: past.length - recent.length, years: calendarYears(items) };
}

/** Years that have items, latest first. */
export function calendarYears(items: readonly CalendarItem[]): string[] {
  return [...new Set(items.map((i) => i.day.slice(0, 4)))].sort().reverse();
}

/** Every item listed under a year, in time order. */
export function itemsOfYear(items: readonly CalendarItem[], year: string): CalendarItem[] {
  return items.filter((i) => i.day.startsWith(`${year}-`)).sort(compareItems);
}
