/**
 * The content boundary, on the built sample site: every byte in dist/ that comes from an
 * editor's file comes from a regular file inside content/, and nothing of a held-back
 * entry is anywhere in dist/, the search index's compressed fragments included.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/check/index.ts';
import { decodeFromIndex } from '../../src/lib/search-text.ts';
import { listFiles, projectRoot, sampleSite, type BuiltSite } from '../helpers/build.ts';

let site: BuiltSite;
let files: string[];
let content: CheckResult;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const hashesUnder = (dir: string) => new Set(listFiles(dir).map((f) => sha(path.join(dir, f))));

/** A file of dist/ as text: Pagefind's index files are gzip, and read here unpacked. */
function text(file: string): string {
  const bytes = readFileSync(path.join(site.dist, file));
  // The index writes đ as ď (src/lib/search-text.ts): read it back as the page's text.
  if (/\.pf_(fragment|index|meta|filter)$/.test(file)) return decodeFromIndex(gunzipSync(bytes).toString('utf8'));
  return bytes.toString('utf8');
}

beforeAll(() => {
  site = sampleSite();
  expect(site.status, site.output.slice(-3000)).toBe(0);
  files = listFiles(site.dist);
  content = checkContent({ root: projectRoot });
});

describe('what reaches dist/', () => {
  it('publishes attachments that are byte for byte files inside content/', () => {
    const inside = hashesUnder(path.join(projectRoot, 'content'));
    const attachments = files.filter((f) => /\.(pdf|docx?|xlsx?|odt|ods)$/i.test(f));
    expect(attachments.length).toBeGreaterThan(0);
    for (const f of attachments) expect(inside.has(sha(path.join(site.dist, f))), f).toBe(true);
  });

  it("serves no SVG but the site's own (public/), so no editor's SVG can run script on our origin", () => {
    const own = hashesUnder(path.join(projectRoot, 'public'));
    for (const f of files.filter((f) => /\.svgz?$/i.test(f)))
      expect(own.has(sha(path.join(site.dist, f))), f).toBe(true);
  });

  it('holds back every draft and profile without consent everywhere, the search index unpacked included', () => {
    const held = Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
    expect(held.length).toBeGreaterThan(0);
    const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    // The fragments are really read: a published title is found in them.
    const corpus = files
      .filter((f) => /\.(html|xml|json|txt|js|css|ics|csv|pf_fragment|pf_meta|pf_index)$/.test(f))
      .map(text)
      .join('\n');
    const published = [...content.entries.documents.values()].find((e) => !e.held)!;
    expect(fragments.map(text).join('\n')).toContain(published.data.title as string);
    for (const e of held) {
      expect(
        files.filter((f) => f.includes(e.id)),
        e.file,
      ).toEqual([]);
      expect(corpus.includes(e.id), e.file).toBe(false);
      const title = (e.data.title ?? e.data.name) as string;
      expect(corpus.includes(title), `${e.file}: ${title}`).toBe(false);
    }
  });
});
