/**
 * The direction of imports inside src/, from the bottom up:
 * collections → vocabulary → schemas → lib → site → data → components, layouts → pages
 * and routes (the templates whose addresses the route table gives). Integrations and
 * the middleware sit beside pages and use lib. A module may import its own layer and the
 * layers below; components take data types, never data functions (the page hands them
 * plain data). Like Starlight's import-rule tests, this reads the sources, not the bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';

const src = path.join(projectRoot, 'src');
const order = [
  'collections',
  'vocabulary',
  'schemas',
  'lib',
  'site',
  'data',
  'components',
  'layouts',
  'pages',
  'routes',
] as const;
type Layer = (typeof order)[number] | 'integrations' | 'middleware' | 'content.config' | 'styles';

/** May import, besides its own layer and type-only imports where noted below. */
const allowed: Record<Layer, readonly string[]> = {
  collections: [],
  vocabulary: ['collections'],
  schemas: ['collections', 'vocabulary'],
  lib: ['collections', 'vocabulary', 'schemas'],
  site: ['collections', 'vocabulary', 'lib'],
  data: ['collections', 'vocabulary', 'schemas', 'lib', 'site'],
  components: ['collections', 'vocabulary', 'lib', 'site', 'components', 'styles'],
  layouts: ['collections', 'vocabulary', 'lib', 'site', 'components', 'styles'],
  pages: ['collections', 'vocabulary', 'lib', 'site', 'data', 'components', 'layouts', 'styles'],
  routes: ['collections', 'vocabulary', 'lib', 'site', 'data', 'components', 'layouts', 'styles'],
  integrations: ['collections', 'vocabulary', 'schemas', 'lib'],
  middleware: ['lib'],
  'content.config': ['collections', 'schemas', 'data'],
  styles: [],
};
/** Type-only imports that are also allowed: components are typed by the data they are given. */
const typeOnly: Partial<Record<Layer, readonly string[]>> = { components: ['data'], layouts: ['data'] };

const layerOf = (file: string): Layer => {
  const [first] = path.relative(src, file).split(path.sep);
  return first!.replace(/\.(ts|mjs)$/, '') as Layer;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sources(full) : /\.(ts|astro|mjs)$/.test(d.name) ? [full] : [];
  });
}

const IMPORT = /^\s*import\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

const violations: string[] = [];
for (const file of sources(src)) {
  const from = layerOf(file);
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), m[2]!);
    if (!target.startsWith(src + path.sep)) continue;
    const to = layerOf(target);
    if (to === from || allowed[from]?.includes(to)) continue;
    if (m[1] && typeOnly[from]?.includes(to)) continue;
    violations.push(
      `${path.relative(projectRoot, file)} (${from}) imports ${path.relative(projectRoot, target)} (${to})`,
    );
  }
}

describe('layers of src/', () => {
  it('every module imports only its own layer and the layers below', () => {
    expect(violations).toEqual([]);
  });
  it('knows every top-level module and folder of src/', () => {
    const known = new Set<string>([...order, 'integrations', 'middleware', 'content.config', 'styles']);
    const unknown = readdirSync(src)
      .map((n) => n.replace(/\.(ts|mjs)$/, ''))
      .filter((n) => !known.has(n));
    expect(unknown).toEqual([]);
  });
  it('reads the imports it judges (a module with several imports is seen)', () => {
    const page = readFileSync(path.join(src, 'routes/documents/entry.astro'), 'utf8');
    expect([...page.matchAll(IMPORT)].length).toBeGreaterThan(10);
  });
});
