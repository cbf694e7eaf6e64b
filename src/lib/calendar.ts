/**
 * The calendar of deadlines, events and public consultations that documents announce,
 * as plain data for the `/lich/` pages and as an iCalendar (RFC 5545) file built with
 * ical-generator. No Astro imports: the build passes documents in, tests pass fixtures.
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
import { createHash } from 'node:crypto';
import ical, { ICalEventTransparency } from 'ical-generator';
import {
  datePrecision,
  dayOf,
  formatDateShort,
  lastDayOf,
  parseDateParts,
  vietnamInstant,
} from '../vocabulary/dates.ts';
import { documentLabel, type DocumentKind } from '../vocabulary/labels.ts';
import { entryPath } from './routes.ts';

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

const pad2 = (n: number) => String(n).padStart(2, '0');
const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Short hash of a text, insensitive to case, spacing and Unicode normalization. */
function textHash(text: string): string {
  return createHash('sha256').update(nfc(text).toLowerCase()).digest('hex').slice(0, 10);
}

/** "trong tháng 03/2026", "trong năm 2026"; empty for a full date. */
function partialDatePhrase(value: string): string {
  const p = parseDateParts(value);
  if (!p || p.day !== undefined) return '';
  return p.month === undefined ? `trong năm ${p.year}` : `trong tháng ${pad2(p.month)}/${p.year}`;
}

/** Whether a document has anything for the calendar (and so its own `.ics`). */
export function hasCalendarDates(doc: Pick<CalendarSource, 'deadlines' | 'events' | 'consultation'>): boolean {
  return doc.deadlines.length > 0 || doc.events.length > 0 || doc.consultation !== undefined;
}

/** The first day of a possibly partial date (`2026-03` -> `2026-03-01`). */
const firstDayOf = (value: string) => {
  const p = parseDateParts(value)!;
  return `${p.year}-${pad2(p.month ?? 1)}-${pad2(p.day ?? 1)}`;
};

const KIND_ORDER: Record<CalendarKind, number> = { consultation: 0, deadline: 1, event: 2 };

/**
 * The calendar items of the given documents, in time order. Pass published documents
 * only: drafts are left out by the caller (the site's data layer), not here.
 */
export function calendarItems(docs: readonly CalendarSource[], options: CalendarOptions): CalendarItem[] {
  const base = new URL(options.siteUrl);
  const host = base.hostname;
  const items: CalendarItem[] = [];
  for (const doc of docs) {
    const path = entryPath('documents', doc.id);
    const url = new URL(path, base).href;
    const document = {
      id: doc.id,
      title: nfc(doc.title),
      kind: doc.kind,
      number: doc.number,
      path,
      postedOn: firstDayOf(doc.publishedAt ?? doc.issuedAt),
    };
    const from = `Theo ${documentLabel(doc)}: ${document.title}`;
    // UIDs depend on the document's other items (repeated texts), so they are set last.
    const keyed: { item: CalendarItem; kind: string; text: string; date: string }[] = [];
    const add = (item: CalendarItem, kind: string, text: string, date: string) => {
      items.push(item);
      keyed.push({ item, kind, text, date });
    };

    for (const d of doc.deadlines) {
      const task = nfc(d.task);
      const name = d.assignee ? options.orgName(d.assignee.id) : undefined;
      const assignee =
        d.assignee && name
          ? { id: d.assignee.id, name: nfc(name), path: entryPath('organizations', d.assignee.id) }
          : undefined;
      const precision = datePrecision(d.date);
      const day = lastDayOf(d.date);
      const phrase = partialDatePhrase(d.date);
      add(
        {
          uid: '',
          kind: 'deadline',
          start: d.date,
          precision,
          allDay: true,
          day,
          lastDay: day,
          sortKey: `${day}T00:00 ${KIND_ORDER.deadline}`,
          text: task,
          summary: phrase ? `Hạn ${phrase}: ${task}` : `Hạn: ${task}`,
          description: lines(
            task,
            assignee && `Đơn vị thực hiện: ${assignee.name}`,
            phrase && `Thời hạn: ${phrase}`,
            from,
            url,
          ),
          online: false,
          document,
          assignee,
          url,
        },
        'han',
        task,
        d.date,
      );
    }

    for (const e of doc.events) {
      const title = nfc(e.title);
      const timed = e.start.includes('T') && (!e.end || e.end.includes('T'));
      const day = dayOf(e.start);
      const location = e.location ? nfc(e.location) : undefined;
      add(
        {
          uid: '',
          kind: 'event',
          start: e.start,
          end: e.end,
          precision: timed ? 'time' : 'day',
          allDay: !timed,
          day,
          lastDay: e.end ? dayOf(e.end) : day,
          sortKey: `${day}T${timed ? e.start.slice(11, 16) : '00:00'} ${KIND_ORDER.event}`,
          text: title,
          summary: title,
          description: lines(
            title,
            location && `Địa điểm: ${location}`,
            e.online ? 'Có kết nối trực tuyến.' : undefined,
            from,
            url,
          ),
          location,
          online: e.online ?? false,
          document,
          url,
        },
        'su-kien',
        title,
        e.start,
      );
    }

    if (doc.consultation) {
      const c = doc.consultation;
      const text = `Hết hạn nhận ý kiến nhân dân về ${c.proposed.length} trường hợp đề nghị khen thưởng`;
      add(
        {
          uid: '',
          kind: 'consultation',
          start: c.until,
          precision: 'day',
          allDay: true,
          day: c.until,
          lastDay: c.until,
          sortKey: `${c.until}T00:00 ${KIND_ORDER.consultation}`,
          text,
          summary: `Hết hạn lấy ý kiến: ${document.title}`,
          description: lines(text, `Nơi nhận ý kiến: ${nfc(c.contact)}`, from, url),
          contact: nfc(c.contact),
          online: false,
          document,
          url,
        },
        'lay-y-kien',
        '',
        c.until,
      );
    }
    assignUids(doc.id, host, keyed);
  }
  return items.sort(compareItems);
}

/** Time order; items on the same day and time by document, then text. */
function compareItems(a: CalendarItem, b: CalendarItem): number {
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

const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n');

/**
 * UIDs for one document's items. The key is the text (task or title), not the position,
 * so reordering leaves UIDs alone and a changed date keeps its event. Items whose text
 * repeats in the document are all told apart by their date, and only when that is
 * equal too (a true duplicate) by their order.
 */
function assignUids(
  doc: string,
  host: string,
  keyed: { item: CalendarItem; kind: string; text: string; date: string }[],
) {
  const base = (k: (typeof keyed)[number]) => (k.text ? `${doc}.${k.kind}.${textHash(k.text)}` : `${doc}.${k.kind}`);
  const count = new Map<string, number>();
  for (const k of keyed) count.set(base(k), (count.get(base(k)) ?? 0) + 1);
  const used = new Map<string, number>();
  for (const k of keyed) {
    let key = base(k);
    if (count.get(key)! > 1) key += `.${k.date.replace(/[-:]/g, '').toLowerCase()}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    k.item.uid = `${n > 1 ? `${key}.${n}` : key}@${host}`;
  }
}

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

/** Site path of a year's calendar page. */
export const yearPath = (year: string) => `/lich/nam/${year}/`;

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
