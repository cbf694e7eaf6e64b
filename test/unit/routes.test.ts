/**
 * The route table (src/integrations/routes.ts) gives every template in `src/routes/`
 * its address from the collection registry: no template is left without one, no
 * address points at a missing file, no two templates share an address, and the
 * addresses are the ones the site's links are built with.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collections } from '../../src/collections.ts';
import { routeTable } from '../../src/integrations/routes.ts';
import { projectRoot } from '../helpers/build.ts';

const templates = (dir: string): string[] =>
  readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? templates(`${dir}/${d.name}`) : [`${dir}/${d.name}`],
  );

describe('route table', () => {
  it('gives every template in src/routes/ an address, and only existing templates', () => {
    const inTable = routeTable.map((r) => r.entrypoint).sort();
    expect(inTable).toEqual(templates('src/routes').sort());
    for (const r of routeTable) expect(existsSync(path.join(projectRoot, r.entrypoint)), r.entrypoint).toBe(true);
  });

  it('has one template per address', () => {
    const patterns = routeTable.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('builds every collection’s listing and entry pages under its registered route', () => {
    for (const c of collectionNames) {
      const prefix = `/${collections[c].route}/`;
      expect(routeTable.find((r) => r.entrypoint === `src/routes/${c}/listing.astro`)?.pattern, c).toMatch(
        new RegExp(`^${prefix}(\\[\\.\\.\\.path\\])?$`),
      );
      expect(routeTable.find((r) => r.entrypoint === `src/routes/${c}/entry.astro`)?.pattern).toBe(`${prefix}[slug]/`);
    }
  });

  it('leaves in src/pages/ only the pages outside the registry', () => {
    expect(templates('src/pages').sort()).toEqual(
      [
        'src/pages/404.astro',
        'src/pages/anh-chia-se.png.ts',
        'src/pages/index.astro',
        'src/pages/robots.txt.ts',
      ].sort(),
    );
  });
});
