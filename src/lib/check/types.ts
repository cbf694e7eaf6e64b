/** What the content check reports and returns. */
import type { CollectionName } from '../../collections.ts';
import type { HoldReason } from '../visibility.ts';
import type { DraftMarks } from './review-marks.ts';

export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with `/`. */
  file: string;
  line: number;
  /** The field as the editor writes it: `deadlines[1].assignee`; empty for the whole file. */
  field: string;
  /** Vietnamese, for the editor. */
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  /** English technical detail. */
  detail?: string | undefined;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  held?: HoldReason | undefined;
}

export interface CheckResult {
  problems: Problem[];
  entries: Record<CollectionName, Map<string, CheckedEntry>>;
  heldBack: { collection: CollectionName; id: string; file: string; reason: HoldReason }[];
  fileCount: number;
  /** Drafts that still carry `CẦN SỬA` marks (in a published entry each mark is an error instead). */
  draftMarks: DraftMarks[];
  /** Every image file an entry uses, for `decodeImages` (one item per use). */
  images: ImageUse[];
}

/** An image file as one entry uses it: where, so a file that does not decode is reported there. */
export interface ImageUse {
  abs: string;
  file: string;
  line: number;
  field: string;
}

export interface CheckOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  contentDir?: string;
}
