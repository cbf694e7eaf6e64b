/**
 * What the importer knows of the site: organizations (to match issuers and assignees)
 * and documents (to link legal bases). Read from `content/` with the same front-matter
 * reader as the checker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlValues, splitFile } from '../check/frontmatter.ts';
import { entryFiles } from '../content-files.ts';
import { normalizeDateInput } from '../../vocabulary/dates.ts';

export interface OrgRecord {
  slug: string;
  name: string;
  shortName?: string | undefined;
  kind: string;
}

export interface DocRecord {
  slug: string;
  kind: string;
  number?: string | undefined;
  issuedAt?: string | undefined;
  title: string;
  issuer?: string | undefined;
}

export interface Library {
  organizations: OrgRecord[];
  documents: DocRecord[];
  /** The board's province ("Lâm Đồng"): names without it still match ("Sở Nội vụ"). */
  province?: string | undefined;
}

const str = (v: unknown) =>
  typeof v === 'string' ? v.normalize('NFC').trim() : typeof v === 'number' ? String(v) : undefined;

/** Reads organizations and documents under `<root>/content`; unreadable files are skipped (the checker reports them). */
export function loadLibrary(root: string, province?: string): Library {
  const content = path.join(root, 'content');
  const organizations: OrgRecord[] = [];
  for (const file of entryFiles(content, 'organizations')) {
    const parsed = parseYamlValues(readFileSync(file, 'utf8'));
    if ('error' in parsed || !parsed.data || typeof parsed.data !== 'object') continue;
    const d = parsed.data as Record<string, unknown>;
    const name = str(d.name);
    if (!name) continue;
    organizations.push({
      slug: path.basename(file, path.extname(file)),
      name,
      shortName: str(d.shortName),
      kind: str(d.kind) ?? 'khac',
    });
  }
  const documents: DocRecord[] = [];
  for (const file of entryFiles(content, 'documents')) {
    const split = splitFile(readFileSync(file, 'utf8'), false);
    if ('error' in split) continue;
    const parsed = parseYamlValues(split.yaml);
    if ('error' in parsed || !parsed.data || typeof parsed.data !== 'object') continue;
    const d = parsed.data as Record<string, unknown>;
    documents.push({
      slug: path.basename(file, path.extname(file)),
      kind: str(d.kind) ?? '',
      number: str(d.number),
      issuedAt: normalizeDateInput(d.issuedAt),
      title: str(d.title) ?? '',
      issuer: str(d.issuer),
    });
  }
  return { organizations, documents, province };
}
