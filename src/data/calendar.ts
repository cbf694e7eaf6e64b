/**
 * The site's calendar: the deadlines, events and consultations of published documents
 * (drafts never reach `site()`), computed once per build for `/lich/`, `/lich.ics` and
 * the documents' own `.ics` files.
 */
import { board } from '../site.ts';
import { calendarItems, type CalendarItem, type CalendarSource } from '../lib/calendar.ts';
import { site, type Doc, type Site } from './content.ts';

/** A document entry as the calendar reads it. */
export const calendarSource = (doc: Doc): CalendarSource => ({ id: doc.id, ...doc.data });

const cache = new Map<string, Promise<CalendarItem[]>>();

/** Every calendar item of the published documents, in time order. */
export function siteCalendar(siteUrl: URL | string | undefined): Promise<CalendarItem[]> {
  const key = siteUrl ? new URL(siteUrl).href : '';
  let items = cache.get(key);
  if (!items) {
    items = site().then((s: Site) =>
      calendarItems(s.documents.map(calendarSource), {
        siteUrl: siteUrl ?? 'https://localhost/',
        orgName: (id) => s.org.get(id)?.data.name,
      }),
    );
    cache.set(key, items);
  }
  return items;
}

/** Name of the whole calendar, as calendar applications list it. */
export const calendarName = `Lịch thi đua, khen thưởng - ${board.name}`;
