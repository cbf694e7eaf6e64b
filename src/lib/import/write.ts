/**
 * Writing imported entries: front matter through the `yaml` package (comments for the
 * values an editor must check), Markdown body after it. An existing file is never
 * overwritten without `force`. A proposed organization is written as a draft, and an
 * entry naming an organization that is still a draft stays a draft even with `publish`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isPair, isScalar, Scalar, visit } from 'yaml';
import { parseYamlValues } from '../check/frontmatter.ts';
import { Ref, schemas, validFields } from '../check/schema-context.ts';
import { holdReason } from '../visibility.ts';
import { documentNumberKey } from '../../vocabulary/labels.ts';
import { slugify } from '../../vocabulary/slug.ts';
import type { EntryDraft } from './draft.ts';
import { PROPOSED_ORGANIZATION_NOTE } from './organizations.ts';
import { findEntryFile, newEntryFile } from '../content-files.ts';

const REVIEW_PREFIX = 'CẦN SỬA:';

/**
 * The entry's `CẦN SỬA` comments as the lines of its `review` list: `field: what to check`.
 * An editor working in the form sees them there and deletes each once the value is right.
 */
function reviewNotesOf(entry: EntryDraft): string[] {
  return Object.entries(entry.comments)
    .filter(([, comment]) => comment.startsWith(REVIEW_PREFIX))
    .map(([field, comment]) => `${field}: ${comment.slice(REVIEW_PREFIX.length).trim()}`);
}

/** Serialises an entry: `---` front matter and body for Markdown collections, plain YAML for organizations. */
function serializeEntry(entry: EntryDraft, draft: boolean): string {
  // The marks also as data (`review`): the form editor rewrites the YAML and drops comments.
  const review = reviewNotesOf(entry);
  const data: Record<string, unknown> = { ...entry.data, draft, ...(review.length ? { review } : {}) };
  const comments: Record<string, string> = { ...entry.comments };
  if (entry.collection === 'organizations') comments.draft ??= PROPOSED_ORGANIZATION_NOTE;
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        comments[String(pair.key.value)] &&
        (doc.contents as { items: unknown[] }).items.includes(pair)
      ) {
        pair.key.commentBefore = ` ${comments[String(pair.key.value)]}`;
      }
    },
    Scalar(key, node) {
      // Prose in double quotes, as in the sample content: safe to edit, a colon cannot break it.
      if (key !== 'key' && typeof node.value === 'string' && /\s/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, indentSeq: true });
  if (entry.collection === 'organizations') return yaml;
  return `---\n${yaml}---\n\n${(entry.body ?? '').trim()}\n`;
}

/**
 * Where an entry goes, relative to the project root: the file that already has its slug,
 * in any subfolder (two files with one slug would be one page twice), or a new file.
 */
function entryFile(root: string, entry: EntryDraft): { file: string; exists: boolean } {
  const found = findEntryFile(path.join(root, 'content'), entry.collection, entry.slug);
  return found
    ? { file: path.relative(root, found).split(path.sep).join('/'), exists: true }
    : { file: newEntryFile(entry.collection, entry.slug), exists: false };
}

/** The organizations an entry refers to, read through the checker's schemas (`issuer`, `deadlines[].assignee`…). */
function organizationsNamedBy(entry: EntryDraft): string[] {
  if (entry.collection === 'organizations') return [];
  const schema = schemas[entry.collection];
  const parsed = schema.safeParse(entry.data);
  const found: string[] = [];
  const visitRefs = (value: unknown): void => {
    if (value instanceof Ref) {
      if (value.collection === 'organizations') found.push(value.id);
    } else if (Array.isArray(value)) value.forEach(visitRefs);
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(visitRefs);
  };
  visitRefs(parsed.success ? parsed.data : validFields(schema, entry.data));
  return found;
}

/**
 * Whether an organization is held back: proposed by this import and not on disk yet, or
 * on disk as a draft (proposed by an earlier import and not yet confirmed).
 */
function organizationHeld(
  root: string,
  located: { entry: EntryDraft; file: string; exists: boolean }[],
): (slug: string) => boolean {
  const proposed = new Set(
    located.filter((l) => l.entry.collection === 'organizations' && !l.exists).map((l) => l.entry.slug),
  );
  return (slug) => {
    if (proposed.has(slug)) return true;
    const abs = findEntryFile(path.join(root, 'content'), 'organizations', slug);
    if (!abs) return false;
    const parsed = parseYamlValues(readFileSync(abs, 'utf8'));
    const data = 'data' in parsed ? parsed.data : undefined;
    return !!data && typeof data === 'object' && !!holdReason('organizations', data as Record<string, unknown>);
  };
}

