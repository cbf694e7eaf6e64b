/**
 * What the calendar pages list, grouped by month: `/lich/` shows what is to come and the
 * past year, and one page per year (`/lich/nam/2026/`) keeps every older item reachable,
 * so the main page stays light as the archive grows. Computed from the calendar items
 * alone, so the grouping is tested without a build.
 */
import type { CalendarItem } from '../lib/calendar.ts';
import {
  calendarOverview,
  calendarYears,
  groupByMonth,
  itemsOfYear,
  type MonthGroup,
} from '../lib/calendar-listing.ts';
import { pagePath } from '../lib/routes.ts';
import { siteCalendar } from './calendar.ts';
import type { Crumb } from './listing-pages.ts';

/** The heading of `/lich/`, and of each year's page after it. */
export const calendarTitle = 'Lịch công tác thi đua, khen thưởng';

/** Items of one list, by month, and how many there are. */
interface Months {
  count: number;
  months: MonthGroup[];
}

export interface CalendarPageView {
  /** Still to come or under way, soonest first. */
  upcoming: Months;
  /** Past within the last year, latest first. */
  recent: Months;
  /** The first day `recent` covers. */
  since: string;
  /** Past items older than `since`, left to the year pages. */
  olderCount: number;
  /** Every year with an item, latest first. */
  years: string[];
}

const months = (items: CalendarItem[]): Months => ({ count: items.length, months: groupByMonth(items) });

/** What `/lich/` shows on the build date `today`. */
export function calendarPageView(items: readonly CalendarItem[], today: string): CalendarPageView {
  const { upcoming, recent, since, olderCount, years } = calendarOverview(items, today);
  return { upcoming: months(upcoming), recent: months(recent), since, olderCount, years };
}

export interface CalendarYearView extends Months {
  year: string;
  /** Every year with an item, latest first, for the navigation between them. */
  years: string[];
  title: string;
  breadcrumbs: Crumb[];
}

/** One page per year with items, latest first: that year's items in time order, by month. */
export function calendarYearViews(items: readonly CalendarItem[]): CalendarYearView[] {
  const years = calendarYears(items);
  return years.map((year) => ({
    year,
    years,
    ...months(itemsOfYear(items, year)),
    title: `${calendarTitle} năm ${year}`,
    breadcrumbs: [{ href: pagePath('calendar'), label: 'Lịch công tác' }, { label: `Năm ${year}` }],
  }));
}

/** The `getStaticPaths` of the year pages, each page's view as its props. */
export async function calendarYearPaths(siteUrl: URL | string | undefined) {
  return calendarYearViews(await siteCalendar(siteUrl)).map((view) => ({ params: { year: view.year }, props: view }));
}
