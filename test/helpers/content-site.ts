/**
 * Throwaway sites made of a few `content/` files, for checker tests: each call writes
 * the files under a new temporary root and returns it; the roots are removed after the
 * test file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function contentSites(prefix: string): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (files) => {
    const root = mkdtempSync(path.join(tmpdir(), prefix));
    dirs.push(root);
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(root, 'content', rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    return root;
  };
}
