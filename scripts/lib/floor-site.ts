/**
 * The bare-framework floor the benchmark compares against: Astro 7 with one plain
 * template over the same `.md` entries (no schema, no lists, no images, no feeds), then
 * Pagefind over the result. Whatever the portal costs beyond this is our own code.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './site-copy.ts';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({
  output: 'static',
  site: 'https://example.gov.vn',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '{documents,exemplars,news,campaigns}/*.md', base: './content' }) }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = await getCollection('entries');
  return all.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><Content /></main></body>
</html>
`,
};

/** Writes the floor project at `root`, reading entries from `contentDir`. */
export function prepareFloorSite(root: string, contentDir: string): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  symlinkSync(contentDir, path.join(root, 'content'), 'dir');
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
