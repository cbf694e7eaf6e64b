/**
 * The calendar of deadlines, events and public consultations that documents announce,
 * as plain data for the `/lich/` pages and as an iCalendar (RFC 5545) file built with
 * ical-generator. No Astro imports: the build passes documents in, tests pass fixtures.
 *
 * This module holds what a calendar item is and its order; the items are built in
 * `calendar-items.ts`, listed in `calendar-listing.ts` and written in `calendar-ics.ts`.
 *
 * Decisions (see docs/adr/0003-calendar-ics.md):
 * - A deadline known only to the month ("trong tháng 03/2026") or the year falls on the
 *   last day of that month or year, as an all-day event labelled "trong tháng ...".
 * - Date-only deadlines, consultations and events are all-day events (`VALUE=DATE`,
 *   with the exclusive end date RFC 5545 asks for). Timed events are written in UTC,
 *   converted from Vietnam time (UTC+7, no daylight saving since 1975), so every
 *   client shows the right local time without a VTIMEZONE block.
 * - A UID is the document's slug, the kind of item and a hash of its text, so that
 *   reordering a document's deadlines or moving a deadline's date (gia hạn) updates the
 *   same event in a reader's calendar instead of adding a second one.
 * - DTSTAMP is the document's posting date, so the file only changes when content does.
 */
import { parseDateParts } from '../vocabulary/dates.ts';
import type { DocumentKind } from '../vocabulary/labels.ts';

export type CalendarKind = 'deadline' | 'event' | 'consultation';

/** What a reader sees as the type of an item. */
export const calendarKindLabel: Record<CalendarKind, string> = {
  deadline: 'Hạn thực hiện',
  event: 'Sự kiện',
  consultation: 'Hết hạn lấy ý kiến',
};

/** A document as the calendar needs it: an Astro entry's `data` plus its `id` fits. */
export interface CalendarSource {
  id: string;
  title: string;
  kind: DocumentKind;
  number?: string | undefined;
  issuedAt: string;
  publishedAt?: string | undefined;
  deadlines: readonly { date: string; task: string; assignee?: { id: string } | undefined }[];
  events: readonly {
    title: string;
    start: string;
    end?: string | undefined;
    location?: string | undefined;
    online?: boolean | undefined;
  }[];
  consultation?: { until: string; contact: string; proposed: readonly unknown[] } | undefined;
}

export interface CalendarOptions {
  /** The site's public address, for absolute links and the UIDs' domain. */
  siteUrl: string | URL;
  /** The name of an organization by slug; `undefined` leaves the assignee out. */
  orgName: (id: string) => string | undefined;
}

export interface CalendarItem {
  /** Globally unique and stable across builds: `<slug>.<han|su-kien|lay-y-kien>[.<hash>]@<host>`. */
  uid: string;
  kind: CalendarKind;
  /** As written in the document: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  start: string;
  end?: string | undefined;
  /** How precisely the date is known; `time` for an event with a time of day. */
  precision: 'year' | 'month' | 'day' | 'time';
  /** No time of day: an all-day entry in a calendar application. */
  allDay: boolean;
  /** The day the item is listed under (`YYYY-MM-DD`): the last day for a partial deadline. */
  day: string;
  /** The last day it covers (`YYYY-MM-DD`); after it, the item is past. */
  lastDay: string;
  /** Sorts items in time order, all-day items before timed ones on the same day. */
  sortKey: string;
  /** The task, the event's title, or what closes for a consultation. */
  text: string;
  /** The title in a calendar application (SUMMARY). */
  summary: string;
  /** Plain-text details (DESCRIPTION). */
  description: string;
  location?: string | undefined;
  online: boolean;
  /** Where to send comments, for a consultation. */
  contact?: string | undefined;
  document: {
    id: string;
    title: string;
    kind: DocumentKind;
    number?: string | undefined;
    /** Site path of the document page. */
    path: string;
    /** `YYYY-MM-DD` the document was posted (its DTSTAMP). */
    postedOn: string;
  };
  assignee?: { id: string; name: string; path: string } | undefined;
  /** Absolute URL of the document page. */
  url: string;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** "trong tháng 03/2026", "trong năm 2026"; empty for a full date. */
export function partialDatePhrase(value: string): string {
  const p = parseDateParts(value);
  if (!p || p.day !== undefined) return '';
  return p.month === undefined ? `trong năm ${p.year}` : `trong tháng ${pad2(p.month)}/${p.year}`;
}

/** Time order; items on the same day and time by document, then text. */
export function compareItems(a: CalendarItem, b: CalendarItem): number {
  return a.sortKey < b.sortKey
    ? -1
    : a.sortKey > b.sortKey
      ? 1
      : a.document.id < b.document.id
        ? -1
        : a.document.id > b.document.id
          ? 1
          : a.text < b.text
            ? -1
            : a.text > b.text
              ? 1
              : 0;
}
