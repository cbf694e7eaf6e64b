/**
 * Builds a copy of this site over another `content/` folder, as `npm run build` would,
 * without touching the project's own `content/` or `dist/`: used by tests and benchmarks.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuiltSite {
  root: string;
  dist: string;
  output: string;
  status: number | null;
}

/** A fresh copy of the project's code at `root`, with `content` copied in when given. */
export function prepareSite(root: string, content?: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(projectRoot, f), path.join(root, f), { recursive: true });
  }
  if (content) cpSync(content, path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * `npm run build` in a copy: `astro build`, then the share images and the search index
 * once Astro has exited (scripts/after-build.ts, as package.json's build script does).
 * The output of both is returned.
 */
export function buildSite(root: string, env: Record<string, string> = {}, inherit = false): BuiltSite {
  const options: SpawnSyncOptionsWithStringEncoding = {
    cwd: root,
    env: {
      ...process.env,
      BUILD_DATE: '2026-11-20',
      ASTRO_CACHE_DIR: path.join(root, '.cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: inherit ? ['ignore', 'inherit', 'inherit'] : 'pipe',
  };
  const build = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    options,
  );
  let output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
  let status = build.status;
  if (status === 0) {
    const after = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/after-build.ts'), path.join(root, 'dist')],
      options,
    );
    output += `\n${after.stdout ?? ''}\n${after.stderr ?? ''}`;
    status = after.status;
  }
  return { root, dist: path.join(root, 'dist'), output, status };
}
