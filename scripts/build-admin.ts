/**
 * `node scripts/build-admin.ts [dist]`: builds the form editor (`admin/`, Sveltia CMS) into
 * `<dist>/admin/` with Vite, outside Astro: Astro's CSP hashes would disable the
 * `'unsafe-inline'` styles Svelte needs (docs/notes/sveltia-cms.md, section 5). Run by
 * `scripts/after-build.ts` once `astro build` has exited.
 *
 * - The configuration is generated from the schemas (`scripts/lib/cms-config.ts`) and
 *   bundled as the module `virtual:cms-config`; `load_config_file: false`, so no
 *   `config.yml` is fetched. The repository is `CMS_REPO` (and `CMS_BRANCH`), as for
 *   `scripts/cms-config.ts`; editing a local folder does not use it.
 * - The three `@font-face` URLs Sveltia's UI points at cdn.jsdelivr.net are rewritten to
 *   the font files packaged with it; the build fails unless exactly three were, so an
 *   upgrade that moves them cannot leak a request to another site.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { cmsConfig } from './lib/cms-config.ts';

const ADMIN = fileURLToPath(new URL('../admin/', import.meta.url));
const VIRTUAL = 'virtual:cms-config';

/** The configuration as the page hands it to `CMS.init()`. */
function adminConfig() {
  const repo = process.env.CMS_REPO;
  const branch = process.env.CMS_BRANCH;
  const config = cmsConfig({ ...(repo ? { repo } : {}), ...(branch ? { branch } : {}) });
  return {
    ...config,
    load_config_file: false,
    // Any root but GitHub's default: Sveltia then takes the backend for self-hosted and
    // never polls www.githubstatus.com. Sign-in with GitHub is unused (local folder only).
    backend: { ...config.backend, api_root: 'https://api.github.com/local-only' },
    // No stock photo service (picsum.photos is offered by default).
    media_libraries: { ...config.media_libraries, stock_assets: false as const },
  };
}

function configModule(): Plugin {
  return {
    name: 'cms-config',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(adminConfig())};` : null),
  };
}

/** Points Sveltia's CDN font URLs at its packaged fonts; exactly three, or the build fails. */
function localFonts(): Plugin {
  return {
    name: 'sveltia-local-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/.test(id)) return null;
      const packaged = new Map<string, string>();
      for (const m of code.matchAll(
        /"([a-z0-9-]+\.woff2)":new URL\(new URL\(`(assets\/[^`]+\.woff2)`,import\.meta\.url\)/g,
      ))
        packaged.set(m[1]!, m[2]!);
      let replaced = 0;
      const out = code.replace(
        /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
        (url, pkg: string, subset: string) => {
          const file = packaged.get(`${pkg}-${subset}.woff2`);
          if (!file) throw new Error(`sveltia-local-fonts: không có tệp phông đóng gói cho ${url}`);
          replaced++;
          // The CSS is inside a template literal of the bundle.
          return '${new URL(`' + file + '`, import.meta.url).href}';
        },
      );
      if (replaced !== 3)
        throw new Error(`sveltia-local-fonts: cần thay đúng 3 địa chỉ phông CDN, đã thay ${replaced}`);
      return { code: out, map: null };
    },
  };
}

export async function buildAdmin(dist: string): Promise<void> {
  await build({
    configFile: false,
    root: ADMIN,
    base: '/admin/',
    logLevel: 'warn',
    plugins: [configModule(), localFonts()],
    build: {
      outDir: path.join(dist, 'admin'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 5000,
      assetsInlineLimit: 0,
      reportCompressedSize: false,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  try {
    await buildAdmin(dist);
    console.log(`Trình biên tập /admin/: ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
  } catch (error) {
    console.error(`Không dựng được trình biên tập /admin/: ${(error as Error).message}`);
    process.exit(1);
  }
}
