/**
 * Reading iCalendar files in tests: the content through Mozilla's ical.js parser, the
 * raw bytes against RFC 5545's line rules (CRLF, ≤ 75 octets, no split UTF-8 sequence).
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | undefined;
  url: string | undefined;
  categories: string[];
  transp: string | undefined;
  /** `YYYY-MM-DD` for a DATE, an ISO instant (`...Z`) for a DATE-TIME. */
  start: string;
  end: string | undefined;
  allDay: boolean;
  stamp: string;
}

export interface ParsedCalendar {
  props: Record<string, string>;
  events: ParsedEvent[];
}

const timeValue = (t: ICAL.Time | null | undefined) => {
  if (!t) return undefined;
  return t.isDate ? t.toString() : t.toJSDate().toISOString().replace('.000Z', 'Z');
};

/** Parses an iCalendar text with ical.js (which throws on malformed input). */
export function parseIcs(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error(`root component is ${root.name}`);
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const str = (name: string) => {
      const v = c.getFirstPropertyValue(name);
      return v === null || v === undefined ? undefined : String(v);
    };
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location ?? undefined,
      url: str('url'),
      categories: c.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      transp: str('transp'),
      start: timeValue(e.startDate)!,
      end: c.hasProperty('dtend') ? timeValue(e.endDate) : undefined,
      allDay: e.startDate.isDate,
      stamp: timeValue(c.getFirstPropertyValue('dtstamp') as ICAL.Time)!,
    };
  });
  return { props, events };
}

/**
 * Problems with the raw bytes of an iCalendar file: every line ends with CRLF (the last
 * one too), no bare CR or LF, no line longer than 75 octets, and each physical line is
 * valid UTF-8 on its own (folding never cut a multi-byte character).
 */
export function rawLineProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d) {
      if (bytes[i + 1] !== 0x0a) problems.push(`line ${line}: CR without LF`);
      else {
        check(bytes.subarray(start, i), line);
        i++;
        start = i + 1;
        line++;
      }
    } else if (b === 0x0a) {
      problems.push(`line ${line}: LF without CR`);
    }
  }
  if (start !== bytes.length) problems.push(`line ${line}: the file does not end with CRLF`);
  return problems;

  function check(l: Uint8Array, n: number) {
    if (l.length > 75) problems.push(`line ${n}: ${l.length} octets`);
    try {
      decoder.decode(l);
    } catch {
      problems.push(`line ${n}: not valid UTF-8 on its own (a fold split a character)`);
    }
  }
}

/** The raw physical lines (without CRLF), for checks on folding. */
export function rawLines(text: string): string[] {
  return text.split('\r\n').slice(0, -1);
}
