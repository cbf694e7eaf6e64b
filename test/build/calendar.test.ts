/**
 * The calendar in built sites (the sample and the fixture site): `/lich.ics` parsed with
 * ical.js holds every deadline, event and consultation of the published documents (read
 * by the content checker, independently of Astro) and nothing of a draft; each document
 * with dates has its own `.ics`; `/lich/` links every item to its document and assignee;
 * and entries an editor adds appear at the next build (the fixture site rebuilt after
 * its edits, test/helpers/rebuild.ts) without changing the UIDs of the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastDayOf } from '../../src/vocabulary/dates.ts';
import { listFiles, read, type BuiltSite } from '../helpers/build.ts';
import { parseIcs, rawLineProblems, type ParsedEvent } from '../helpers/ics.ts';
import { added, fixtureRebuild } from '../helpers/rebuild.ts';
import { load, needs, sites, type CheckedEntry, type CheckResult } from '../helpers/sites.ts';

const SITE = 'https://thiduakhenthuong.lamdong.gov.vn';
const BUILD_DATE = '2026-11-20';

interface Deadline {
  date: string;
  task: string;
  assignee?: { id: string };
}
interface Event {
  title: string;
  start: string;
  end?: string;
}
interface Consultation {
  until: string;
}

/** One calendar item as the content says it should be, computed here, not by the site's code. */
interface Expected {
  doc: string;
  kind: 'deadline' | 'event' | 'consultation';
  text: string;
  /** DTSTART as parsed: `YYYY-MM-DD` or a UTC instant. */
  start: string;
  /** Year page it is listed on. */
  year: string;
  /** After this day it is past. */
  lastDay: string;
  assignee?: string | undefined;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** A Vietnam wall-clock time (UTC+7) as the UTC instant ical.js reports. */
const utc = (local: string) => new Date(`${local}:00+07:00`).toISOString().replace('.000Z', 'Z');

function expectedItems(doc: CheckedEntry): Expected[] {
  const d = doc.data as { deadlines?: Deadline[]; events?: Event[]; consultation?: Consultation };
  const out: Expected[] = [];
  for (const dl of d.deadlines ?? []) {
    const day = lastDayOf(dl.date);
    out.push({
      doc: doc.id,
      kind: 'deadline',
      text: norm(dl.task),
      start: day,
      year: day.slice(0, 4),
      lastDay: day,
      assignee: dl.assignee?.id,
    });
  }
  for (const e of d.events ?? []) {
    const timed = e.start.includes('T') && (!e.end || e.end.includes('T'));
    out.push({
      doc: doc.id,
      kind: 'event',
      text: norm(e.title),
      start: timed ? utc(e.start) : e.start.slice(0, 10),
      year: e.start.slice(0, 4),
      lastDay: (e.end ?? e.start).slice(0, 10),
    });
  }
  if (d.consultation)
    out.push({
      doc: doc.id,
      kind: 'consultation',
      text: 'Hết hạn lấy ý kiến',
      start: d.consultation.until,
      year: d.consultation.until.slice(0, 4),
      lastDay: d.consultation.until,
    });
  return out;
}

/** The parsed event that stands for an expected item: same document, date and text. */
function findEvent(events: ParsedEvent[], x: Expected): ParsedEvent | undefined {
  return events.find(
    (e) =>
      e.url === `${SITE}/van-ban/${x.doc}/` &&
      e.start === x.start &&
      e.summary.includes(x.kind === 'consultation' ? 'Hết hạn lấy ý kiến' : x.text),
  );
}

const documents = (c: CheckResult) => [...c.entries.documents.values()];

describe.each(sites)('calendar of the $name site', (under) => {
  let site: BuiltSite;
  let content: CheckResult;
  let raw: Buffer;
  let events: ParsedEvent[];
  let published: CheckedEntry[];
  let held: CheckedEntry[];
  const ics = (route: string) => path.join(site.dist, route);
  const page = (route: string) => cheerio.load(read(path.join(site.dist, route, 'index.html')));

  beforeAll(() => {
    ({ site, content } = load(under));
    raw = readFileSync(ics('lich.ics'));
    events = parseIcs(raw.toString('utf8')).events;
    published = documents(content).filter((d) => !d.held);
    held = documents(content).filter((d) => d.held);
  });

  it('builds /lich.ics as valid iCalendar: CRLF lines of at most 75 octets, parsed by ical.js', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(rawLineProblems(raw)).toEqual([]);
    const cal = parseIcs(raw.toString('utf8'));
    expect(cal.props['x-wr-calname']).toBe('Lịch thi đua, khen thưởng - Ban Thi đua - Khen thưởng tỉnh Lâm Đồng');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('holds every deadline, event and consultation of every published document, and nothing else', () => {
    const expected = published.flatMap(expectedItems);
    for (const kind of ['deadline', 'event', 'consultation'])
      needs(
        under,
        expected.filter((x) => x.kind === kind),
        `a ${kind}`,
      );
    for (const x of expected) {
      const e = findEvent(events, x);
      expect(e, `${x.doc}: ${x.kind} ${x.start} ${x.text}`).toBeDefined();
      expect(e!.allDay).toBe(!x.start.includes('T'));
    }
    expect(events).toHaveLength(expected.length);
  });

  it('leaves out the items of drafts', () => {
    // The fixture has a draft with a deadline and an event, so this test can fail.
    const draftItems = needs(under, held.flatMap(expectedItems), 'a draft with dates');
    const text = raw.toString('utf8');
    for (const doc of held) {
      expect(events.filter((e) => e.url?.includes(`/van-ban/${doc.id}/`) || e.uid.startsWith(`${doc.id}.`))).toEqual(
        [],
      );
      expect(text).not.toContain(doc.id);
      expect(existsSync(ics(`van-ban/${doc.id}/lich.ics`))).toBe(false);
    }
    const lich = read(path.join(site.dist, 'lich/index.html'));
    const years = listFiles(path.join(site.dist, 'lich/nam')).map((f) => read(path.join(site.dist, 'lich/nam', f)));
    for (const x of draftItems) {
      expect(
        events.some((e) => e.summary.includes(x.text) || e.description.includes(x.text)),
        x.text,
      ).toBe(false);
      for (const html of [lich, ...years]) expect(html.includes(x.text), x.text).toBe(false);
    }
  });

  it('writes a .ics for exactly the documents with dates, each with that document’s items', () => {
    const withDates = published.filter((d) => expectedItems(d).length > 0).map((d) => d.id);
    const files = listFiles(path.join(site.dist, 'van-ban')).filter((f) => f.endsWith('/lich.ics'));
    expect(files.map((f) => f.split('/')[0]).sort()).toEqual([...withDates].sort());
    for (const doc of published.filter((d) => withDates.includes(d.id))) {
      const bytes = readFileSync(ics(`van-ban/${doc.id}/lich.ics`));
      expect(rawLineProblems(bytes), doc.id).toEqual([]);
      const own = parseIcs(bytes.toString('utf8')).events;
      expect(own.map((e) => e.uid).sort(), doc.id).toEqual(
        events
          .filter((e) => e.url === `${SITE}/van-ban/${doc.id}/`)
          .map((e) => e.uid)
          .sort(),
      );
      const $ = page(`van-ban/${doc.id}`);
      expect($(`a[href="/van-ban/${doc.id}/lich.ics"]`).text()).toContain('Thêm vào lịch (.ics)');
    }
    // The footer links the site-wide /lich.ics on every page; the document's own is in main.
    for (const doc of needs(
      under,
      published.filter((d) => !withDates.includes(d.id)),
      'a document without dates',
    ))
      expect(page(`van-ban/${doc.id}`)('main a[href$="lich.ics"]'), doc.id).toHaveLength(0);
  });

  it('lists every item on /lich/ or its year page, linked to its document and assignee', () => {
    const expected = published.flatMap(expectedItems);
    const pages = new Map<string, cheerio.CheerioAPI>();
    const yearPage = (y: string) => {
      if (!pages.has(y)) pages.set(y, page(`lich/nam/${y}`));
      return pages.get(y)!;
    };
    for (const x of expected) {
      const $ = yearPage(x.year);
      const entries = $('.cal-entry').filter(
        (_, el) =>
          $(el).find(`a[href="/van-ban/${x.doc}/"]`).length > 0 &&
          norm($(el).text()).includes(x.kind === 'consultation' ? 'Hết hạn nhận ý kiến' : x.text),
      );
      expect(entries.length, `${x.year}: ${x.text}`).toBeGreaterThan(0);
      if (x.assignee) expect(entries.find(`a[href="/co-quan/${x.assignee}/"]`).length, x.text).toBeGreaterThan(0);
    }
    // /lich/ itself: everything upcoming from the build date, soonest first, and the past
    // year, latest first; each entry linked to its document.
    const $ = page('lich');
    const day = (el: Parameters<typeof $>[0]) => lastDayOf($(el).find('time').first().attr('datetime')!.slice(0, 10));
    const upcoming = $('#sap-toi').parent().find('.cal-entry');
    const past = $('#da-qua').parent().find('.cal-entry');
    expect(upcoming.length).toBe(expected.filter((x) => x.lastDay >= BUILD_DATE).length);
    expect(past.length).toBe(expected.filter((x) => x.lastDay < BUILD_DATE && x.lastDay >= '2025-11-20').length);
    const upDays = upcoming.map((_, el) => day(el)).get();
    const pastDays = past.map((_, el) => day(el)).get();
    expect(upDays).toEqual([...upDays].sort());
    expect(pastDays).toEqual([...pastDays].sort().reverse());
    expect(upDays[0]! >= BUILD_DATE && pastDays[0]! < BUILD_DATE).toBe(true);
    $('.cal-entry').each((_, el) => void expect($(el).find('a[href^="/van-ban/"]').length).toBe(1));
    expect($('link[rel="alternate"][type="text/calendar"]').attr('href')).toBe('/lich.ics');
    expect($('a[href="webcal://thiduakhenthuong.lamdong.gov.vn/lich.ics"]')).toHaveLength(1);
    expect($('main a[href="/lich.ics"]')).toHaveLength(1);
    for (const y of new Set(expected.map((x) => x.year))) expect($(`a[href="/lich/nam/${y}/"]`), y).toHaveLength(1);
  });
});

describe('calendar after an editor adds entries', () => {
  let before: ParsedEvent[];
  let after: ParsedEvent[];
  let site: BuiltSite;
  const slug = path.basename(added.notice, '.md');
  const draft = path.basename(added.draft, '.md');

  beforeAll(() => {
    // A new notice with a deadline, an event and a public consultation; a new deadline in
    // front of the existing one in an existing plan; a draft with dates, that must stay out.
    const rebuild = fixtureRebuild();
    expect(rebuild.before.status, rebuild.before.output.slice(-3000)).toBe(0);
    before = parseIcs(read(path.join(rebuild.before.dist, 'lich.ics'))).events;
    site = rebuild.after;
  });

  it('shows the new entries in /lich.ics, the document’s own .ics and /lich/', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    const raw = readFileSync(path.join(site.dist, 'lich.ics'));
    expect(rawLineProblems(raw)).toEqual([]);
    after = parseIcs(raw.toString('utf8')).events;
    const url = `${SITE}/van-ban/${slug}/`;
    expect(
      after.find((e) => e.summary === 'Hạn: Các đơn vị gửi danh sách điển hình tiên tiến Hoa Mai Vàng'),
    ).toMatchObject({ url, allDay: true, start: '2026-12-12' });
    expect(after.find((e) => e.summary === 'Hội nghị điển hình tiên tiến Hoa Mai Vàng')).toMatchObject({
      url,
      allDay: false,
      start: '2026-12-18T00:30:00Z',
      end: '2026-12-18T04:00:00Z',
      location: 'Hội trường Sở Nội vụ',
    });
    expect(after.find((e) => e.url === url && e.summary.startsWith('Hết hạn lấy ý kiến'))).toMatchObject({
      url,
      allDay: true,
      start: '2026-12-02',
    });
    expect(after.find((e) => e.summary === 'Hạn trong tháng 11/2026: Rà soát danh sách Hoa Đào Hồng')).toMatchObject({
      allDay: true,
      start: '2026-11-30',
    });
    expect(parseIcs(read(path.join(site.dist, `van-ban/${slug}/lich.ics`))).events).toHaveLength(3);

    const $ = cheerio.load(read(path.join(site.dist, 'lich/index.html')));
    const entry = $('.cal-entry').filter((_, el) =>
      $(el).text().includes('Các đơn vị gửi danh sách điển hình tiên tiến Hoa Mai Vàng'),
    );
    expect(entry.find(`a[href="/van-ban/${slug}/"]`)).toHaveLength(1);
    expect(entry.find('a[href="/co-quan/ubnd-tinh-mau/"]')).toHaveLength(1);
  });

  it('keeps the UIDs of existing items, so a subscribed calendar updates instead of duplicating', () => {
    expect(before.length).toBeGreaterThan(0);
    for (const e of before)
      expect(
        after.find((a) => a.uid === e.uid),
        e.summary,
      ).toMatchObject({ summary: e.summary, start: e.start });
    expect(after).toHaveLength(before.length + 4);
  });

  it('leaves the new draft out', () => {
    const files = listFiles(site.dist);
    expect(files.filter((f) => f.includes(draft))).toEqual([]);
    const corpus = files
      .filter((f) => /\.(html|ics|xml|json)$/.test(f))
      .map((f) => read(path.join(site.dist, f)))
      .join('\n');
    expect(corpus).not.toContain('Tuyết Tùng');
  });
});
