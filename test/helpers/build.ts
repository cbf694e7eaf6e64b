/**
 * Builds a copy of this site over a given `content/` folder into `test/.tmp/<name>`,
 * with its own cache, as an editor's `npm run build` would. Returns what the build
 * printed and its exit code, so tests can assert on both.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
 * The sample site (`content/`) built once per test run and shared by the test files
 * that need it (build assertions, browser tests).
 */
export function sampleSite(): BuiltSite {
  const marker = path.join(tmpRoot, 'sample-site.json');
  const run = process.env.THIDUA_TEST_RUN ?? 'none';
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as BuiltSite & { run: string };
    if (saved.run === run && existsSync(saved.dist)) return saved;
  }
  const built = buildSite(prepareSite('sample-site', path.join(projectRoot, 'content')));
  writeFileSync(marker, JSON.stringify({ ...built, run }));
  return built;
}
