/**
 * The content boundary, on the built sample and fixture sites: every byte in dist/ that comes from an
 * editor's file comes from a regular file inside content/, and nothing of a held-back
 * entry is anywhere in dist/, the search index's compressed fragments included.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFromIndex } from '../../src/lib/search-text.ts';
import { listFiles, projectRoot, type BuiltSite } from '../helpers/build.ts';
import { load, needs, sites, type CheckResult } from '../helpers/sites.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const hashesUnder = (dir: string) => new Set(listFiles(dir).map((f) => sha(path.join(dir, f))));

/** A file of dist/ as text: Pagefind's index files are gzip, and read here unpacked. */
function text(dist: string, file: string): string {
  const bytes = readFileSync(path.join(dist, file));
  // The index writes đ as ď (src/lib/search-text.ts): read it back as the page's text.
  if (/\.pf_(fragment|index|meta|filter)$/.test(file)) return decodeFromIndex(gunzipSync(bytes).toString('utf8'));
  return bytes.toString('utf8');
}

describe.each(sites)('what reaches dist/ of the $name site', (under) => {
  let site: BuiltSite;
  let files: string[];
  let content: CheckResult;
  beforeAll(() => {
    ({ site, content } = load(under));
    files = listFiles(site.dist);
  });

  it('publishes attachments that are byte for byte files inside content/', () => {
    const inside = hashesUnder(path.join(under.root, 'content'));
    const attachments = needs(
      under,
      files.filter((f) => /\.(pdf|docx?|xlsx?|odt|ods)$/i.test(f)),
      'an attachment',
    );
    for (const f of attachments) expect(inside.has(sha(path.join(site.dist, f))), f).toBe(true);
  });

  it("serves no SVG but the site's own (public/), so no editor's SVG can run script on our origin", () => {
    const own = hashesUnder(path.join(projectRoot, 'public'));
    for (const f of files.filter((f) => /\.svgz?$/i.test(f)))
      expect(own.has(sha(path.join(site.dist, f))), f).toBe(true);
  });

  it('holds back every draft and profile without consent everywhere, the search index unpacked included', () => {
    const held = Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
    needs(under, held, 'drafts and a profile without consent');
    const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
    // At least one fragment per published document page.
    const documents = [...content.entries.documents.values()].filter((e) => !e.held);
    expect(fragments.length).toBeGreaterThanOrEqual(documents.length);
    // The fragments are really read: a published title is found in them.
    const corpus = files
      .filter((f) => /\.(html|xml|json|txt|js|css|ics|csv|pf_fragment|pf_meta|pf_index)$/.test(f))
      .map((f) => text(site.dist, f))
      .join('\n');
    const published = documents[0]!;
    expect(fragments.map((f) => text(site.dist, f)).join('\n')).toContain(published.data.title as string);
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
