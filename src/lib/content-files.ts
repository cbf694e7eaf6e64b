/**
 * The files of `content/`, walked one way by everyone who reads them: the checker, the
 * importer and `npm run new`. Subfolders count (the content config's glob reads them);
 * dotfiles do not; symbolic links are never followed, only reported (ADR 0009).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../collections.ts';

/** The regular files under `dir`, recursively; symbolic links found on the way are added to `links`. */
export function walkFiles(dir: string, links: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    const full = path.join(dir, d.name);
    if (d.isSymbolicLink()) links.push(full);
    else if (d.isDirectory()) out.push(...walkFiles(full, links));
    else if (d.isFile()) out.push(full);
  }
  return out;
}

/** The folder of a collection under a content folder. */
const collectionDir = (contentDir: string, c: CollectionName) => path.join(contentDir, collections[c].folder);

/** A collection's entry files (its formats, lowercase), in its folder and subfolders. */
export function entryFiles(contentDir: string, c: CollectionName): string[] {
  const formats = collections[c].formats as readonly string[];
  return walkFiles(collectionDir(contentDir, c)).filter((f) => formats.includes(path.extname(f).slice(1)));
}

/** The existing entry file with this slug anywhere in the collection's folder, if any. */
export function findEntryFile(contentDir: string, c: CollectionName, slug: string): string | undefined {
  return entryFiles(contentDir, c).find((f) => path.basename(f, path.extname(f)) === slug);
}

/** Where a new entry goes, relative to the project root: `content/documents/<slug>.md`. */
export const newEntryFile = (c: CollectionName, slug: string) =>
  `content/${collections[c].folder}/${slug}.${collections[c].formats[0]}`;
