/**
 * The site's calendar: the deadlines, events and consultations of published documents
 * (drafts never reach `site()`), computed once per build for `/lich/`, `/lich.ics` and
 * the documents' own `.ics` files.
 */
import { board } from '../site.ts';
import type { CalendarItem, CalendarSource } from '../lib/calendar.ts';
import { calendarItems } from '../lib/calendar-items.ts';
import { site, type Doc, type Site } from './content.ts';

/** A document entry as the calendar reads it. */
export const calendarSource = (doc: Doc): CalendarSource => ({ id: doc.id, ...doc.data });

interface Calendar {
  /** Every item, in time order. */
  items: CalendarItem[];
  /**
   * The items of each document, in time order: each document's `.ics` used to filter the
   * whole calendar, which grew with the square of the archive (2 s at 10,000 documents,
   * ADR 0007).
   */
  byDocument: Map<string, CalendarItem[]>;
}

const cache = new Map<string, Promise<Calendar>>();

/** The calendar for a site address, computed once per build. */
function calendar(siteUrl: URL | string | undefined): Promise<Calendar> {
  const key = siteUrl ? new URL(siteUrl).href : '';
  let built = cache.get(key);
  if (!built) {
    built = site().then((s: Site) => {
      const items = calendarItems(s.documents.map(calendarSource), {
        siteUrl: siteUrl ?? 'https://localhost/',
        orgName: (id) => s.org.get(id)?.data.name,
      });
      return { items, byDocument: Map.groupBy(items, (item) => item.document.id) };
    });
    cache.set(key, built);
  }
  return built;
}

/** Every calendar item of the published documents, in time order. */
export async function siteCalendar(siteUrl: URL | string | undefined): Promise<CalendarItem[]> {
  return (await calendar(siteUrl)).items;
}

/** One document's calendar items, in time order. */
export async function documentCalendar(siteUrl: URL | string | undefined, id: string): Promise<CalendarItem[]> {
  return (await calendar(siteUrl)).byDocument.get(id) ?? [];
}

/** Name of the whole calendar, as calendar applications list it. */
export const calendarName = `Lịch thi đua, khen thưởng - ${board.name}`;
