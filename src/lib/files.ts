import { statSync } from 'node:fs';
import path from 'node:path';
import { attachmentPath } from './routes.ts';

const typeLabel: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  odt: 'OpenDocument',
  ods: 'OpenDocument',
};

export interface AttachmentInfo {
  /** Public URL: `/van-ban/<slug>/<file name>`, stable across rebuilds. */
  href: string;
  fileName: string;
  type: string;
  bytes: number;
}

/**
 * Where an attachment is published and what a reader should know before downloading
 * it. `entryFile` is the entry's path relative to `root` (Astro's `filePath`).
 */
export function attachmentInfo(root: string, entryFile: string, file: string, slug: string): AttachmentInfo {
  const abs = path.resolve(root, path.dirname(entryFile), file);
  const fileName = path.basename(file);
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return {
    href: attachmentPath(slug, fileName),
    fileName,
    type: typeLabel[ext] ?? ext.toUpperCase(),
    bytes: statSync(abs).size,
  };
}
