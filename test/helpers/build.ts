/**
 * Builds a copy of this site over a given `content/` folder into `test/.tmp/<name>`,
 * with its own cache, as an editor's `npm run build` would. Returns what the build
 * printed and its exit code, so tests can assert on both.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const tmpRoot = path.join(projectRoot, 'test/.tmp');

export interface BuiltSite {
  root: string;
  dist: string;
  output: string;
  status: number | null;
}

export function prepareSite(name: string, content: string): string {
  const root = path.join(tmpRoot, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(projectRoot, f), path.join(root, f), { recursive: true });
  }
  cpSync(content, path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

export function buildSite(root: string, env: Record<string, string> = {}): BuiltSite {
  const run = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, BUILD_DATE: '2026-11-20', ASTRO_CACHE_DIR: path.join(root, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { root, dist: path.join(root, 'dist'), output: `${run.stdout}\n${run.stderr}`, status: run.status };
}

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
  const root = path.join(tmpRoot, 'sample-site');
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
