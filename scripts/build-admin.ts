/**
 * `node scripts/build-admin.ts [dist]`: builds the form editor (`admin/`, Sveltia CMS) into
 * `<dist>/admin/` with Vite, outside Astro: Astro's CSP hashes would disable the
 * `'unsafe-inline'` styles Svelte needs (docs/notes/sveltia-cms.md, section 5). Run by
 * `scripts/after-build.ts` once `astro build` has exited.
 *
 * Where the editor saves is chosen by these variables, read at build time (the same table
 * is in docs/deploy.md, "The form editor's backends"):
 *
 * | variable       | values                                                                   |
 * | -------------- | ------------------------------------------------------------------------ |
 * | `CMS_BACKEND`  | `local` (default): a folder on the editor's computer, Chrome/Edge on      |
 * |                | 127.0.0.1 or localhost only; `github`: github.com, editorial workflow     |
 * |                | (pull requests); `gitea`: the province's Gitea/Forgejo, simple publishing |
 * | `CMS_REPO`     | `owner/name` of the content repository; required for github and gitea    |
 * | `CMS_BRANCH`   | the branch the editor reads and saves to; default `main`                 |
 * | `CMS_API_ROOT` | gitea only, required: `https://<server>/api/v1`                          |
 * | `CMS_AUTH_URL` | github only: the OAuth authenticator (Sveltia CMS Authenticator) address; |
 * |                | without it, editors sign in with an access token                         |
 * | `CMS_APP_ID`   | gitea only: the OAuth2 application's Client ID; without it, a token      |
 *
 * A missing or malformed one stops the build with a Vietnamese message naming it
 * (`cmsBackendSettings()` in `scripts/lib/cms-config.ts`).
 *
 * - The configuration is generated from the schemas and those settings
 *   (`scripts/lib/cms-config.ts`) and bundled as the module `virtual:cms-config`;
 *   `load_config_file: false`, so no `config.yml` is fetched.
 * - The page's Content-Security-Policy `<meta>` is written into `admin/index.html` here,
 *   from `adminCsp()` (`scripts/lib/admin-csp.ts`): the Git host's API is the only other
 *   origin it allows. When `<dist>/_headers` exists (a site build), its `/admin/*` rule is
 *   rewritten from the same function, so the header and the `<meta>` agree.
 * - The three `@font-face` URLs Sveltia's UI points at cdn.jsdelivr.net are rewritten to
 *   the font files packaged with it; the build fails unless exactly three were, so an
 *   upgrade that moves them cannot leak a request to another site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { adminCsp, withAdminRule } from './lib/admin-csp.ts';
import { cmsBackendSettings, cmsConfig, type CmsEnv } from './lib/cms-config.ts';

const ADMIN = fileURLToPath(new URL('../admin/', import.meta.url));
const VIRTUAL = 'virtual:cms-config';

/** The configuration as the page hands it to `CMS.init()`. */
function adminConfig(env: CmsEnv) {
  const config = cmsConfig(env);
  return {
    ...config,
    load_config_file: false,
    // No stock photo service (picsum.photos is offered by default).
    media_libraries: { ...config.media_libraries, stock_assets: false as const },
  };
}

function configModule(env: CmsEnv): Plugin {
  return {
    name: 'cms-config',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(adminConfig(env))};` : null),
  };
}

const CHARSET = '<meta charset="utf-8" />';

/** Writes the page's policy right after its charset, before anything it governs. */
function cspMeta(csp: string): Plugin {
  return {
    name: 'admin-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (/http-equiv=["']?content-security-policy/i.test(html))
          throw new Error(
            'admin/index.html đã có thẻ CSP: chính sách do scripts/lib/admin-csp.ts sinh ra, hãy bỏ thẻ đó',
          );
        if (!html.includes(CHARSET)) throw new Error(`admin/index.html thiếu ${CHARSET}, chỗ ghi thẻ CSP`);
        const content = csp.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
        return html.replace(
          CHARSET,
          `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
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

/**
 * Builds the editor for the backend the variables of `env` choose (the environment by
 * default): throws a `CmsSettingError` before building when one is wrong.
 */
export async function buildAdmin(dist: string, env: CmsEnv = process.env): Promise<void> {
  const settings = cmsBackendSettings(env);
  await build({
    configFile: false,
    root: ADMIN,
    base: '/admin/',
    logLevel: 'warn',
    plugins: [configModule(env), localFonts(), cspMeta(adminCsp(settings))],
    build: {
      outDir: path.join(dist, 'admin'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 5000,
      assetsInlineLimit: 0,
      reportCompressedSize: false,
    },
  });
  // The host's header for /admin/ says the same as the page's <meta> (plus frame-ancestors).
  const headers = path.join(dist, '_headers');
  if (existsSync(headers)) writeFileSync(headers, withAdminRule(readFileSync(headers, 'utf8'), settings));
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
