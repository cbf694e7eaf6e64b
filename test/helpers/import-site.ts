/**
 * A throwaway copy of the sample site's content for importer tests: imports write into
 * it, never into the real `content/`, and the checker runs over it afterwards.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/check/index.ts';
import { parseYamlValues, splitFile } from '../../src/lib/check/frontmatter.ts';
import { loadLibrary, type Library } from '../../src/lib/import/library.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const fixtures = path.join(projectRoot, 'test/fixtures/import');
const province = 'Lâm Đồng';

/** Copies `content/` into a new temporary root; `dispose()` removes it. */
export function tempSite(): { root: string; library: () => Library; dispose: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'thidua-import-'));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return {
    root,
    library: () => loadLibrary(root, province),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every error `npm run check` would print for the site, formatted. */
export function checkErrors(root: string): string[] {
  return checkContent({ root })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

/** Reads a written entry back as `npm run check` sees it: front matter values and body. */
export function readEntry(root: string, file: string): { data: Record<string, unknown>; body: string; raw: string } {
  const raw = readFileSync(path.join(root, file), 'utf8');
  const split = splitFile(raw, file.endsWith('.yaml'));
  if ('error' in split) throw new Error(split.error);
  const parsed = parseYamlValues(split.yaml);
  if ('error' in parsed) throw new Error(parsed.error);
  // The body as written after the blank line that follows the front matter.
  return { data: parsed.data as Record<string, unknown>, body: split.body.replace(/^\n/, ''), raw };
}
