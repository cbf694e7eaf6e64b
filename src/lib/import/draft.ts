/**
 * An imported entry before it is written: front matter, body and the report of what was
 * found, plus the few helpers every kind of entry fills its report with.
 */
import { datePrecision } from '../../vocabulary/dates.ts';

type ImportCollection = 'documents' | 'news' | 'organizations';

/** One line of the report: a field and what was found, or why it was not. */
interface FieldNote {
  label: string;
  value?: string | undefined;
}

export interface EntryDraft {
  collection: ImportCollection;
  slug: string;
  /** Front matter (organizations: the whole file), in the order it is written. */
  data: Record<string, unknown>;
  body?: string | undefined;
  /** YAML comments written above a key: hints where a value is a stand-in. */
  comments: Record<string, string>;
  found: FieldNote[];
  missing: FieldNote[];
  /** A required value is a stand-in: the entry stays a draft even with `--publish`. */
  needsReview: boolean;
  /** For a proposed organization: the name it was proposed for. */
  proposedFor?: string | undefined;
  /** The original file (signed PDF, Word), copied beside the entry under `name`. */
  attachment?: { from: string; name: string } | undefined;
  /** A document of the library with the same issuer and number (a second import of the same paper). */
  duplicateOf?: string | undefined;
}

/** An entry with nothing found yet; each importer fills it field by field. */
export function emptyEntry(collection: ImportCollection, slug = ''): EntryDraft {
  return { collection, slug, data: {}, comments: {}, found: [], missing: [], needsReview: false };
}

/**
 * A required field written as a stand-in: a "CẦN SỬA" comment above it in the file, a
 * line in what the import did not find, and the entry kept a draft.
 */
export function standIn(entry: EntryDraft, field: string, comment: string, missing?: FieldNote): void {
  entry.comments[field] = `CẦN SỬA: ${comment}`;
  if (missing) entry.missing.push(missing);
  entry.needsReview = true;
}

/** A date for the report, saying which parts the paper left blank. */
export const precisionNote = (d: string) =>
  datePrecision(d) === 'day'
    ? d
    : datePrecision(d) === 'month'
      ? `${d} (bản này để trống ngày)`
      : `${d} (bản này để trống ngày, tháng)`;

/** The latest year written in a text, as a stand-in date. */
export function latestYear(text: string): string | undefined {
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? String(Math.max(...years)) : undefined;
}
