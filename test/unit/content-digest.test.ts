import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCodeDigest, forgetStaleContentStore } from '../../src/lib/content-digest.ts';

describe('forgetStaleContentStore', () => {
  it('drops the cached content store when a schema file changes, and only then', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'thidua-digest-'));
    const cache = path.join(root, 'node_modules/.astro');
    mkdirSync(path.join(root, 'src/schemas'), { recursive: true });
    writeFileSync(path.join(root, 'src/schemas/documents.ts'), 'export const a = 1;\n');
    const store = path.join(cache, 'data-store.json');
    const writeStore = () => {
      mkdirSync(cache, { recursive: true });
      writeFileSync(store, '{}');
    };

    writeStore();
    expect(forgetStaleContentStore(root, cache)).toBe(false); // first build: no stamp yet
    writeStore();
    expect(forgetStaleContentStore(root, cache)).toBe(false);
    expect(existsSync(store)).toBe(true);

    const before = contentCodeDigest(root);
    writeFileSync(path.join(root, 'src/schemas/documents.ts'), 'export const a = 2;\n');
    expect(contentCodeDigest(root)).not.toBe(before);
    expect(forgetStaleContentStore(root, cache)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});
