/**
 * The state of one content check, shared by its parts (files, assets, bodies, rules across
 * entries): where content lies, what has been found so far, and how a problem is added
 * with the line of its field.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { FACET_KEYS } from '../routes.ts';
import type { BodyLink } from './body.ts';
import { createLineFinder } from './frontmatter.ts';
import type { Ref } from './schema-context.ts';
import type { DraftMarks } from './review-marks.ts';
import type { CheckedEntry, CheckResult, ImageUse, Problem } from './types.ts';

/** Raster images only: an SVG is a document that can run script on our origin (ADR 0009). */
export const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
export const ASSET_EXT = /\.(jpe?g|png|webp|avif|gif|tiff?|svg|pdf|docx?|xlsx?|odt|ods)$/i;
/** Slugs that would collide with listing pages (`/tin-tuc/trang-2/`, `/van-ban/loai/...`). */
export const RESERVED = new RegExp(`^(trang-\\d+|${FACET_KEYS.join('|')}|rss(?:\\.xml)?|tim-kiem)$`);

/** A percent-encoded path as a file name or slug; a malformed escape (`50%.jpg`) is kept as written. */
export function decodePath(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface Run {
  root: string;
  contentDir: string;
  contentRoot: string;
  /** `content/` after following links, for the boundary check. */
  realContentRoot: string;
  problems: Problem[];
  /** Valid entries by collection and slug. */
  entries: CheckResult['entries'];
  /** Entries with schema errors: checked as far as their valid fields go, never published. */
  invalid: CheckResult['entries'];
  /** Assets some entry uses (absolute paths), to say which lie unused. */
  referencedAssets: Set<string>;
  /** Every image and attachment file found in the collections' folders (absolute paths). */
  assetFiles: string[];
  images: ImageUse[];
  refs: { from: CheckedEntry; field: ReadonlyArray<PropertyKey>; ref: Ref }[];
  /** Links in bodies, checked once every entry is known; an invalid entry's links too. */
  bodyLinks: { file: string; held: boolean; links: BodyLink[] }[];
  /** Drafts that still carry the importer's `CẦN SỬA` marks, for one line of summary. */
  draftMarks: DraftMarks[];
  /** Each file's YAML, for the line of a field. */
  yamlOf: Map<string, { yaml: string; start: number }>;
  rel: (abs: string) => string;
  lineOf: (file: string, p: ReadonlyArray<PropertyKey>) => number;
  add: (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;
  /** Entry files read (assets and stray files are not counted). */
  fileCount: number;
}

const byCollection = () =>
  Object.fromEntries(collectionNames.map((c) => [c, new Map<string, CheckedEntry>()])) as Record<
    CollectionName,
    Map<string, CheckedEntry>
  >;

export function createRun(root: string, contentDir: string): Run {
  const problems: Problem[] = [];
  const contentRoot = path.join(root, contentDir);
  const lineFinders = new Map<string, (p: ReadonlyArray<PropertyKey>) => number>();
  const yamlOf = new Map<string, { yaml: string; start: number }>();
  return {
    root,
    contentDir,
    contentRoot,
    realContentRoot: existsSync(contentRoot) ? realpathSync(contentRoot) : contentRoot,
    problems,
    entries: byCollection(),
    invalid: byCollection(),
    referencedAssets: new Set(),
    assetFiles: [],
    images: [],
    refs: [],
    bodyLinks: [],
    draftMarks: [],
    yamlOf,
    rel: (abs) => path.relative(root, abs).split(path.sep).join('/'),
    lineOf: (file, p) => {
      const y = yamlOf.get(file);
      if (!y) return 1;
      let finder = lineFinders.get(file);
      if (!finder) {
        finder = createLineFinder(y.yaml);
        lineFinders.set(file, finder);
      }
      return Math.max(1, finder(p) + y.start - 1);
    },
    add: (p) => {
      problems.push({ severity: 'error', ...p });
    },
    fileCount: 0,
  };
}
