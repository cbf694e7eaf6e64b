/**
 * Calendar items from documents: a document's deadlines, events and consultation, each
 * with a stable UID (see `calendar.ts` for the decisions behind them).
 */
import { createHash } from 'node:crypto';
import { datePrecision, dayOf, lastDayOf, parseDateParts } from '../vocabulary/dates.ts';
import { documentLabel } from '../vocabulary/labels.ts';
import {
  compareItems,
  pad2,
  partialDatePhrase,
  type CalendarItem,
  type CalendarKind,
  type CalendarOptions,
  type CalendarSource,
} from './calendar.ts';
import { entryPath } from './routes.ts';

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Short hash of a text, insensitive to case, spacing and Unicode normalization. */
function textHash(text: string): string {
  return createHash('sha256').update(nfc(text).toLowerCase()).digest('hex').slice(0, 10);
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
