/**
 * Writing imported entries: front matter through the `yaml` package (comments for the
 * values an editor must check), Markdown body after it. An existing file is never
 * overwritten without `force`.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isPair, isScalar, Scalar, visit } from 'yaml';
import type { EntryDraft } from './draft.ts';
import { findEntryFile, newEntryFile } from '../content-files.ts';

/** Serialises an entry: `---` front matter and body for Markdown collections, plain YAML for organizations. */
function serializeEntry(entry: EntryDraft, draft: boolean): string {
  const data: Record<string, unknown> = { ...entry.data };
  if (entry.collection !== 'organizations') data.draft = draft;
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        entry.comments[String(pair.key.value)] &&
        (doc.contents as { items: unknown[] }).items.includes(pair)
      ) {
        pair.key.commentBefore = ` ${entry.comments[String(pair.key.value)]}`;
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
  const outcomes = entries.map((entry) => {
    const { file, exists } = entryFile(root, entry);
    // An imported entry stays a draft when a required value is a stand-in, whatever --publish says.
    const draft = !publish || entry.needsReview;
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
