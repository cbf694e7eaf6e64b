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
const byDocument = new Map<string, Promise<Map<string, CalendarItem[]>>>();

/**
 * One document's calendar items, in time order, from the site's calendar grouped once
 * per build: each document's `.ics` used to filter the whole calendar, which grew with
 * the square of the archive (2 s at 10,000 documents, issue 7).
 */
export async function documentCalendar(siteUrl: URL | string | undefined, id: string): Promise<CalendarItem[]> {
  const key = siteUrl ? new URL(siteUrl).href : '';
  let grouped = byDocument.get(key);
  if (!grouped) {
    grouped = siteCalendar(siteUrl).then((items) => Map.groupBy(items, (item) => item.document.id));
    byDocument.set(key, grouped);
  }
  return (await grouped).get(id) ?? [];
}

export const calendarName = `Lịch thi đua, khen thưởng - ${board.name}`;
