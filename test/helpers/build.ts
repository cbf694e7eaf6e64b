/**
 * Builds a copy of this site over a given `content/` folder into `test/.tmp/<name>`,
 * with its own cache, as an editor's `npm run build` would. Returns what the build
 * printed and its exit code, so tests can assert on both.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSite as build,
  prepareSite as prepare,
  projectRoot,
  type BuiltSite,
} from '../../scripts/lib/site-copy.ts';

export { projectRoot, type BuiltSite };
export const tmpRoot = path.join(projectRoot, 'test/.tmp');

/** A copy of the site under `test/.tmp/<name>` over the given `content/` folder. */
export const prepareSite = (name: string, content: string) => prepare(path.join(tmpRoot, name), content);
export const buildSite = (root: string, env: Record<string, string> = {}) => build(root, env);

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const read = (file: string) => readFileSync(file, 'utf8');

/**
 * A build made once per test run (THIDUA_TEST_RUN) and shared by the test files that
 * need it: the first file to ask builds it, the others read what it left in
 * `test/.tmp/<name>.json`.
 */
export function shared<T extends { dist: string }>(name: string, make: () => T): T {
  const marker = path.join(tmpRoot, `${name}.json`);
  const run = process.env.THIDUA_TEST_RUN ?? 'none';
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { run: string; value: T };
    if (saved.run === run && existsSync(saved.value.dist)) return saved.value;
  }
  const value = make();
  mkdirSync(tmpRoot, { recursive: true });
  writeFileSync(marker, JSON.stringify({ run, value }));
  return value;
}

/**
 * The sample site (`content/`) built once per test run and shared by the test files
 * that need it (build assertions, browser tests).
 */
export const sampleSite = (): BuiltSite =>
  shared('sample-site', () => buildSite(prepareSite('sample-site', path.join(projectRoot, 'content'))));

/** The fixture site's content: small, made for the tests, with an entry for every case they check. */
export const fixtureContent = path.join(projectRoot, 'test/fixtures/site/content');

/** The fixture site built once per test run, as a default `npm run build` builds it. */
export const fixtureSite = (): BuiltSite =>
  shared('fixture-site', () => buildSite(prepareSite('fixture-site', fixtureContent)));
