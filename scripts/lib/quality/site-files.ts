/** Reading a built site (`dist/`) as a host serves it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every HTML page of the site, as URL paths (`/van-ban/x/`, `/404.html`). The form editor
 * at `/admin/` (Sveltia CMS, built apart by scripts/build-admin.ts) is not a page of the
 * site: its weight, CSP and markup follow its own rules, so it is left out unless
 * `withAdmin` (the third-party gate holds it to "nothing from other origins" too).
 */
export function htmlPages(dist: string, { withAdmin = false } = {}): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        const skip = name === 'pagefind' || name === '_astro' || (!withAdmin && full === path.join(dist, 'admin'));
        if (!skip) walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The file a URL path is served from, or undefined when the host would answer 404. */
export function fileFor(dist: string, urlPath: string): string | undefined {
  let p = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!p.startsWith('/')) return undefined;
  let file = path.join(dist, p);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  else if (!existsSync(file) && !path.extname(p)) {
    p = p.endsWith('/') ? p : p + '/';
    file = path.join(dist, p, 'index.html');
  }
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
