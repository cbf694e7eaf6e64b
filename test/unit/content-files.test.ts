/**
 * One walk of `content/` for the checker, the importer and `npm run new`: subfolders
 * count everywhere, as they do for the content config's glob. The importer used to read
 * only the top folder, so it missed a duplicate number filed in a subfolder and could
 * write a second file with a slug already taken there, which `check` then rejected.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryFiles, findEntryFile, newEntryFile } from '../../src/lib/content-files.ts';
import { loadLibrary } from '../../src/lib/import/library.ts';
import { writeEntries } from '../../src/lib/import/write.ts';
import type { EntryDraft } from '../../src/lib/import/index.ts';

let root: string;
const filed =
  '---\ntitle: Kế hoạch cũ\nkind: ke-hoach\nnumber: 07/KH-UBND\nissuedAt: 2025-03-01\nissuer: ubnd-tinh\n---\nNội dung cũ.\n';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'thidua-files-'));
  mkdirSync(path.join(root, 'content/documents/2025'), { recursive: true });
  mkdirSync(path.join(root, 'content/organizations/so-nganh'), { recursive: true });
  writeFileSync(path.join(root, 'content/documents/2025/ke-hoach-07.md'), filed);
  writeFileSync(path.join(root, 'content/documents/2025/ghi-chu.txt'), 'x');
  writeFileSync(path.join(root, 'content/documents/.an.md'), filed);
  writeFileSync(path.join(root, 'content/organizations/ubnd-tinh.yaml'), 'name: Ủy ban nhân dân tỉnh\nkind: ubnd\n');
  writeFileSync(path.join(root, 'content/organizations/so-nganh/so-noi-vu.yml'), 'name: Sở Nội vụ\nkind: so-nganh\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const draft = (slug: string): EntryDraft => ({
  collection: 'documents',
  slug,
  data: { title: 'Kế hoạch mới', kind: 'ke-hoach', issuedAt: '2026-01-05', issuer: 'ubnd-tinh' },
  body: 'Nội dung mới.',
  comments: {},
  found: [],
  missing: [],
  needsReview: false,
});

describe('the content walk', () => {
  it("finds entries in subfolders, in the collection's formats only, without dotfiles", () => {
    const content = path.join(root, 'content');
    expect(entryFiles(content, 'documents').map((f) => path.relative(content, f))).toEqual([
      'documents/2025/ke-hoach-07.md',
    ]);
    expect(
      entryFiles(content, 'organizations')
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(['so-noi-vu.yml', 'ubnd-tinh.yaml']);
    expect(findEntryFile(content, 'documents', 'ke-hoach-07')).toBe(
      path.join(content, 'documents/2025/ke-hoach-07.md'),
    );
    expect(newEntryFile('organizations', 'so-y-te')).toBe('content/organizations/so-y-te.yaml');
  });

  it('gives the importer the documents and organizations of subfolders', () => {
    const library = loadLibrary(root);
    expect(library.documents.map((d) => [d.slug, d.number])).toEqual([['ke-hoach-07', '07/KH-UBND']]);
    expect(library.organizations.map((o) => o.slug).sort()).toEqual(['so-noi-vu', 'ubnd-tinh']);
  });

  it('never writes a second file with a slug taken in a subfolder, and overwrites that file with --force', () => {
    const [kept] = writeEntries([draft('ke-hoach-07')], { root });
    expect(kept).toMatchObject({ written: false, reason: 'exists', file: 'content/documents/2025/ke-hoach-07.md' });
    expect(entryFiles(path.join(root, 'content'), 'documents')).toHaveLength(1);
    const [forced] = writeEntries([draft('ke-hoach-07')], { root, force: true });
    expect(forced).toMatchObject({ written: true, file: 'content/documents/2025/ke-hoach-07.md' });
    expect(readFileSync(path.join(root, 'content/documents/2025/ke-hoach-07.md'), 'utf8')).toContain('Nội dung mới.');
    expect(entryFiles(path.join(root, 'content'), 'documents')).toHaveLength(1);
  });
});
