/** Calendar items as an iCalendar (RFC 5545) file, built with ical-generator. */
import ical, { ICalEventTransparency } from 'ical-generator';
import { parseDateParts, vietnamInstant } from '../vocabulary/dates.ts';
import { calendarKindLabel, type CalendarItem } from './calendar.ts';

/** A `YYYY-MM-DDTHH:mm` wall-clock time in Vietnam as an instant. */
function vietnamTimeToDate(value: string): Date {
  const p = parseDateParts(value);
  if (!p || p.day === undefined || p.hour === undefined) throw new Error(`Not a date-time: ${value}`);
  return vietnamInstant(value);
}

/** A calendar day as the Date ical-generator formats as that day (it reads UTC fields). */
const utcDay = (day: string, plusDays = 0): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + plusDays));
};

export interface IcsOptions {
  /** Calendar name (NAME, X-WR-CALNAME). */
  name: string;
  description?: string | undefined;
  /** The site's public address. */
  siteUrl: string | URL;
  /** Site path of the page that shows this calendar (URL). */
  pagePath: string;
  /** Site path of the `.ics` file itself (SOURCE). */
  icsPath: string;
}

/**
 * An iCalendar file (RFC 5545) of the given items, built with ical-generator: CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 sequence (the library counts
 * octets; the tests check it on Vietnamese text), all-day events for dates, UTC for times.
 */
export function buildIcs(items: readonly CalendarItem[], options: IcsOptions): string {
  const base = new URL(options.siteUrl);
  const cal = ical({
    name: options.name,
    description: options.description ?? null,
    prodId: { company: base.hostname, product: 'lich-thi-dua-khen-thuong', language: 'VI' },
    url: new URL(options.pagePath, base).href,
    source: new URL(options.icsPath, base).href,
    // Calendar applications that honour it refresh a subscription once a day.
    ttl: 24 * 60 * 60,
  });
  // Times are in UTC; this only tells subscribing applications which zone the calendar
  // belongs to, as Google Calendar's own exports do.
  cal.x([['X-WR-TIMEZONE', 'Asia/Ho_Chi_Minh']]);
  for (const item of items) {
    const timed = !item.allDay;
    cal.createEvent({
      id: item.uid,
      // The posting day, so an unchanged document gives a byte-identical file.
      stamp: vietnamTimeToDate(`${item.document.postedOn}T00:00`),
      start: timed ? vietnamTimeToDate(item.start) : utcDay(item.day),
      // All-day: DTEND is the day after the last day (exclusive, RFC 5545 3.6.1).
      end: timed ? (item.end ? vietnamTimeToDate(item.end) : null) : utcDay(item.lastDay, 1),
      allDay: !timed,
      summary: item.summary,
      description: item.description,
      location: item.location ?? null,
      url: item.url,
      categories: [{ name: calendarKindLabel[item.kind] }],
      // Deadlines do not block a reader's time; events do.
      transparency: item.kind === 'event' ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    });
  }
  const text = cal.toString();
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return text.endsWith('\r\n') ? text : text + '\r\n';
}