/** The `number:` written in an entry file, if any. */
function numberIn(abs: string): string | undefined {
  const m = /^number:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(readFileSync(abs, 'utf8'));
  return m?.[1];
}

/**
 * Two different papers with one title would get one file name, and the second would
 * overwrite or be refused: a document whose slug is taken by a document with another
 * number gets its number in its slug ("…-512-qd-ubnd"), or a counter. The same paper
 * again (same number) keeps its slug, so the duplicate check refuses it as before.
 */
function distinctSlugs(root: string, entries: EntryDraft[]): void {
  const content = path.join(root, 'content');
  const renamed = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== 'documents') continue;
    const taken = findEntryFile(content, 'documents', entry.slug);
    if (!taken) continue;
    const number = entry.data.number as string | undefined;
    const other = numberIn(taken);
    if (number === undefined || (other !== undefined && documentNumberKey(other) === documentNumberKey(number)))
      continue;
    let slug = `${entry.slug}-${slugify(number)}`;
    for (let n = 2; findEntryFile(content, 'documents', slug); n++) slug = `${entry.slug}-${slugify(number)}-${n}`;
    renamed.set(entry.slug, slug);
    entry.slug = slug;
    entry.found.push({
      label: 'tên tệp',
      value: `tên ${[...renamed.keys()].at(-1)} đã có văn bản số khác; dùng ${slug}`,
    });
    if (entry.attachment) {
      const name = `${slug}${path.extname(entry.attachment.name)}`;
      entry.attachment = { ...entry.attachment, name };
      entry.data.attachments = (entry.data.attachments as { file: string; title: string }[]).map((a) => ({
        ...a,
        file: `./${name}`,
      }));
    }
  }
  // An article of the same import refers to the document under its new name.
  for (const entry of entries) {
    const docs = entry.data.documents;
    if (Array.isArray(docs)) entry.data.documents = docs.map((d: string) => renamed.get(d) ?? d);
  }
}

export interface WriteOutcome {
  entry: EntryDraft;
  file: string;
  written: boolean;
  /** Why it was not written. */
  reason?: 'exists' | 'duplicate' | undefined;
  draft: boolean;
}

export interface WriteOptions {
  root: string;
  force?: boolean | undefined;
  publish?: boolean | undefined;
  dryRun?: boolean | undefined;
}

/**
 * Writes the entries of one import. When the main entry exists and `force` is not set,
 * nothing is written; a proposed organization that already exists is left as it is.
 */
export function writeEntries(entries: EntryDraft[], { root, force, publish, dryRun }: WriteOptions): WriteOutcome[] {
  if (!force) distinctSlugs(root, entries);
  const located = entries.map((entry) => ({ entry, ...entryFile(root, entry) }));
  const heldOrg = organizationHeld(root, located);
  const outcomes = located.map(({ entry, file, exists }) => {
    // A proposed organization waits for an editor to confirm it. Any other entry stays a
    // draft when a required value is a stand-in or it names an organization still waiting,
    // whatever --publish says: published, it would fail the content check.
    const draft =
      entry.collection === 'organizations' ||
      !publish ||
      entry.needsReview ||
      organizationsNamedBy(entry).some(heldOrg);
    return { entry, file, exists, draft };
  });
  // The same paper imported twice under another name would break the one-number-per-issuer rule.
  const duplicate = outcomes.some((o) => o.entry.duplicateOf);
  const blocked = duplicate || outcomes.some((o) => o.exists && !force && o.entry.collection !== 'organizations');
  return outcomes.map(({ entry, file, exists, draft }) => {
    if ((exists && (!force || entry.collection === 'organizations')) || blocked) {
      const reason = entry.duplicateOf ? ('duplicate' as const) : exists ? ('exists' as const) : undefined;
      return { entry, file, written: false, reason, draft };
    }
    if (!dryRun) {
      const abs = path.join(root, file);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, serializeEntry(entry, draft));
      if (entry.attachment) copyFileSync(entry.attachment.from, path.join(path.dirname(abs), entry.attachment.name));
    }
    return { entry, file, written: true, draft };
  });
}
